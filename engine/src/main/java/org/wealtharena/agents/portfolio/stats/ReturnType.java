package org.wealtharena.agents.portfolio.stats;

/** How a return is computed from two consecutive prices p0 and p1. */
public enum ReturnType {
  /** p1 / p0 - 1: aggregates across assets (portfolio return is the weighted sum). */
  SIMPLE,
  /** ln(p1 / p0): aggregates across time (multi-period return is the sum). */
  LOG;

  double between(double previousPrice, double price) {
    return this == LOG ? Math.log(price / previousPrice) : price / previousPrice - 1.0;
  }
}
