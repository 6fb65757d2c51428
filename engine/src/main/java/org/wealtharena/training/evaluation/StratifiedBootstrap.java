package org.wealtharena.training.evaluation;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;

/**
 * Percentile bootstrap confidence intervals of a statistic of a score matrix {@code
 * scores[task][run]}, stratified as in rliable: each resample draws, within every task, as many
 * runs as it has, with replacement. The resamples come from a fixed seed, so an interval is a
 * function of the scores alone.
 */
public final class StratifiedBootstrap {

  /** Resamples of the reported intervals. */
  public static final int DEFAULT_RESAMPLES = 2000;

  /** Seed of the reported intervals' resamples. */
  public static final long DEFAULT_SEED = 20211231L;

  private final int resamples;
  private final long seed;
  private final double level;

  public StratifiedBootstrap(int resamples, long seed, double level) {
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be at least 1, got " + resamples);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
    }
    this.resamples = resamples;
    this.seed = seed;
    this.level = level;
  }

  /** The reported intervals': {@value #DEFAULT_RESAMPLES} resamples from the fixed seed. */
  public static StratifiedBootstrap of(double level) {
    return new StratifiedBootstrap(DEFAULT_RESAMPLES, DEFAULT_SEED, level);
  }

  /** {@code statistic} of {@code scores} with its interval. */
  public Estimate estimate(double[][] scores, ToDoubleFunction<double[][]> statistic) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] values = new double[resamples];
    for (int i = 0; i < resamples; i++) {
      values[i] = statistic.applyAsDouble(resample(scores, random));
    }
    return interval(statistic.applyAsDouble(scores), values);
  }

  /**
   * {@code statistic} of two score matrices with its interval, resampling the runs of {@code x} and
   * of {@code y} independently (rliable's independent bootstrap for the probability of
   * improvement).
   */
  public Estimate estimate(
      double[][] x, double[][] y, ToDoubleBiFunction<double[][], double[][]> statistic) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] values = new double[resamples];
    for (int i = 0; i < resamples; i++) {
      values[i] = statistic.applyAsDouble(resample(x, random), resample(y, random));
    }
    return interval(statistic.applyAsDouble(x, y), values);
  }

  private Estimate interval(double value, double[] resampled) {
    Arrays.sort(resampled);
    double tail = (1 - level) / 2;
    return new Estimate(value, percentile(resampled, tail), percentile(resampled, 1 - tail), level);
  }

  /** The {@code p} quantile of sorted {@code values}, interpolated linearly (numpy's default). */
  static double percentile(double[] sorted, double p) {
    double position = p * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }

  private static double[][] resample(double[][] scores, SplittableRandom random) {
    double[][] drawn = new double[scores.length][];
    for (int task = 0; task < scores.length; task++) {
      double[] runs = scores[task];
      drawn[task] = new double[runs.length];
      for (int run = 0; run < runs.length; run++) {
        drawn[task][run] = runs[random.nextInt(runs.length)];
      }
    }
    return drawn;
  }
}
