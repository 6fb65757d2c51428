package org.wealtharena.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wealtharena.cli.config.DurationText;
import org.wealtharena.market.sim.MarketConfig;
import picocli.CommandLine.Option;

/**
 * What market {@code simulate} runs, for how long and on which seed, in one mixin: the place for
 * every further market option, each read into {@link #setup()}.
 */
final class MarketOptions {

  /** One session of the embedded market. */
  private static final Duration SESSION = Duration.ofMinutes(390);

  @Option(
      names = "--duration",
      paramLabel = "TIME",
      converter = DurationText.Converter.class,
      description =
          "Simulated time to run, e.g. 6.5h, 30m, 90s. Default: one session (6.5h), or with --csv"
              + " the replayed bars' whole span (a daily bar is one session).")
  Duration duration;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      defaultValue = "42",
      description =
          "Seed of every random choice; the same seed gives the same fills. Default:"
              + " ${DEFAULT-VALUE}.")
  long seed;

  @Option(
      names = "--symbols",
      split = ",",
      paramLabel = "SYMBOL",
      description =
          "Symbols of the embedded market (default: all of AAPL,MSFT,GOOGL,AMZN,NVDA);"
              + " with a --csv directory, the files to replay by symbol; with a --csv file, its"
              + " one symbol's name.")
  List<String> symbols;

  @Option(
      names = "--csv",
      paramLabel = "FILE|DIR",
      description =
          "Replay bars as the fundamental paths: one file, or a directory with one SYMBOL.csv per"
              + " symbol, aligned on their common dates. Columns Date (or date_utc, timestamp),"
              + " Open,High,Low,Close,Volume, optional Adj Close, others ignored; daily or"
              + " intraday. Formats in docs/market.md.")
  Path csv;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "With --csv: first date replayed (yyyy-MM-dd, inclusive).")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "With --csv: last date replayed (yyyy-MM-dd, inclusive).")
  LocalDate to;

  @Option(
      names = "--arb-advantage",
      paramLabel = "TIME",
      defaultValue = "0",
      converter = DurationText.Converter.class,
      description =
          "Latency advantage of our arbitrageur: the background arbitrageurs reach the venues this"
              + " much later than an agent's order (e.g. 0.5ms, 5ms). Default: 0, they are as"
              + " fast as anyone.")
  Duration arbitrageAdvantage;

  @Option(
      names = "--tape",
      paramLabel = "DIR",
      description =
          "Write the tape into DIR: venues.csv, quotes.csv (top of book of every venue and symbol"
              + " once per simulated second) and trades.csv (every trade with its aggressor side);"
              + " schema in docs/market.md. Not with --coordination.")
  Path tape;

  /**
   * The market, seed and duration given.
   *
   * @throws CliException for a zero duration, unknown symbols, or an unreadable or malformed file
   */
  SimulationSetup setup() {
    if (duration != null && duration.isZero()) {
      throw new CliException("--duration must be positive, like 6.5h, 30m, 90s or 250ms; got 0");
    }
    List<String> notes = new ArrayList<>();
    MarketChoice.Chosen chosen =
        MarketChoice.of(symbols, csv, from, to, MarketChoice.Origins.FLAGS, notes);
    long runNanos =
        duration != null ? duration.toNanos() : chosen.replayNanos().orElse(SESSION.toNanos());
    chosen.replayNanos().ifPresent(span -> MarketChoice.notePastEnd(span, runNanos, notes));
    MarketConfig market = chosen.config();
    market = market.withFlow(market.flow().withArbitrageAdvantage(arbitrageAdvantage.toNanos()));
    return new SimulationSetup(market, seed, runNanos, notes, Optional.ofNullable(tape));
  }
}
