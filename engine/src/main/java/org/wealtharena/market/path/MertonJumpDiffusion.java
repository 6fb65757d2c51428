package org.wealtharena.market.path;

import java.util.SplittableRandom;

/**
 * GBM plus Poisson jumps whose log sizes are normal(jumpMean, jumpVolatility); the drift is
 * compensated so the expected return stays {@code driftPerYear}.
 */
public record MertonJumpDiffusion(
    double driftPerYear,
    double volatilityPerYear,
    double jumpsPerYear,
    double jumpMean,
    double jumpVolatility)
    implements PriceProcess {

  public MertonJumpDiffusion {
    if (volatilityPerYear < 0 || jumpsPerYear < 0 || jumpVolatility < 0) {
      throw new IllegalArgumentException("volatilities and jump intensity must not be negative");
    }
  }

  @Override
  public double next(
      double price, double dt, double shock, long nowNanos, SplittableRandom random) {
    double sigma = volatilityPerYear;
    double meanJumpFactor = Math.exp(jumpMean + 0.5 * jumpVolatility * jumpVolatility) - 1;
    double drift = (driftPerYear - jumpsPerYear * meanJumpFactor - 0.5 * sigma * sigma) * dt;
    double logReturn = drift + sigma * Math.sqrt(dt) * shock;
    // Count jumps in this step by inverting the Poisson CDF; steps are short, so this is 0 or 1.
    double lambda = jumpsPerYear * dt;
    double u = random.nextDouble();
    double term = Math.exp(-lambda);
    double cumulative = term;
    int jumps = 0;
    while (u > cumulative && jumps < 100) {
      jumps++;
      term *= lambda / jumps;
      cumulative += term;
    }
    for (int j = 0; j < jumps; j++) {
      logReturn += jumpMean + jumpVolatility * random.nextGaussian();
    }
    return price * Math.exp(logReturn);
  }
}
