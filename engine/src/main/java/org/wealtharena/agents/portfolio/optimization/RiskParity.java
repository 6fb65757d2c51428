package org.wealtharena.agents.portfolio.optimization;

import org.wealtharena.agents.portfolio.stats.CovarianceMatrix;

/**
 * Equal risk contribution weights: every w_i (Σw)_i equal, w > 0, Σ w = 1.
 *
 * <p>Solved through Spinu's (2013) strictly convex problem min ½ x'Σx - (1/N) Σ ln x_i over x > 0,
 * whose stationarity condition is exactly x_i (Σx)_i = 1/N; then w = x / Σ x. Minimised by cyclical
 * coordinate descent: along one coordinate the condition is the quadratic Σ_ii x_i² + c_i x_i - 1/N
 * = 0 (c_i = Σ_{j≠i} Σ_ij x_j), whose positive root is the exact minimiser, so x stays positive
 * throughout. Only long-only is imposed: a weight cap would make the contributions unequal.
 */
public final class RiskParity {

  /** Largest relative deviation of a contribution from 1/N accepted as converged. */
  private static final double TOLERANCE = 1e-10;

  private static final int MAX_SWEEPS = 100_000;

  private RiskParity() {}

  public static double[] weights(CovarianceMatrix covariance) {
    int n = covariance.size();
    double budget = 1.0 / n;
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = 1.0 / Math.sqrt(n * covariance.get(i, i)); // exact when Σ is diagonal
    }
    double[] sigmaX = new double[n];
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      multiply(covariance, x, sigmaX);
      if (largestRelativeDeviation(x, sigmaX, budget) <= TOLERANCE) {
        return normalised(x);
      }
      for (int i = 0; i < n; i++) {
        double variance = covariance.get(i, i);
        double others = sigmaX[i] - variance * x[i];
        double updated = positiveRoot(variance, others, budget);
        double change = updated - x[i];
        for (int j = 0; j < n; j++) {
          sigmaX[j] += covariance.get(j, i) * change;
        }
        x[i] = updated;
      }
    }
    throw new IllegalStateException("risk parity did not converge in " + MAX_SWEEPS + " sweeps");
  }

  /** Each asset's share of portfolio variance, w_i (Σw)_i / w'Σw; they sum to 1. */
  public static double[] riskContributions(CovarianceMatrix covariance, double[] weights) {
    covariance.requireSize(weights, "weights");
    double[] sigmaW = new double[weights.length];
    multiply(covariance, weights, sigmaW);
    double variance = covariance.portfolioVariance(weights);
    double[] contributions = new double[weights.length];
    for (int i = 0; i < weights.length; i++) {
      contributions[i] = weights[i] * sigmaW[i] / variance;
    }
    return contributions;
  }

  /** Positive root of a·x² + b·x - c = 0 (a, c > 0), in the form that avoids cancellation. */
  private static double positiveRoot(double a, double b, double c) {
    double root = Math.sqrt(b * b + 4.0 * a * c);
    return b >= 0.0 ? 2.0 * c / (b + root) : (root - b) / (2.0 * a);
  }

  private static double largestRelativeDeviation(double[] x, double[] sigmaX, double budget) {
    double largest = 0.0;
    for (int i = 0; i < x.length; i++) {
      largest = Math.max(largest, Math.abs(x[i] * sigmaX[i] - budget) / budget);
    }
    return largest;
  }

  private static void multiply(CovarianceMatrix covariance, double[] vector, double[] out) {
    for (int i = 0; i < vector.length; i++) {
      double sum = 0.0;
      for (int j = 0; j < vector.length; j++) {
        sum += covariance.get(i, j) * vector[j];
      }
      out[i] = sum;
    }
  }

  private static double[] normalised(double[] x) {
    double sum = 0.0;
    for (double v : x) {
      sum += v;
    }
    double[] w = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      w[i] = x[i] / sum;
    }
    return w;
  }
}
