package org.wealtharena.metrics;

/**
 * Classic histogram bucket layouts that fit the quantities measured. Public so that code recording
 * into its own histograms (and the benchmarks) can use the same layout.
 */
public final class Buckets {

  private Buckets() {}

  /**
   * 1 µs to 10 s in 1-2.5-5 steps: in-process coordination and checks take micro- to milliseconds,
   * optimisations and cross-venue executions up to seconds.
   */
  public static double[] seconds() {
    return new double[] {
      1e-6, 2.5e-6, 5e-6, 1e-5, 2.5e-5, 5e-5, 1e-4, 2.5e-4, 5e-4, 1e-3, 2.5e-3, 5e-3, 0.01, 0.025,
      0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10
    };
  }

  /** Rewards are signed and span orders of magnitude: mirrored 1-5 steps from 0.01 to 1000. */
  public static double[] reward() {
    return new double[] {
      -1000, -500, -100, -50, -10, -5, -1, -0.5, -0.1, -0.05, -0.01, 0, 0.01, 0.05, 0.1, 0.5, 1, 5,
      10, 50, 100, 500, 1000
    };
  }
}
