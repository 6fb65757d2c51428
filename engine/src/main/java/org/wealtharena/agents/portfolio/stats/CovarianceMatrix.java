package org.wealtharena.agents.portfolio.stats;

/**
 * A covariance matrix checked once to be square, finite, symmetric and positive definite, so
 * optimisers can rely on it. Immutable.
 */
public final class CovarianceMatrix {

  /**
   * Asymmetry tolerated, relative to the largest variance (rounding in whoever built the matrix).
   */
  private static final double SYMMETRY_TOLERANCE = 1e-10;

  /** A Cholesky pivot below this, relative to its diagonal entry, means numerically singular. */
  private static final double PIVOT_TOLERANCE = 1e-12;

  private final double[][] entries;

  private CovarianceMatrix(double[][] entries) {
    this.entries = entries;
  }

  /** Validates and copies {@code matrix}; throws IllegalArgumentException naming the defect. */
  public static CovarianceMatrix of(double[][] matrix) {
    if (matrix == null || matrix.length == 0) {
      throw new IllegalArgumentException("covariance matrix is empty");
    }
    int n = matrix.length;
    double[][] copy = new double[n][];
    double largestVariance = 0.0;
    for (int i = 0; i < n; i++) {
      if (matrix[i] == null || matrix[i].length != n) {
        throw new IllegalArgumentException(
            "covariance matrix is not square: "
                + n
                + " rows but row "
                + i
                + " has "
                + (matrix[i] == null ? "no" : matrix[i].length)
                + " entries");
      }
      for (int j = 0; j < n; j++) {
        if (!Double.isFinite(matrix[i][j])) {
          throw new IllegalArgumentException(
              "covariance entry (" + i + "," + j + ") is " + matrix[i][j]);
        }
      }
      copy[i] = matrix[i].clone();
      largestVariance = Math.max(largestVariance, Math.abs(matrix[i][i]));
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        if (Math.abs(copy[i][j] - copy[j][i]) > SYMMETRY_TOLERANCE * largestVariance) {
          throw new IllegalArgumentException(
              "covariance matrix is not symmetric: ("
                  + i
                  + ","
                  + j
                  + ")="
                  + copy[i][j]
                  + " but ("
                  + j
                  + ","
                  + i
                  + ")="
                  + copy[j][i]);
        }
      }
    }
    requirePositiveDefinite(copy);
    return new CovarianceMatrix(copy);
  }

  public int size() {
    return entries.length;
  }

  public double get(int row, int column) {
    return entries[row][column];
  }

  /** w' Σ w. */
  public double portfolioVariance(double[] weights) {
    requireSize(weights, "weights");
    double variance = 0.0;
    for (int i = 0; i < entries.length; i++) {
      double rowTimesWeights = 0.0;
      for (int j = 0; j < entries.length; j++) {
        rowTimesWeights += entries[i][j] * weights[j];
      }
      variance += weights[i] * rowTimesWeights;
    }
    return variance;
  }

  /** A copy of the entries, Σ scaled by {@code factor}. */
  public double[][] toArray(double factor) {
    double[][] scaled = new double[entries.length][entries.length];
    for (int i = 0; i < entries.length; i++) {
      for (int j = 0; j < entries.length; j++) {
        scaled[i][j] = entries[i][j] * factor;
      }
    }
    return scaled;
  }

  /** Mean of the variances, a natural scale for the matrix. */
  public double averageVariance() {
    double trace = 0.0;
    for (int i = 0; i < entries.length; i++) {
      trace += entries[i][i];
    }
    return trace / entries.length;
  }

  /** Throws IllegalArgumentException unless {@code vector} has one entry per asset. */
  public void requireSize(double[] vector, String name) {
    if (vector == null || vector.length != entries.length) {
      throw new IllegalArgumentException(
          name
              + " have "
              + (vector == null ? "no" : vector.length)
              + " entries but the covariance is "
              + entries.length
              + "x"
              + entries.length);
    }
  }

  /** Attempts a Cholesky factorisation; a non-positive pivot means not positive definite. */
  private static void requirePositiveDefinite(double[][] matrix) {
    int n = matrix.length;
    double[][] lower = new double[n][n];
    for (int j = 0; j < n; j++) {
      double pivot = matrix[j][j];
      for (int k = 0; k < j; k++) {
        pivot -= lower[j][k] * lower[j][k];
      }
      if (!(pivot > PIVOT_TOLERANCE * Math.abs(matrix[j][j]))) {
        throw new IllegalArgumentException(
            "covariance matrix is not positive definite (Cholesky pivot "
                + pivot
                + " at asset "
                + j
                + ")");
      }
      lower[j][j] = Math.sqrt(pivot);
      for (int i = j + 1; i < n; i++) {
        double sum = matrix[i][j];
        for (int k = 0; k < j; k++) {
          sum -= lower[i][k] * lower[j][k];
        }
        lower[i][j] = sum / lower[j][j];
      }
    }
  }
}
