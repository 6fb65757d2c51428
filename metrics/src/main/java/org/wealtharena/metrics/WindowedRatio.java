package org.wealtharena.metrics;

/**
 * A ratio derived from recorded events over a sliding window, published to its gauge on every
 * event: successful / all arbitrage executions, filled / posted market-maker quotes. The window
 * holds the last {@value #BLOCK} to {@value #BLOCK}x2 events of the denominator: two blocks, the
 * older dropped when the newer fills up, so no per-event history is kept.
 *
 * <p>Setting the gauge by hand ({@link #setByHand}) wins: from then on the ratio is no longer
 * derived, so a caller that computes its own (the built-in agents do) is never overwritten.
 */
final class WindowedRatio {

  /** Denominator events per block. */
  static final int BLOCK = 100;

  private final BoundGauge gauge;

  /** False for a fill rate until the first fill: quotes alone do not make a fill rate of 0. */
  private final boolean publishWithoutNumerator;

  private volatile boolean byHand;
  private long numerator;
  private long denominator;
  private long olderNumerator;
  private long olderDenominator;
  private boolean numeratorSeen;

  WindowedRatio(BoundGauge gauge, boolean publishWithoutNumerator, boolean byHand) {
    this.gauge = gauge;
    this.publishWithoutNumerator = publishWithoutNumerator;
    this.byHand = byHand;
  }

  /** Adds {@code hits} to the numerator and {@code events} to the denominator, then publishes. */
  void add(long hits, long events) {
    if (byHand || hits < 0 || events < 0) {
      return; // negative counts were already rejected by the counter they came with
    }
    double ratio;
    synchronized (this) {
      numerator += hits;
      denominator += events;
      numeratorSeen |= hits > 0;
      if (denominator >= BLOCK) {
        olderNumerator = numerator;
        olderDenominator = denominator;
        numerator = 0;
        denominator = 0;
      }
      long all = denominator + olderDenominator;
      if (all == 0 || !(numeratorSeen || publishWithoutNumerator)) {
        return;
      }
      // fills of quotes posted before the window can outnumber its quotes
      ratio = Math.min(1.0, (double) (numerator + olderNumerator) / all);
    }
    gauge.set(ratio);
  }

  /** The gauge is set by hand from now on. */
  void setByHand() {
    if (!byHand) {
      byHand = true;
    }
  }

  /** One kind of event of a series: {@code hitsPerEvent} is 1 for a success, else 0. */
  record Event(WindowedRatio window, long hitsPerEvent) {
    void record(long events) {
      window.add(hitsPerEvent * events, events);
    }
  }
}
