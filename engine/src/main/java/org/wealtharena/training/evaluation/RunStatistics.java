package org.wealtharena.training.evaluation;

import java.util.Arrays;

/**
 * The aggregate figures of Agarwal et al. 2021 (rliable) over a score matrix {@code
 * scores[task][run]} (a task is one market the runs are scored on; a run one independent training
 * seed, or in the single-seed fallback one held-out episode). Every figure pools all tasks.
 */
public final class RunStatistics {

  /** Share of the sorted scores the interquartile mean drops at each end. */
  static final double IQM_TRIM = 0.25;

  private RunStatistics() {}

  /** The mean of every score of every task. */
  public static double mean(double[][] scores) {
    double[] all = flatten(scores);
    double sum = 0;
    for (double score : all) {
      sum += score;
    }
    return sum / all.length;
  }

  /**
   * The interquartile mean of every score of every task: the mean of the sorted scores without the
   * lowest and the highest {@code floor(n / 4)} (scipy's {@code trim_mean(x, 0.25)}, as rliable
   * computes it).
   */
  public static double interquartileMean(double[][] scores) {
    double[] all = flatten(scores);
    Arrays.sort(all);
    int cut = (int) (IQM_TRIM * all.length);
    double sum = 0;
    for (int i = cut; i < all.length - cut; i++) {
      sum += all[i];
    }
    return sum / (all.length - 2 * cut);
  }

  /**
   * P(X > Y) after rliable: per task the Mann-Whitney U statistic of the runs of {@code x} against
   * those of {@code y} over the number of pairs (a tie counts a half), averaged over the tasks.
   */
  public static double probabilityOfImprovement(double[][] x, double[][] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(x.length + " tasks against " + y.length);
    }
    double sum = 0;
    for (int task = 0; task < x.length; task++) {
      double wins = 0;
      for (double a : x[task]) {
        for (double b : y[task]) {
          wins += a > b ? 1 : a == b ? 0.5 : 0;
        }
      }
      sum += wins / ((double) x[task].length * y[task].length);
    }
    return sum / x.length;
  }

  /** {@code x - y} run by run, task by task (the runs of both must be paired: same seeds). */
  public static double[][] pairedDifferences(double[][] x, double[][] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(x.length + " tasks against " + y.length);
    }
    double[][] differences = new double[x.length][];
    for (int task = 0; task < x.length; task++) {
      if (x[task].length != y[task].length) {
        throw new IllegalArgumentException(
            "task " + task + ": " + x[task].length + " runs against " + y[task].length);
      }
      differences[task] = new double[x[task].length];
      for (int run = 0; run < x[task].length; run++) {
        differences[task][run] = x[task][run] - y[task][run];
      }
    }
    return differences;
  }

  private static double[] flatten(double[][] scores) {
    double[] all = Arrays.stream(scores).flatMapToDouble(Arrays::stream).toArray();
    if (all.length == 0) {
      throw new IllegalArgumentException("no scores");
    }
    return all;
  }
}
