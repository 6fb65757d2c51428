package org.wealtharena.training.ppo;

import java.io.Serializable;

/**
 * The running mean and spread of the observations an agent has learned from, as plain values for a
 * checkpoint: per feature the mean and the sum of squared deviations from it ({@code m2}) over
 * {@code count} observations. No observations ({@link #none()}) has no features.
 */
public record ObservationStatistics(long count, double[] mean, double[] m2)
    implements Serializable {

  public ObservationStatistics {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, got " + count);
    }
    if (mean.length != m2.length) {
      throw new IllegalArgumentException(mean.length + " means against " + m2.length + " spreads");
    }
    if (count == 0 && mean.length != 0) {
      throw new IllegalArgumentException("no observations cannot have feature statistics");
    }
    for (int i = 0; i < mean.length; i++) {
      if (!Double.isFinite(mean[i]) || !(m2[i] >= 0) || !Double.isFinite(m2[i])) {
        throw new IllegalArgumentException(
            "feature " + i + ": mean " + mean[i] + " and spread " + m2[i] + " must be finite");
      }
    }
    mean = mean.clone();
    m2 = m2.clone();
  }

  /** Before any observation. */
  public static ObservationStatistics none() {
    return new ObservationStatistics(0, new double[0], new double[0]);
  }

  @Override
  public double[] mean() {
    return mean.clone();
  }

  @Override
  public double[] m2() {
    return m2.clone();
  }
}
