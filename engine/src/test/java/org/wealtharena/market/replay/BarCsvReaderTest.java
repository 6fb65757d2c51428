package org.wealtharena.market.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wealtharena.market.SimulationClock;

class BarCsvReaderTest {
  private static final String HEADER = "Date,Open,High,Low,Close,Volume\n";

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void readsDailyBars() throws IOException {
    Path file =
        write(
            "AAPL.csv",
            HEADER
                + "2024-01-02,187.15,188.44,183.89,185.64,82488700\n"
                + "2024-01-03,184.22,185.88,183.43,184.25,58414500\n");
    BarSeries series = BarCsvReader.read(file);
    assertThat(series.bars()).hasSize(2);
    assertThat(series.intraday()).isFalse();
    assertThat(series.barNanos()).isEqualTo(SimulationClock.SESSION);
    assertThat(series.bars().get(1).close()).isEqualTo(184.25);
    assertThat(series.bars().get(1).line()).isEqualTo(3);
    assertThat(series.warnings()).isEmpty();
  }

  @Test
  void yahooAdjCloseScalesTheBar() throws IOException {
    Path file =
        write(
            "y.csv",
            "Date,Open,High,Low,Close,Adj Close,Volume\n" + "2024-01-02,100,110,90,100,50,1000\n");
    Bar bar = BarCsvReader.read(file).bars().get(0);
    assertThat(new double[] {bar.open(), bar.high(), bar.low(), bar.close()})
        .containsExactly(50, 55, 45, 50);
  }

  @Test
  void missingBusinessDaysAreWarningsNotErrors() throws IOException {
    Path file =
        write(
            "gap.csv",
            HEADER
                + "2024-01-04,10,11,9,10,100\n"
                + "2024-01-05,10,11,9,10,100\n" // Friday
                + "2024-01-08,10,11,9,10,100\n" // Monday: the weekend is no gap
                + "2024-01-11,10,11,9,10,100\n"); // Tuesday and Wednesday missing
    BarSeries series = BarCsvReader.read(file);
    assertThat(series.bars()).hasSize(4);
    assertThat(series.warnings())
        .singleElement()
        .asString()
        .startsWith(file + ":5: 2 business day(s) missing between 2024-01-08 and 2024-01-11");
  }

  @Test
  void intradayBarsUseTheirIntervalAndReportMissingIntervals() throws IOException {
    Path file =
        write(
            "i.csv",
            "Datetime,Open,High,Low,Close,Volume\n"
                + "2024-01-02 09:30:00-05:00,10,11,9,10,100\n"
                + "2024-01-02 09:35:00-05:00,10,11,9,10,100\n"
                + "2024-01-02 09:50:00-05:00,10,11,9,10,100\n");
    BarSeries series = BarCsvReader.read(file);
    assertThat(series.intraday()).isTrue();
    assertThat(series.barNanos()).isEqualTo(5 * SimulationClock.MINUTE);
    assertThat(series.warnings()).singleElement().asString().contains(":4: 2 interval(s) missing");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      non-positive price    | 2024-01-03,0,11,9,10,100        | 3 | Open must be positive, was 0.0
      negative close        | 2024-01-03,10,11,9,-1,100       | 3 | Close must be positive
      not a number          | 2024-01-03,10,abc,9,10,100      | 3 | High 'abc' is not a number
      Yahoo null row        | 2024-01-03,null,null,null,null,null | 3 | Open 'null' is not a number
      too few fields        | 2024-01-03,10,11,9              | 3 | expected 6 fields like the header, found 4
      bad date              | 03/01/2024,10,11,9,10,100       | 3 | Date '03/01/2024' is not yyyy-MM-dd
      high below low        | 2024-01-03,10,9,11,10,100       | 3 | High 9.0 is below Low 11.0
      close above high      | 2024-01-03,10,11,9,12,100       | 3 | Open and Close must lie within Low..High
      negative volume       | 2024-01-03,10,11,9,10,-5        | 3 | Volume must not be negative
      out of order          | 2024-01-01,10,11,9,10,100       | 3 | is not after the previous row's
      """)
  void malformedRowsNameFileAndLine(String what, String row, int line, String message)
      throws IOException {
    Path file = write("bad.csv", HEADER + "2024-01-02,10,11,9,10,100\n" + row + "\n");
    assertThatThrownBy(() -> BarCsvReader.read(file))
        .isInstanceOf(BarFormatException.class)
        .hasMessageStartingWith(file + ":" + line + ": ")
        .hasMessageContaining(message);
  }

  @Test
  void badHeaderIsLineOne() throws IOException {
    Path file = write("h.csv", "Date,Open,High,Low,Volume\n2024-01-02,10,11,9,100\n");
    assertThatThrownBy(() -> BarCsvReader.read(file))
        .hasMessage(
            file
                + ":1: header has no Close column (expected "
                + "Date,Open,High,Low,Close,Volume, optionally Adj Close)");
  }

  @Test
  void emptyFileAndHeaderOnly() throws IOException {
    Path empty = write("e.csv", "");
    assertThatThrownBy(() -> BarCsvReader.read(empty)).hasMessageStartingWith(empty + ":1: empty");
    Path headerOnly = write("ho.csv", HEADER);
    assertThatThrownBy(() -> BarCsvReader.read(headerOnly))
        .hasMessageStartingWith(headerOnly + ":2: no data rows");
  }

  @Test
  void replayWalksOpenExtremesClose() throws IOException {
    Path file =
        write(
            "r.csv",
            HEADER
                + "2024-01-02,100,110,95,105,1\n" // up bar: open, low, high, close
                + "2024-01-03,104,106,90,91,1\n"); // down bar: open, high, low, close
    BarReplay replay = new BarReplay(BarCsvReader.read(file));
    long third = SimulationClock.SESSION / 3;
    assertThat(replay.priceAt(0)).isCloseTo(100, within(1e-9));
    assertThat(replay.priceAt(third)).isCloseTo(95, within(1e-6));
    assertThat(replay.priceAt(2 * third)).isCloseTo(110, within(1e-6));
    assertThat(replay.priceAt(third / 2)).isBetween(95.0, 100.0);
    assertThat(replay.priceAt(SimulationClock.SESSION)).isCloseTo(104, within(1e-9));
    assertThat(replay.priceAt(SimulationClock.SESSION + third)).isCloseTo(106, within(1e-6));
    assertThat(replay.priceAt(10 * SimulationClock.SESSION)).isCloseTo(91, within(1e-9));
  }
}
