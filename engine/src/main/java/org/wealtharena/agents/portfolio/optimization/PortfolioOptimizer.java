package org.wealtharena.agents.portfolio.optimization;

import java.util.Arrays;
import org.wealtharena.agents.portfolio.stats.CovarianceMatrix;

/**
 * Long-only, fully invested portfolio optimisation. Max Sharpe and min variance also cap every
 * weight at {@code maxWeight}; risk parity does not (see {@link RiskParity}).
 *
 * <p>Expected returns, the covariance and the risk-free rate are all per period (e.g. daily);
 * {@code periodsPerYear} only annualises the figures in the result.
 */
public final class PortfolioOptimizer {

  /** Slack for caps like 1/3 whose product with N rounds just below 1. */
  private static final double CAP_SLACK = 1e-12;

  /**
   * A best excess return this small relative to the largest |excess| counts as none: the max Sharpe
   * transform would need y of size 1/excess, beyond what the QP solves reliably.
   */
  private static final double NEGLIGIBLE_EXCESS = 1e-9;

  private final double maxWeight;
  private final double riskFreeRate;
  private final int periodsPerYear;

  /**
   * @param maxWeight largest weight of one asset, in (0, 1]
   * @param riskFreeRate per-period risk-free return
   * @param periodsPerYear e.g. 252 for daily returns
   */
  public PortfolioOptimizer(double maxWeight, double riskFreeRate, int periodsPerYear) {
    if (!(maxWeight > 0.0 && maxWeight <= 1.0)) {
      throw new IllegalArgumentException("max weight must be in (0, 1], got " + maxWeight);
    }
    if (!Double.isFinite(riskFreeRate)) {
      throw new IllegalArgumentException("risk-free rate must be finite, got " + riskFreeRate);
    }
    if (periodsPerYear <= 0) {
      throw new IllegalArgumentException(
          "periods per year must be positive, got " + periodsPerYear);
    }
    this.maxWeight = maxWeight;
    this.riskFreeRate = riskFreeRate;
    this.periodsPerYear = periodsPerYear;
  }

  /**
   * Optimises for {@code type}. Max Sharpe falls back to min variance, reported in the result, when
   * no feasible portfolio earns more than the risk-free rate.
   *
   * @param expectedReturns per-period expected return of each asset, in covariance order
   * @throws IllegalArgumentException on mismatched sizes, non-finite returns, or a cap that cannot
   *     hold a fully invested portfolio (maxWeight · N < 1) for the capped types
   */
  public OptimizationResult optimise(
      OptimizationType type, double[] expectedReturns, CovarianceMatrix covariance) {
    covariance.requireSize(expectedReturns, "expected returns");
    double[] excessReturns = new double[expectedReturns.length];
    for (int i = 0; i < expectedReturns.length; i++) {
      if (!Double.isFinite(expectedReturns[i])) {
        throw new IllegalArgumentException(
            "expected return of asset " + i + " is " + expectedReturns[i]);
      }
      excessReturns[i] = expectedReturns[i] - riskFreeRate;
    }
    OptimizationType used = type;
    double[] weights;
    if (type == OptimizationType.RISK_PARITY) {
      weights = RiskParity.weights(covariance);
    } else {
      requireFeasibleCap(covariance.size());
      if (type == OptimizationType.SHARPE_MAXIMIZATION
          && anyFeasiblePortfolioBeatsRiskFree(excessReturns)) {
        weights = LongOnlyQuadraticPrograms.maximumSharpe(covariance, excessReturns, maxWeight);
      } else {
        used = OptimizationType.MIN_VARIANCE;
        weights = LongOnlyQuadraticPrograms.minimumVariance(covariance, maxWeight);
      }
    }
    return describe(weights, type, used, expectedReturns, covariance);
  }

  private OptimizationResult describe(
      double[] weights,
      OptimizationType requested,
      OptimizationType used,
      double[] expectedReturns,
      CovarianceMatrix covariance) {
    double periodReturn = 0.0;
    for (int i = 0; i < weights.length; i++) {
      periodReturn += weights[i] * expectedReturns[i];
    }
    double annualisedReturn = periodReturn * periodsPerYear;
    double annualisedVolatility = Math.sqrt(covariance.portfolioVariance(weights) * periodsPerYear);
    double sharpe = (annualisedReturn - riskFreeRate * periodsPerYear) / annualisedVolatility;
    return new OptimizationResult(
        weights, requested, used, annualisedReturn, annualisedVolatility, sharpe);
  }

  private void requireFeasibleCap(int assets) {
    if (maxWeight * assets < 1.0 - CAP_SLACK) {
      throw new IllegalArgumentException(
          "max weight "
              + maxWeight
              + " cannot make "
              + assets
              + " assets fully invested: "
              + maxWeight
              + " * "
              + assets
              + " < 1");
    }
  }

  /**
   * Whether the largest e'w over the feasible set (highest excess returns filled to the cap first)
   * is positive.
   */
  private boolean anyFeasiblePortfolioBeatsRiskFree(double[] excessReturns) {
    double[] ascending = excessReturns.clone();
    Arrays.sort(ascending);
    double remaining = 1.0;
    double best = 0.0;
    for (int k = ascending.length - 1; k >= 0 && remaining > 0.0; k--) {
      double weight = Math.min(maxWeight, remaining);
      best += weight * ascending[k];
      remaining -= weight;
    }
    double largestMagnitude =
        Math.max(Math.abs(ascending[0]), Math.abs(ascending[ascending.length - 1]));
    return best > NEGLIGIBLE_EXCESS * largestMagnitude;
  }
}
