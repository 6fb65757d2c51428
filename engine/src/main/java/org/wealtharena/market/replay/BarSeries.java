package org.wealtharena.market.replay;

import java.util.List;

/**
 * Bars read from one file, in time order, with the warnings found on the way (missing business days
 * or intervals), each as {@code file:line: text}.
 *
 * @param barNanos the simulated time one bar spans: a session for daily bars, the bar interval for
 *     intraday bars
 */
public record BarSeries(
    String source, List<Bar> bars, boolean intraday, long barNanos, List<String> warnings) {

  public BarSeries {
    if (bars.isEmpty()) {
      throw new IllegalArgumentException(source + ": no bars");
    }
    bars = List.copyOf(bars);
    warnings = List.copyOf(warnings);
  }
}
