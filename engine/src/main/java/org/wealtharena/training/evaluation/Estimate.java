package org.wealtharena.training.evaluation;

/**
 * A point estimate with its bootstrap confidence interval.
 *
 * @param value the statistic on the data as they are
 * @param lower lower end of the percentile interval
 * @param upper upper end of the percentile interval
 * @param level confidence level, e.g. 0.95
 */
public record Estimate(double value, double lower, double upper, double level) {

  /** Whether the whole interval lies above {@code threshold}. */
  public boolean above(double threshold) {
    return lower > threshold;
  }

  /** Whether the whole interval lies below {@code threshold}. */
  public boolean below(double threshold) {
    return upper < threshold;
  }
}
