package org.wealtharena.cli;

import java.nio.file.Path;
import java.time.Duration;
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

  @Option(
      names = "--duration",
      defaultValue = "6.5h",
      paramLabel = "TIME",
      converter = DurationText.Converter.class,
      description = "Simulated time to run, e.g. 6.5h (one session, the default), 30m, 90s.")
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
              + " with --csv, the one symbol name of the replayed file.")
  List<String> symbols;

  @Option(
      names = "--csv",
      paramLabel = "FILE",
      description =
          "Replay this bar file (Date,Open,High,Low,Close,Volume[,Adj Close]) as the"
              + " fundamental path; the symbol is the file name unless --symbols names it.")
  Path csv;

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
    if (duration.isZero()) {
      throw new CliException("--duration must be positive, like 6.5h, 30m, 90s or 250ms; got 0");
    }
    List<String> warnings = new ArrayList<>();
    MarketConfig market = MarketChoice.of(symbols, csv, warnings);
    market = market.withFlow(market.flow().withArbitrageAdvantage(arbitrageAdvantage.toNanos()));
    return new SimulationSetup(
        market, seed, duration.toNanos(), warnings, Optional.ofNullable(tape));
  }
}
