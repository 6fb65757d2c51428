package org.wealtharena.market.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.sim.FillDigest;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.market.sim.MarketSimulation;

class TapeCsvTest {
  private static final long FIVE_MINUTES = 5 * SimulationClock.MINUTE;

  private static Tape record(long seed, FillDigest digest) {
    MarketSimulation simulation = MarketSimulation.create(MarketConfig.defaultMarket(), seed);
    simulation.addFillListener(digest);
    Tape tape = TapeRecorder.attach(simulation);
    simulation.advanceTo(FIVE_MINUTES);
    return tape;
  }

  @Test
  void recordingDoesNotChangeTheMarketAndTheSameSeedWritesTheSameTape(@TempDir Path dir)
      throws IOException {
    FillDigest recorded = new FillDigest();
    Tape tape = record(9, recorded);
    MarketSimulation plain = MarketSimulation.create(MarketConfig.defaultMarket(), 9);
    FillDigest unrecorded = new FillDigest();
    plain.addFillListener(unrecorded);
    plain.advanceTo(FIVE_MINUTES);
    assertThat(recorded.hex()).isEqualTo(unrecorded.hex());

    TapeCsv.write(tape, dir.resolve("a"));
    TapeCsv.write(record(9, new FillDigest()), dir.resolve("b"));
    for (String file : List.of(TapeCsv.VENUES, TapeCsv.QUOTES, TapeCsv.TRADES)) {
      assertThat(Files.readAllBytes(dir.resolve("a").resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
    }
    assertThat(tape.snapshots()).isEqualTo(300);
    assertThat(tape.trades()).isEqualTo((int) recorded.fills());
  }

  @Test
  void readingGivesBackTheTapeWritten(@TempDir Path dir) {
    Tape tape = record(4, new FillDigest());
    TapeCsv.write(tape, dir);
    Tape read = TapeCsv.read(dir);
    assertThat(read.venues()).isEqualTo(tape.venues());
    assertThat(read.symbols()).isEqualTo(tape.symbols());
    assertThat(read.snapshots()).isEqualTo(tape.snapshots());
    assertThat(read.trades()).isEqualTo(tape.trades());
    for (int v = 0; v < tape.venues().size(); v++) {
      assertThat(read.tickMicros(v)).isEqualTo(tape.tickMicros(v));
      assertThat(read.makerFeeMicros(v)).isEqualTo(tape.makerFeeMicros(v));
      assertThat(read.takerFeeMicros(v)).isEqualTo(tape.takerFeeMicros(v));
      for (int s = 0; s < tape.symbols().size(); s++) {
        for (int i = 0; i < tape.snapshots(); i += 7) {
          assertThat(read.bidMicros(v, s, i)).isEqualTo(tape.bidMicros(v, s, i));
          assertThat(read.askShares(v, s, i)).isEqualTo(tape.askShares(v, s, i));
        }
      }
    }
    for (int i = 0; i < tape.trades(); i += 13) {
      assertThat(read.tradeTime(i)).isEqualTo(tape.tradeTime(i));
      assertThat(read.tradePriceMicros(i)).isEqualTo(tape.tradePriceMicros(i));
      assertThat(read.tradeQuantity(i)).isEqualTo(tape.tradeQuantity(i));
      assertThat(read.tradeAggressor(i)).isEqualTo(tape.tradeAggressor(i));
      assertThat(read.tradeVenue(i)).isEqualTo(tape.tradeVenue(i));
    }
  }

  @Test
  void dollarsAreWrittenExactly() {
    assertThat(TapeCsv.dollars(new StringBuilder(), 190_010_000).toString()).isEqualTo("190.01");
    assertThat(TapeCsv.dollars(new StringBuilder(), -2_000).toString()).isEqualTo("-0.002");
    assertThat(TapeCsv.dollars(new StringBuilder(), 7).toString()).isEqualTo("0.000007");
    assertThat(TapeCsv.dollars(new StringBuilder(), 5_000_000).toString()).isEqualTo("5");
  }

  @Test
  void aBadRowIsReportedWithFileLineColumnAndValue(@TempDir Path dir) throws IOException {
    TapeCsv.write(record(2, new FillDigest()), dir);
    Path trades = dir.resolve(TapeCsv.TRADES);
    List<String> lines = Files.readAllLines(trades);
    lines.set(3, lines.get(3).replaceFirst(",[0-9]+,(buy|sell)$", ",12x,$1"));
    Files.write(trades, lines);
    assertThatThrownBy(() -> TapeCsv.read(dir))
        .isInstanceOf(TapeFormatException.class)
        .hasMessage(trades + ":4: quantity '12x' is not an integer");
  }
}
