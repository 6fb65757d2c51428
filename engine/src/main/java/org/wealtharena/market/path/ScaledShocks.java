package org.wealtharena.market.path;

import java.util.SplittableRandom;

/**
 * Another volatility regime of a process: its diffusion shock multiplied by {@code factor}, so its
 * diffusive volatility is {@code factor} times as large (its drift, mean reversion and jumps are
 * left as they are). Used to evaluate a policy out of the distribution it was trained on.
 */
public record ScaledShocks(PriceProcess process, double factor) implements PriceProcess {

  public ScaledShocks {
    if (process == null) {
      throw new IllegalArgumentException("process must be given");
    }
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("factor must be positive and finite, got " + factor);
    }
  }

  @Override
  public double next(
      double price, double dtYears, double shock, long nowNanos, SplittableRandom random) {
    return process.next(price, dtYears, factor * shock, nowNanos, random);
  }

  @Override
  public double initialPrice(double configured) {
    return process.initialPrice(configured);
  }
}
