package org.wealtharena.market.path;

import java.util.SplittableRandom;

/** dS/S = mu dt + sigma dW, stepped exactly in log space. */
public record GeometricBrownianMotion(double driftPerYear, double volatilityPerYear)
    implements PriceProcess {

  public GeometricBrownianMotion {
    if (volatilityPerYear < 0) {
      throw new IllegalArgumentException("volatility must not be negative");
    }
  }

  @Override
  public double next(
      double price, double dt, double shock, long nowNanos, SplittableRandom random) {
    double sigma = volatilityPerYear;
    return price
        * Math.exp((driftPerYear - 0.5 * sigma * sigma) * dt + sigma * Math.sqrt(dt) * shock);
  }
}
