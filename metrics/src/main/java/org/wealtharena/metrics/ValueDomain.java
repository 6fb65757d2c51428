package org.wealtharena.metrics;

/**
 * The values a family accepts, as a closed interval. The bounds are finite, so one pair of
 * comparisons also rejects NaN and infinities. A user's own gauge or histogram names its domain
 * ({@link EndpointMetrics#defineGauge}).
 */
public enum ValueDomain {
  /** Any finite number: PnL, rewards, Sharpe ratios, returns. */
  FINITE(-Double.MAX_VALUE, Double.MAX_VALUE, "a finite number"),
  /** Durations, counts, amounts, iteration numbers. */
  NON_NEGATIVE(0.0, Double.MAX_VALUE, "a finite number >= 0"),
  /** Shares of a whole: fill rate, success rate, efficiency, utilization, win rate. */
  RATIO(0.0, 1.0, "a ratio within 0..1");

  final double lower;
  final double upper;
  final String rule;

  ValueDomain(double lower, double upper, String rule) {
    this.lower = lower;
    this.upper = upper;
    this.rule = rule;
  }
}
