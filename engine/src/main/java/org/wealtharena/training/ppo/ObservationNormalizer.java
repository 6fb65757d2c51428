package org.wealtharena.training.ppo;

import java.util.Arrays;

/**
 * Standardises observations by the running mean and standard deviation of those learned from, and
 * clips them to ±{@value #CLIP}, as Stable-Baselines3's VecNormalize and CleanRL's
 * continuous-action PPO do. Features on scales of their own, or all positive, otherwise slow the
 * policy down: a linear policy must tell 0.45 from 0.75 through weights that also move its offset.
 *
 * <p>The statistics change only at {@link #commit}, between updates: every observation of one
 * rollout is standardised alike, so the policy that acted and the one the update evaluates see the
 * same inputs. Observations {@link #observe observed} since the last commit wait, and are merged
 * (Chan et al.'s parallel update, exact in any batch order) when the update that learned from them
 * has run. Before the first commit an observation passes through unchanged.
 */
final class ObservationNormalizer {

  /** Standardised values are clipped to this magnitude. */
  static final double CLIP = 10;

  /** Added to the variance, so a constant feature standardises to 0 instead of dividing by 0. */
  static final double EPSILON = 1e-8;

  private final int size;
  private long count;
  private final double[] mean;
  private final double[] m2;
  private final double[] scale;

  private long pendingCount;
  private final double[] pendingMean;
  private final double[] pendingM2;

  ObservationNormalizer(int size) {
    this.size = size;
    this.mean = new double[size];
    this.m2 = new double[size];
    this.scale = new double[size];
    Arrays.fill(scale, 1);
    this.pendingMean = new double[size];
    this.pendingM2 = new double[size];
  }

  /** Writes the standardised {@code observation} to {@code out} (may be the same array). */
  void normalize(double[] observation, double[] out) {
    for (int i = 0; i < size; i++) {
      double z = (observation[i] - mean[i]) * scale[i];
      out[i] = Math.max(-CLIP, Math.min(CLIP, z));
    }
  }

  /** Counts {@code observation} in at the next {@link #commit} (Welford's update). */
  void observe(double[] observation) {
    pendingCount++;
    for (int i = 0; i < size; i++) {
      double delta = observation[i] - pendingMean[i];
      pendingMean[i] += delta / pendingCount;
      pendingM2[i] += delta * (observation[i] - pendingMean[i]);
    }
  }

  /** Merges the observations waiting into the statistics. */
  void commit() {
    if (pendingCount == 0) {
      return;
    }
    long total = count + pendingCount;
    for (int i = 0; i < size; i++) {
      double delta = pendingMean[i] - mean[i];
      mean[i] += delta * pendingCount / total;
      m2[i] += pendingM2[i] + delta * delta * ((double) count * pendingCount / total);
    }
    count = total;
    rescale();
    discardPending();
  }

  /** Forgets the observations waiting (their update was skipped: the data is suspect). */
  void discardPending() {
    pendingCount = 0;
    Arrays.fill(pendingMean, 0);
    Arrays.fill(pendingM2, 0);
  }

  ObservationStatistics statistics() {
    return count == 0 ? ObservationStatistics.none() : new ObservationStatistics(count, mean, m2);
  }

  /**
   * Replaces the statistics with {@code statistics} and forgets the observations waiting.
   *
   * @throws IllegalArgumentException if they have observations of another size
   */
  void restore(ObservationStatistics statistics) {
    if (statistics.count() > 0 && statistics.mean().length != size) {
      throw new IllegalArgumentException(
          "statistics of " + statistics.mean().length + " features for observations of " + size);
    }
    count = statistics.count();
    if (count == 0) {
      Arrays.fill(mean, 0);
      Arrays.fill(m2, 0);
    } else {
      System.arraycopy(statistics.mean(), 0, mean, 0, size);
      System.arraycopy(statistics.m2(), 0, m2, 0, size);
    }
    rescale();
    discardPending();
  }

  private void rescale() {
    for (int i = 0; i < size; i++) {
      scale[i] = count == 0 ? 1 : 1 / Math.sqrt(m2[i] / count + EPSILON);
    }
  }
}
