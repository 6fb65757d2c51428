package org.wealtharena.market.replay;

import java.util.List;

/**
 * Bars read from one file, in time order.
 *
 * @param barNanos the simulated time one bar spans: a session for daily bars, the bar interval for
 *     intraday bars
 * @param gaps missing business days, and for intraday bars missing intervals within a day
 */
public record BarSeries(String source, List<Bar> bars, boolean intraday, long barNanos, int gaps) {

  public BarSeries {
    if (bars.isEmpty()) {
      throw new IllegalArgumentException(source + ": no bars");
    }
    bars = List.copyOf(bars);
  }

  /** The same file's bars restricted to {@code kept} (a subsequence of them). */
  public BarSeries withBars(List<Bar> kept) {
    return new BarSeries(source, kept, intraday, barNanos, gaps);
  }
}
