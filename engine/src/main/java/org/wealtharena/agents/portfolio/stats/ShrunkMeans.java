package org.wealtharena.agents.portfolio.stats;

/**
 * Expected returns shrunk towards zero with the positive-part James–Stein estimator: the sample
 * means {@code m} of {@code T} periods are scaled by {@code max(0, 1 - c / (T · m'Σ⁻¹m))}, with
 * {@code c = max(1, N - 2)} for N assets. Intraday means are mostly noise: when they are no more
 * distinct from zero than their own sampling error says ({@code T · m'Σ⁻¹m} is about N for pure
 * noise), little or nothing of them is kept, so an optimiser does not chase them.
 */
public final class ShrunkMeans {
  private ShrunkMeans() {}

  /** The shrunk means of {@code returns}, with {@code covariance} of one period's returns. */
  public static double[] jamesStein(Returns returns, CovarianceMatrix covariance) {
    double[] means = returns.mean();
    covariance.requireSize(means, "means");
    double[] solved = solve(covariance, means);
    double distance = 0;
    for (int i = 0; i < means.length; i++) {
      distance += means[i] * solved[i];
    }
    distance *= returns.periods();
    double kept = distance > 0 ? Math.max(0.0, 1 - Math.max(1, means.length - 2) / distance) : 0.0;
    double[] shrunk = new double[means.length];
    for (int i = 0; i < means.length; i++) {
      shrunk[i] = kept * means[i];
    }
    return shrunk;
  }

  /** Σ⁻¹b by Gaussian elimination with partial pivoting (Σ is positive definite). */
  private static double[] solve(CovarianceMatrix covariance, double[] b) {
    int n = b.length;
    double[][] a = covariance.toArray(1.0);
    double[] x = b.clone();
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      double[] row = a[col];
      a[col] = a[pivot];
      a[pivot] = row;
      double t = x[col];
      x[col] = x[pivot];
      x[pivot] = t;
      for (int r = col + 1; r < n; r++) {
        double f = a[r][col] / a[col][col];
        for (int c = col; c < n; c++) {
          a[r][c] -= f * a[col][c];
        }
        x[r] -= f * x[col];
      }
    }
    for (int r = n - 1; r >= 0; r--) {
      double sum = x[r];
      for (int c = r + 1; c < n; c++) {
        sum -= a[r][c] * x[c];
      }
      x[r] = sum / a[r][r];
    }
    return x;
  }
}
