package org.wealtharena.metrics;

/**
 * Classic histogram bucket layouts that fit the quantities measured. Public so that code recording
 * into its own histograms (and the benchmarks) can use the same layout.
 */
public final class Buckets {

  private Buckets() {}

  /**
   * 1 µs to 10 s in 1-2.5-5 steps, for a user's own latencies of unknown size; the catalog's
   * families use {@link #inProcessSeconds()} or {@link #crossVenueSeconds()}.
   */
  public static double[] seconds() {
    return new double[] {
      1e-6, 2.5e-6, 5e-6, 1e-5, 2.5e-5, 5e-5, 1e-4, 2.5e-4, 5e-4, 1e-3, 2.5e-3, 5e-3, 0.01, 0.025,
      0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10
    };
  }

  /**
   * 25 ns to 1 s for calls inside the process (a quote, a risk check, a coordination decision, an
   * optimisation), finer where their mass is. In a default {@code train} a risk check measures
   * 20-60 ns (about the cost of the two {@code System.nanoTime()} calls), a quote 50-100 ns (5 ns
   * steps from 65 to 80 ns, where about 70 % of them fall), a coordination decision 10-15 µs (1 µs
   * steps there), an optimisation 30 µs-1 ms (half of them in 100-250 µs, 50 µs steps there); a
   * first bound of 100 ns or more would hold most risk checks and quotes, and the quantiles would
   * be interpolation.
   */
  public static double[] inProcessSeconds() {
    return new double[] {
      2.5e-8, 3.5e-8, 5e-8, 6.5e-8, 7e-8, 7.5e-8, 8e-8, 1e-7, 1.5e-7, 2e-7, 3e-7, 5e-7, 7.5e-7,
      1e-6, 2.5e-6, 5e-6, 6e-6, 7.5e-6, 1e-5, 1.1e-5, 1.2e-5, 1.3e-5, 1.4e-5, 1.5e-5, 1.75e-5, 2e-5,
      2.5e-5, 3e-5, 5e-5, 7.5e-5, 1e-4, 1.5e-4, 2e-4, 2.5e-4, 5e-4, 1e-3, 2.5e-3, 0.01, 0.1, 1
    };
  }

  /**
   * 10 µs to 10 s for a cross-venue execution (detection to both legs done, in market time): 50 µs
   * steps from 100 µs to 1 ms, where the venues' latencies put nearly all of them.
   */
  public static double[] crossVenueSeconds() {
    return new double[] {
      1e-5, 2.5e-5, 5e-5, 1e-4, 1.5e-4, 2e-4, 2.5e-4, 3e-4, 3.5e-4, 4e-4, 4.5e-4, 5e-4, 5.5e-4,
      6e-4, 7e-4, 8e-4, 9e-4, 1e-3, 2.5e-3, 5e-3, 0.01, 0.1, 1, 10
    };
  }

  /**
   * 10 ms to 10 min in 1-2.5-5 steps, for work handed to another process or machine (a rollout task
   * on a cluster executor), which takes from a few milliseconds to minutes.
   */
  public static double[] taskSeconds() {
    return new double[] {0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 600};
  }

  /** Rewards are signed and span orders of magnitude: mirrored 1-5 steps from 0.01 to 1000. */
  public static double[] reward() {
    return new double[] {
      -1000, -500, -100, -50, -10, -5, -1, -0.5, -0.1, -0.05, -0.01, 0, 0.01, 0.05, 0.1, 0.5, 1, 5,
      10, 50, 100, 500, 1000
    };
  }
}
