package org.wealtharena.agents;

/**
 * Which calls of a hot path get their latency observed: the first, then every {@value #EVERY}th.
 * A risk check or a quote takes well under a microsecond, while observing a histogram that two
 * episode threads share costs about as much again; timing a fixed share of calls keeps the
 * latency histograms' distribution while the counters still count every call.
 */
public final class LatencySampling {

  /** One call in this many is timed; a power of two. */
  public static final int EVERY = 32;

  private LatencySampling() {}

  /** Whether the call numbered {@code call} (0, 1, 2, ... per instrumented site) is timed. */
  public static boolean timed(int call) {
    return (call & (EVERY - 1)) == 0;
  }
}
