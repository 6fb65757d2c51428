package org.wealtharena.market.path;

/** Lower-triangular Cholesky factor of a correlation matrix, to correlate independent normals. */
public final class Cholesky {
  private Cholesky() {}

  /**
   * Returns L with L L^T = correlation.
   *
   * @throws IllegalArgumentException if the matrix is not square, not symmetric, has a diagonal
   *     other than 1, or is not positive definite
   */
  public static double[][] factor(double[][] correlation) {
    int n = correlation.length;
    for (int i = 0; i < n; i++) {
      if (correlation[i].length != n) {
        throw new IllegalArgumentException("correlation matrix must be square");
      }
      if (Math.abs(correlation[i][i] - 1) > 1e-12) {
        throw new IllegalArgumentException("correlation matrix must have 1 on the diagonal");
      }
      for (int j = 0; j < i; j++) {
        if (Math.abs(correlation[i][j] - correlation[j][i]) > 1e-12
            || Math.abs(correlation[i][j]) > 1) {
          throw new IllegalArgumentException("correlation matrix must be symmetric, in [-1, 1]");
        }
      }
    }
    double[][] lower = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = correlation[i][j];
        for (int k = 0; k < j; k++) {
          sum -= lower[i][k] * lower[j][k];
        }
        if (i == j) {
          if (sum <= 1e-12) {
            throw new IllegalArgumentException("correlation matrix is not positive definite");
          }
          lower[i][i] = Math.sqrt(sum);
        } else {
          lower[i][j] = sum / lower[j][j];
        }
      }
    }
    return lower;
  }
}
