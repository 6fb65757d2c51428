package org.wealtharena.agents.marketmaker;

/**
 * Online variance per second of a price, from an exponentially weighted mean of squared price
 * changes divided by the time they took. The weight of an observation halves every {@code
 * halfLifeSeconds} of simulated time, so irregular sampling is weighted fairly.
 */
public final class EwmaVariance {
  private final double halfLifeSeconds;
  private double variancePerSecond;
  private double lastPrice = Double.NaN;
  private long lastNanos;

  public EwmaVariance(double initialVariancePerSecond, double halfLifeSeconds) {
    if (!(initialVariancePerSecond > 0) || Double.isInfinite(initialVariancePerSecond)) {
      throw new IllegalArgumentException(
          "initialVariancePerSecond must be positive, got " + initialVariancePerSecond);
    }
    if (!(halfLifeSeconds > 0) || Double.isInfinite(halfLifeSeconds)) {
      throw new IllegalArgumentException(
          "halfLifeSeconds must be positive, got " + halfLifeSeconds);
    }
    this.variancePerSecond = initialVariancePerSecond;
    this.halfLifeSeconds = halfLifeSeconds;
  }

  /** Takes the price at {@code nanos}; the first call only sets the starting point. */
  public void observe(double price, long nanos) {
    if (!Double.isNaN(lastPrice) && nanos > lastNanos) {
      double seconds = (nanos - lastNanos) * 1e-9;
      double change = price - lastPrice;
      double keep = Math.pow(0.5, seconds / halfLifeSeconds);
      variancePerSecond = keep * variancePerSecond + (1 - keep) * change * change / seconds;
    }
    lastPrice = price;
    lastNanos = nanos;
  }

  public double variancePerSecond() {
    return variancePerSecond;
  }
}
