package org.wealtharena.market.replay;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Bars read from one file, in time order.
 *
 * @param barNanos the simulated time one bar spans: a session for daily bars, the bar interval for
 *     intraday bars
 */
public record BarSeries(String source, List<Bar> bars, boolean intraday, long barNanos) {

  public BarSeries {
    if (bars.isEmpty()) {
      throw new IllegalArgumentException(source + ": no bars");
    }
    bars = List.copyOf(bars);
  }

  /** The same file's bars restricted to {@code kept} (a subsequence of them). */
  public BarSeries withBars(List<Bar> kept) {
    return new BarSeries(source, kept, intraday, barNanos);
  }

  /**
   * Missing business days between the bars (holidays count: the file cannot tell them apart), and
   * for intraday bars missing intervals within a day.
   */
  public long gaps() {
    long gaps = 0;
    for (int i = 1; i < bars.size(); i++) {
      LocalDateTime previous = bars.get(i - 1).start();
      LocalDateTime bar = bars.get(i).start();
      gaps += businessDaysBetween(previous.toLocalDate(), bar.toLocalDate());
      if (intraday && previous.toLocalDate().equals(bar.toLocalDate())) {
        gaps += Duration.between(previous, bar).toNanos() / barNanos - 1;
      }
    }
    return gaps;
  }

  /** Weekdays strictly between two dates. */
  private static long businessDaysBetween(LocalDate from, LocalDate to) {
    long count = 0;
    for (LocalDate d = from.plusDays(1); d.isBefore(to); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        count++;
      }
    }
    return count;
  }
}
