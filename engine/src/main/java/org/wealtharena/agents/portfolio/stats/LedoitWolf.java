package org.wealtharena.agents.portfolio.stats;

/**
 * Ledoit–Wolf (2004) "well-conditioned estimator for large-dimensional covariance matrices":
 * shrinks the sample covariance S towards the scaled identity m·I, m = trace(S)/N, with the
 * intensity that is optimal asymptotically.
 *
 * <p>With the normalised Frobenius norm ||A||² = trace(AA')/N and the demeaned observations x_k (k
 * = 1..T), the paper's quantities are
 *
 * <pre>
 *   d² = ||S - m·I||²,   b̄² = (1/T²) Σ_k ||x_k x_k' - S||²,   b² = min(b̄², d²)
 *   shrunk = (b²/d²)·m·I + (1 - b²/d²)·S
 * </pre>
 *
 * where S = X'X / T (divisor T, as in the paper, not T-1). b̄² is computed through the identity Σ_k
 * ||x_k x_k' - S||²_F = Σ_k |x_k|⁴ - T·||S||²_F, which avoids forming T outer products.
 */
public final class LedoitWolf {

  private LedoitWolf() {}

  /**
   * Shrinks the covariance of {@code returns}. Needs at least three periods: with two, the demeaned
   * observations are ±the same vector, b̄² is 0 and the "shrunk" matrix is the rank-one sample.
   */
  public static ShrunkCovariance shrink(Returns returns) {
    int periods = returns.periods();
    int assets = returns.assets();
    if (periods < 3) {
      throw new IllegalArgumentException(
          "Ledoit-Wolf needs at least 3 periods of returns, got " + periods);
    }
    double[][] sample = returns.crossProductOfDeviations(periods);
    double target = 0.0;
    for (int i = 0; i < assets; i++) {
      target += sample[i][i];
    }
    target /= assets;

    double distanceToTarget = 0.0; // d², normalised Frobenius norm
    double sampleSquaredNorm = 0.0; // ||S||²_F
    for (int i = 0; i < assets; i++) {
      for (int j = 0; j < assets; j++) {
        double deviation = sample[i][j] - (i == j ? target : 0.0);
        distanceToTarget += deviation * deviation;
        sampleSquaredNorm += sample[i][j] * sample[i][j];
      }
    }
    distanceToTarget /= assets;

    double sumOfFourthPowers = 0.0; // Σ_k |x_k|⁴
    for (double[] observation : returns.demeaned()) {
      double squaredLength = 0.0;
      for (double x : observation) {
        squaredLength += x * x;
      }
      sumOfFourthPowers += squaredLength * squaredLength;
    }
    double samplingError =
        (sumOfFourthPowers - periods * sampleSquaredNorm) / ((double) periods * periods * assets);

    // d² = 0 means S already is m·I: every intensity gives the same matrix, report 0 (no
    // shrinkage).
    double intensity =
        distanceToTarget > 0.0
            ? Math.min(Math.max(samplingError, 0.0), distanceToTarget) / distanceToTarget
            : 0.0;

    double[][] shrunk = new double[assets][assets];
    for (int i = 0; i < assets; i++) {
      for (int j = 0; j < assets; j++) {
        shrunk[i][j] = (1.0 - intensity) * sample[i][j] + (i == j ? intensity * target : 0.0);
      }
    }
    return new ShrunkCovariance(CovarianceMatrix.of(shrunk), intensity);
  }
}
