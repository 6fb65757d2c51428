package org.wealtharena.market.realism;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.wealtharena.market.replay.Bar;
import org.wealtharena.market.replay.BarSeries;

/**
 * The stylized facts of real bars, at the bars' own frequency: close-to-close returns within a
 * trading day for intraday bars (each day one series, its volume shape from the time since the
 * day's first bar), or over the whole file for daily bars.
 */
public final class ReferenceBars {
  private ReferenceBars() {}

  /**
   * @throws IllegalArgumentException if the files' bar intervals differ
   */
  public static StylizedFacts facts(List<BarSeries> files) {
    long interval = files.get(0).barNanos();
    for (BarSeries series : files) {
      if (series.barNanos() != interval) {
        throw new IllegalArgumentException(
            series.source()
                + ": bars of "
                + Duration.ofNanos(series.barNanos())
                + ", but "
                + files.get(0).source()
                + " has bars of "
                + Duration.ofNanos(interval)
                + "; give reference files of one frequency");
      }
    }
    StylizedFacts facts = new StylizedFacts(interval);
    for (BarSeries series : files) {
      if (series.intraday()) {
        List<Bar> day = new ArrayList<>();
        LocalDate date = null;
        for (Bar bar : series.bars()) {
          if (date != null && !bar.start().toLocalDate().equals(date)) {
            add(facts, day, true);
            day.clear();
          }
          date = bar.start().toLocalDate();
          day.add(bar);
        }
        add(facts, day, true);
      } else {
        add(facts, series.bars(), false);
      }
    }
    return facts;
  }

  private static void add(StylizedFacts facts, List<Bar> bars, boolean intraday) {
    if (bars.size() < 2) {
      return;
    }
    double[] closes = new double[bars.size()];
    double[] volumes = new double[bars.size() - 1];
    for (int i = 0; i < bars.size(); i++) {
      closes[i] = bars.get(i).close();
      if (i > 0) {
        volumes[i - 1] = bars.get(i).volume();
      }
    }
    // The i-th return ends with bar i + 1 and carries its volume; the day opens with bar 0.
    long firstSinceOpen =
        intraday ? Duration.between(bars.get(0).start(), bars.get(1).start()).toNanos() : -1;
    facts.addSeries(closes, volumes, firstSinceOpen);
  }
}
