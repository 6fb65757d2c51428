package org.wealtharena.agents.portfolio.optimization;

/**
 * Weights chosen by one optimisation and their ex-ante figures, annualised with the optimiser's
 * periods per year (return × P, volatility × √P).
 *
 * <p>{@link #usedType()} differs from {@link #requestedType()} when the optimiser fell back, e.g.
 * max Sharpe to min variance because no feasible portfolio has a positive excess return.
 */
public final class OptimizationResult {

  private final double[] weights;
  private final OptimizationType requestedType;
  private final OptimizationType usedType;
  private final double annualisedReturn;
  private final double annualisedVolatility;
  private final double sharpeRatio;
  private final double diversification;

  OptimizationResult(
      double[] weights,
      OptimizationType requestedType,
      OptimizationType usedType,
      double annualisedReturn,
      double annualisedVolatility,
      double sharpeRatio) {
    this.weights = weights.clone();
    this.requestedType = requestedType;
    this.usedType = usedType;
    this.annualisedReturn = annualisedReturn;
    this.annualisedVolatility = annualisedVolatility;
    this.sharpeRatio = sharpeRatio;
    double sumOfSquares = 0.0;
    for (double w : weights) {
      sumOfSquares += w * w;
    }
    this.diversification = 1.0 - sumOfSquares;
  }

  /** Long-only weights summing to 1, one per asset in covariance order (a copy). */
  public double[] weights() {
    return weights.clone();
  }

  public OptimizationType requestedType() {
    return requestedType;
  }

  /** The type whose solution {@link #weights()} is; label this one in metrics. */
  public OptimizationType usedType() {
    return usedType;
  }

  public boolean fellBack() {
    return usedType != requestedType;
  }

  public double annualisedReturn() {
    return annualisedReturn;
  }

  public double annualisedVolatility() {
    return annualisedVolatility;
  }

  /** (annualised return - annualised risk-free rate) / annualised volatility. */
  public double sharpeRatio() {
    return sharpeRatio;
  }

  /** 1 - Σ w²: 0 for a single asset, 1 - 1/N for equal weights. */
  public double diversification() {
    return diversification;
  }
}
