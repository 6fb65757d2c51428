package org.wealtharena.market.path;

import java.util.SplittableRandom;

/**
 * Mean reversion of the log price towards {@code ln(longRunPrice)}: dX = kappa (theta - X) dt +
 * sigma dW, stepped with the exact discretisation so large steps stay stable.
 */
public record OrnsteinUhlenbeck(
    double volatilityPerYear, double meanReversionPerYear, double longRunPrice)
    implements PriceProcess {

  public OrnsteinUhlenbeck {
    if (volatilityPerYear < 0 || meanReversionPerYear <= 0 || longRunPrice <= 0) {
      throw new IllegalArgumentException("OU needs sigma >= 0, kappa > 0 and a positive level");
    }
  }

  @Override
  public double next(
      double price, double dt, double shock, long nowNanos, SplittableRandom random) {
    double kappa = meanReversionPerYear;
    double decay = Math.exp(-kappa * dt);
    double theta = Math.log(longRunPrice);
    double sd = volatilityPerYear * Math.sqrt((1 - decay * decay) / (2 * kappa));
    return Math.exp(theta + (Math.log(price) - theta) * decay + sd * shock);
  }
}
