package org.wealtharena.market.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.market.sim.MarketSimulation;

/** Replays a small universe of bar files: daily and one-minute, one with a gap, one Yahoo-style. */
class BarUniverseTest {
  private static final LocalDateTime START = LocalDateTime.of(2024, 1, 2, 9, 30);

  @TempDir Path dir;

  /** Bars of one symbol: a steady drift with a range around it, {@code skip} left out. */
  private Path write(
      Path folder, String symbol, int bars, boolean minutes, boolean yahoo, int skip, double base)
      throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("Date,Open,High,Low,Close" + (yahoo ? ",Adj Close" : "") + ",Volume");
    LocalDateTime t = START;
    for (int i = 0; i < bars; i++) {
      double open = base + i;
      double close = open + 0.5;
      if (i != skip) {
        String date = minutes ? t.toString().replace('T', ' ') + ":00" : t.toLocalDate().toString();
        lines.add(
            String.format(
                Locale.ROOT,
                "%s,%.2f,%.2f,%.2f,%.2f%s,1000",
                date,
                open,
                close + 1,
                open - 1,
                close,
                yahoo ? String.format(Locale.ROOT, ",%.4f", close / 2) : ""));
      }
      t = minutes ? t.plusMinutes(1) : nextBusinessDay(t);
    }
    Files.createDirectories(folder);
    return Files.write(folder.resolve(symbol + ".csv"), lines);
  }

  private static LocalDateTime nextBusinessDay(LocalDateTime t) {
    LocalDateTime next = t.plusDays(1);
    while (next.getDayOfWeek().getValue() > 5) {
      next = next.plusDays(1);
    }
    return next;
  }

  private Path universe(String name, boolean minutes) throws IOException {
    Path folder = dir.resolve(name);
    write(folder, "AAA", 10, minutes, false, -1, 100);
    write(folder, "BBB", 10, minutes, false, 4, 50); // a gap at its fifth bar
    write(folder, "CCC", 10, minutes, true, -1, 200); // Yahoo-style, Adj Close halves it
    write(folder, "DDD", 11, minutes, false, -1, 20); // one bar beyond the others
    return folder;
  }

  @Test
  void dailyUniverseIsAlignedReportedAndReplayed() throws IOException {
    BarUniverse universe = BarUniverse.read(universe("daily", false), null, null);
    assertThat(universe.names()).containsExactly("AAA", "BBB", "CCC", "DDD");
    assertThat(universe.series()).allSatisfy(s -> assertThat(s.bars()).hasSize(9));
    assertThat(universe.notes())
        .containsExactly(
            "AAA ("
                + dir.resolve("daily/AAA.csv")
                + "): 0 missing business days, 1 bars dropped"
                + " because another file lacks their time",
            "BBB ("
                + dir.resolve("daily/BBB.csv")
                + "): 1 missing business days, 0 bars dropped"
                + " because another file lacks their time",
            "CCC ("
                + dir.resolve("daily/CCC.csv")
                + "): 0 missing business days, 1 bars dropped"
                + " because another file lacks their time",
            "DDD ("
                + dir.resolve("daily/DDD.csv")
                + "): 0 missing business days, 2 bars dropped"
                + " because another file lacks their time");
    assertThat(universe.durationNanos()).isEqualTo(9 * SimulationClock.SESSION);
    replaysEveryClose(universe);
  }

  @Test
  void minuteUniverseIsReplayedAtItsInterval() throws IOException {
    BarUniverse universe = BarUniverse.read(universe("minutes", true), null, null);
    assertThat(universe.series())
        .allSatisfy(s -> assertThat(s.barNanos()).isEqualTo(60_000_000_000L));
    assertThat(universe.durationNanos()).isEqualTo(9 * SimulationClock.MINUTE);
    assertThat(universe.notes().get(1))
        .contains("BBB")
        .contains(": 1 missing business days or intervals");
    replaysEveryClose(universe);
  }

  /** The market's fundamentals stand on each bar's close at its end, the last one ever after. */
  private static void replaysEveryClose(BarUniverse universe) {
    MarketSimulation simulation = MarketSimulation.create(MarketConfig.replay(universe), 7);
    List<BarSeries> series = universe.series();
    long barNanos = series.get(0).barNanos();
    for (int bar = 0; bar < series.get(0).bars().size(); bar++) {
      simulation.advanceTo((bar + 1) * barNanos - 1);
      simulation.advanceTo((bar + 1) * barNanos);
      for (int s = 0; s < series.size(); s++) {
        Bar expected = series.get(s).bars().get(Math.min(bar + 1, series.get(s).bars().size() - 1));
        double price = simulation.fundamental(s);
        if (bar + 1 < series.get(s).bars().size()) {
          assertThat(price).as("next open").isCloseTo(expected.open(), within(1e-6));
        } else {
          assertThat(price).as("last close").isCloseTo(expected.close(), within(1e-6));
        }
      }
    }
    assertThat(series.get(2).bars().get(0).close())
        .as("CCC is adjusted")
        .isCloseTo(100.25, within(1e-9));
  }

  @Test
  void fromAndToSelectDates() throws IOException {
    Path folder = universe("range", false);
    BarUniverse universe =
        BarUniverse.read(folder, LocalDate.of(2024, 1, 4), LocalDate.of(2024, 1, 5));
    assertThat(universe.series())
        .allSatisfy(
            s ->
                assertThat(s.bars())
                    .extracting(b -> b.start().toLocalDate().toString())
                    .containsExactly("2024-01-04", "2024-01-05"));
    assertThatThrownBy(() -> BarUniverse.read(folder, LocalDate.of(2030, 1, 1), null))
        .isInstanceOf(BarFormatException.class)
        .hasMessageContaining("AAA.csv:2: no bar left to replay in 2030-01-01..the end");
  }

  @Test
  void mixedIntervalsAndEmptyDirectoriesAreRefused() throws IOException {
    Path mixed = dir.resolve("mixed");
    write(mixed, "AAA", 3, false, false, -1, 10);
    write(mixed, "BBB", 3, true, false, -1, 10);
    assertThatThrownBy(() -> BarUniverse.read(mixed, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BBB.csv has bars of PT1M but")
        .hasMessageContaining("AAA.csv of one day");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> BarUniverse.read(empty, null, null))
        .hasMessage(empty + ": no .csv files in the directory");
  }

  @Test
  void aTenMillionDollarStockReplaysAndTrades() throws IOException {
    BarUniverse universe =
        BarUniverse.read(write(dir, "TEN", 3, true, false, -1, 10_000_000), null, null);
    MarketSimulation simulation = MarketSimulation.create(MarketConfig.replay(universe), 7);
    List<Double> prices = new ArrayList<>();
    simulation.addFillListener(fill -> prices.add(fill.priceMicros() / 1e6));
    simulation.advanceTo(SimulationClock.MINUTE);
    assertThat(prices).hasSizeGreaterThan(10).allSatisfy(p -> assertThat(p).isBetween(9e6, 11e6));
  }

  @Test
  void pricesAboveWhatTheBooksHoldAreRefusedNamingTheRow() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("BIG.csv"),
            "Date,Open,High,Low,Close,Volume\n2024-01-02,10,11,9,10,1\n2024-01-03,1e11,1e11,1e11,1e11,1\n");
    BarUniverse universe = BarUniverse.read(file, null, null);
    assertThatThrownBy(() -> MarketConfig.replay(universe))
        .isInstanceOf(BarFormatException.class)
        .hasMessageStartingWith(file + ":3: High 1.0E11 is above $");
  }
}
