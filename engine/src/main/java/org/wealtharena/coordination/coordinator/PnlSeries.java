package org.wealtharena.coordination.coordinator;

/**
 * Running statistics of per-step PnL changes: annualised Sharpe ratio and share of winning steps.
 */
public final class PnlSeries {
  /** Trading seconds in a year: 252 sessions of 6.5 hours. */
  private static final double SECONDS_PER_YEAR = 252 * 6.5 * 3600;

  private long steps;
  private double sum;
  private double sumOfSquares;
  private long positive;
  private long nonZero;

  public void add(double change) {
    steps++;
    sum += change;
    sumOfSquares += change * change;
    if (change != 0) {
      nonZero++;
      positive += change > 0 ? 1 : 0;
    }
  }

  /**
   * Mean over standard deviation of the changes, scaled to a year of steps; 0 without variation.
   */
  public double sharpe(double stepSeconds) {
    if (steps < 2) {
      return 0;
    }
    double mean = sum / steps;
    double variance = (sumOfSquares - sum * mean) / (steps - 1);
    return variance <= 0
        ? 0
        : mean / Math.sqrt(variance) * Math.sqrt(SECONDS_PER_YEAR / stepSeconds);
  }

  /** Share (0..1) of the steps where PnL changed that gained; 0 if it never changed. */
  public double winRate() {
    return nonZero == 0 ? 0 : positive / (double) nonZero;
  }
}
