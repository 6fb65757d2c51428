package org.wealtharena.market.path;

import java.util.SplittableRandom;

/**
 * How one symbol's fundamental price moves over one time step. Implementations are immutable
 * parameter holders, safe to share between simulations running in parallel; all state is the price
 * passed in.
 */
public interface PriceProcess {
  /**
   * Trading time in a year: 252 sessions of 6.5 hours. Volatilities and rates are per year of it.
   */
  double TRADING_YEAR_NANOS = 252 * 6.5 * 3600e9;

  /**
   * The price after a step.
   *
   * @param shock a standard normal draw, already correlated with the other symbols' shocks
   * @param random for anything beyond the diffusion (jumps); drawn in a fixed order
   */
  double next(double price, double dtYears, double shock, long nowNanos, SplittableRandom random);

  /** The price at time 0 if the process dictates it (a replay), else {@code configured}. */
  default double initialPrice(double configured) {
    return configured;
  }
}
