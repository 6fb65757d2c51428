package org.wealtharena.training.evaluation;

/**
 * A two-sided Student t confidence interval for a mean.
 *
 * @param mean sample mean
 * @param lower lower bound; -infinity from a single sample, whose spread is unknown
 * @param upper upper bound; +infinity from a single sample
 * @param level confidence level, e.g. 0.95
 * @param samples number of samples
 */
public record ConfidenceInterval(
    double mean, double lower, double upper, double level, int samples) {

  /** The interval for the mean of {@code values}: mean ± t(1 - (1 - level)/2, n - 1) · s / √n. */
  public static ConfidenceInterval ofMean(double[] values, double level) {
    if (values.length == 0) {
      throw new IllegalArgumentException("a confidence interval needs at least one sample");
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
    }
    int n = values.length;
    double mean = 0;
    for (double value : values) {
      mean += value;
    }
    mean /= n;
    if (n == 1) {
      return new ConfidenceInterval(
          mean, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, level, 1);
    }
    double squares = 0;
    for (double value : values) {
      squares += (value - mean) * (value - mean);
    }
    double standardError = Math.sqrt(squares / (n - 1) / n);
    double halfWidth = new StudentT(n - 1).quantile(0.5 + level / 2) * standardError;
    return new ConfidenceInterval(mean, mean - halfWidth, mean + halfWidth, level, n);
  }

  /**
   * The interval estimate ± t(1 - (1 - level)/2, n - 1) · standard error around an estimate from
   * {@code samples} samples, such as a Sharpe ratio and its standard error.
   */
  public static ConfidenceInterval ofEstimate(
      double estimate, double standardError, double level, int samples) {
    if (samples < 2) {
      throw new IllegalArgumentException(
          "an estimate's interval needs two samples, got " + samples);
    }
    double halfWidth = new StudentT(samples - 1).quantile(0.5 + level / 2) * standardError;
    return new ConfidenceInterval(
        estimate, estimate - halfWidth, estimate + halfWidth, level, samples);
  }

  public double halfWidth() {
    return (upper - lower) / 2;
  }

  /** Whether the two intervals share at least one point. */
  public boolean overlaps(ConfidenceInterval other) {
    return lower <= other.upper && other.lower <= upper;
  }
}
