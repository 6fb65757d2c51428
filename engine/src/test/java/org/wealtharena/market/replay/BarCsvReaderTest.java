package org.wealtharena.market.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wealtharena.market.SimulationClock;

class BarCsvReaderTest {
  private static final String HEADER = "Date,Open,High,Low,Close,Volume\n";
  private static final String ROW = "2024-01-02,10,11,9,10,100\n";

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
    assertThat(series.gaps()).isZero();
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
  void exportersWiderFilesQuotedHeadersAndOtherDateNames() throws IOException {
    Path wide =
        write(
            "w.csv",
            "\"symbol\",\"date_utc\",\"open\",\"high\",\"low\",\"close\",\"volume\",\"vwap\"\n"
                + "\"X\",\"2024-01-02 14:30:00+00:00\",10,11,9,\"10.5\",100,10.2\n"
                + "\"X\",\"2024-01-02 14:31:00+00:00\",10.5,11,10,10.75,100,10.4\n");
    BarSeries series = BarCsvReader.read(wide);
    assertThat(series.intraday()).isTrue();
    assertThat(series.barNanos()).isEqualTo(SimulationClock.MINUTE);
    assertThat(series.bars().get(0).close()).isEqualTo(10.5);
    Path epoch = write("e.csv", "timestamp,open,high,low,close,volume\n1704205800,10,11,9,10,1\n");
    assertThat(BarCsvReader.read(epoch).bars().get(0).start().toString())
        .isEqualTo("2024-01-02T14:30");
  }

  @Test
  void byteOrderMarkAndCrlfAreAccepted() throws IOException {
    Path file =
        write(
            "bom.csv",
            "\uFEFF" + (HEADER + ROW + "2024-01-03,10,12,9,11,100\n").replace("\n", "\r\n"));
    BarSeries series = BarCsvReader.read(file);
    assertThat(series.bars()).hasSize(2);
    assertThat(series.bars().get(1).close()).isEqualTo(11);
    assertThat(series.bars().get(1).line()).isEqualTo(3);
  }

  @Test
  void missingBusinessDaysAndIntervalsAreCountedNotErrors() throws IOException {
    Path daily =
        write(
            "gap.csv",
            HEADER
                + "2024-01-04,10,11,9,10,100\n"
                + "2024-01-05,10,11,9,10,100\n" // Friday
                + "2024-01-08,10,11,9,10,100\n" // Monday: the weekend is no gap
                + "2024-01-11,10,11,9,10,100\n"); // Tuesday and Wednesday missing
    assertThat(BarCsvReader.read(daily).gaps()).isEqualTo(2);
    Path intraday =
        write(
            "i.csv",
            "Datetime,Open,High,Low,Close,Volume\n"
                + "2024-01-02 09:30:00-05:00,10,11,9,10,100\n"
                + "2024-01-02 09:35:00-05:00,10,11,9,10,100\n"
                + "2024-01-02 09:50:00-05:00,10,11,9,10,100\n");
    BarSeries series = BarCsvReader.read(intraday);
    assertThat(series.barNanos()).isEqualTo(5 * SimulationClock.MINUTE);
    assertThat(series.gaps()).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      zero price            | 2024-01-03,0,11,9,10,100        | Open must be positive, was 0
      negative close        | 2024-01-03,10,11,9,-1,100       | Close must be positive, was -1
      not a number          | 2024-01-03,10,abc,9,10,100      | High 'abc' is not a number
      Yahoo null row        | 2024-01-03,null,null,null,null,null | Open 'null' is not a number
      missing field         | 2024-01-03,10,11,9              | no Close field
      bad date              | 03/01/2024,10,11,9,10,100       | Date '03/01/2024' is not yyyy-MM-dd
      high below low        | 2024-01-03,10,9,11,10,100       | High 9.0 is below Low 11.0
      close above high      | 2024-01-03,10,11,9,12,100       | Close 12.0 must lie within Low..High
      negative volume       | 2024-01-03,10,11,9,10,-5        | Volume must not be negative
      unsorted              | 2024-01-01,10,11,9,10,100       | Date '2024-01-01' is before line 2's
      duplicate date        | 2024-01-02,10,11,9,10,100       | Date '2024-01-02' repeats line 2's
      """)
  void badRowsNameFileLineColumnAndValue(String what, String row, String message)
      throws IOException {
    Path file = write("bad.csv", HEADER + ROW + row + "\n");
    assertThatThrownBy(() -> BarCsvReader.read(file))
        .isInstanceOf(BarFormatException.class)
        .hasMessageStartingWith(file + ":3: ")
        .hasMessageContaining(message);
  }

  @Test
  void missingColumnIsLineOne() throws IOException {
    Path file = write("h.csv", "Date,Open,High,Low,Volume\n2024-01-02,10,11,9,100\n");
    assertThatThrownBy(() -> BarCsvReader.read(file))
        .hasMessageStartingWith(file + ":1: header has no Close column");
  }

  @Test
  void emptyFileAndHeaderOnlyAreRefused() throws IOException {
    Path empty = write("e.csv", "");
    assertThatThrownBy(() -> BarCsvReader.read(empty)).hasMessageStartingWith(empty + ":1: empty");
    Path headerOnly = write("ho.csv", HEADER);
    assertThatThrownBy(() -> BarCsvReader.read(headerOnly))
        .hasMessageStartingWith(headerOnly + ":2: no data rows");
  }

  @Test
  void aNonUtf8ByteIsAnErrorOnItsLine() throws IOException {
    byte[] latin1 =
        (HEADER + ROW + "2024-01-03,10,11,9,10,100 caf\u00e9\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(dir.resolve("l1.csv"), latin1);
    assertThatThrownBy(() -> BarCsvReader.read(file))
        .hasMessage(file + ":3: byte 0xE9 is not UTF-8 (save the file as UTF-8)");
  }

  @Test
  void replayPassesThroughOpenExtremesClose() throws IOException {
    Path file =
        write(
            "r.csv",
            HEADER
                + "2024-01-02,100,110,95,105,1\n" // up bar: open, low, high, close
                + "2024-01-03,104,106,90,91,1\n"); // down bar: open, high, low, close
    long step = SimulationClock.SECOND;
    BarReplay replay = new BarReplay(BarCsvReader.read(file), step);
    long third = SimulationClock.SESSION / 3;
    SplittableRandom random = new SplittableRandom(1);
    double price = replay.initialPrice(0);
    assertThat(price).isCloseTo(100, within(1e-9));
    double wandered = 0;
    for (long t = step; t <= 2 * SimulationClock.SESSION; t += step) {
      price = replay.next(price, 0, random.nextGaussian(), t, random);
      double straight = replay.waypointPrice(t);
      wandered = Math.max(wandered, Math.abs(Math.log(price / straight)));
      if (t == third) {
        assertThat(price).as("the low of the up bar").isCloseTo(95, within(1e-6));
      } else if (t == 2 * third) {
        assertThat(price).as("its high").isCloseTo(110, within(1e-6));
      } else if (t == SimulationClock.SESSION) {
        assertThat(price).as("the next open").isCloseTo(104, within(1e-6));
      } else if (t == SimulationClock.SESSION + third) {
        assertThat(price).as("the high of the down bar").isCloseTo(106, within(1e-6));
      }
    }
    assertThat(price).as("the last close").isCloseTo(91, within(1e-6));
    assertThat(wandered).as("the bridge wanders off the straight line").isGreaterThan(0.001);
    assertThat(replay.next(price, 0, 3, 10 * SimulationClock.SESSION, random))
        .as("after the last bar it holds the last close")
        .isCloseTo(91, within(1e-9));
  }
}
