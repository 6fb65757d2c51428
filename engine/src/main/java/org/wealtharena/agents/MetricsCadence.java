package org.wealtharena.agents;

/**
 * How the per-step and per-call figures of the hot paths reach the metric registries.
 *
 * <p>Parallel episodes share every series, so one update costs tens of nanoseconds, more when two
 * threads write the same cache line, and a training run makes millions of them. So:
 *
 * <ul>
 *   <li>Counts of frequent events (risk checks, rejections, quotes, messages, conflicts) are kept
 *       in plain fields and gauges of per-step state (inventory, PnL, exposures, utilization) are
 *       computed but not set; both are published on the first decision step and every {@value
 *       #PUBLISH_EVERY}th after it, and at the end of the episode. Counters still count every event
 *       and gauges end on the episode's last value; a scrape sees them at most {@value
 *       #PUBLISH_EVERY} steps late.
 *   <li>Latencies of calls that take well under a microsecond (a risk check, a quote) and of every
 *       routing step are observed for the first call and every {@value #TIME_EVERY}th: the
 *       histograms keep their distribution while the work of observing drops 256-fold.
 * </ul>
 */
public final class MetricsCadence {

  /** Steps between publications; a power of two. */
  public static final int PUBLISH_EVERY = 256;

  /** One call in this many is timed; a power of two. */
  public static final int TIME_EVERY = 256;

  private MetricsCadence() {}

  /** Whether step {@code step} (0, 1, 2, ... per component) publishes its held-back figures. */
  public static boolean publishes(long step) {
    return (step & (PUBLISH_EVERY - 1)) == 0;
  }

  /** Whether the call numbered {@code call} (0, 1, 2, ... per instrumented site) is timed. */
  public static boolean timed(long call) {
    return (call & (TIME_EVERY - 1)) == 0;
  }
}
