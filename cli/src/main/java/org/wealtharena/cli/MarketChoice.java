package org.wealtharena.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.wealtharena.agents.DefaultTeam;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.replay.BarFormatException;
import org.wealtharena.market.replay.BarUniverse;
import org.wealtharena.market.sim.MarketConfig;

/**
 * The market a command runs on: the embedded one (all or some of its symbols) or replayed bar
 * files, one file or a directory of them.
 */
final class MarketChoice {

  private MarketChoice() {}

  /**
   * A chosen market.
   *
   * @param replayNanos simulated time the replayed bars span; empty for the embedded market
   */
  record Chosen(MarketConfig config, OptionalLong replayNanos) {}

  /** Where each setting came from, to blame the right option or YAML key in errors. */
  record Origins(String symbols, String csv, String range) implements java.io.Serializable {
    static final Origins FLAGS = new Origins("--symbols", "--csv", "--from/--to");
    static final Origins TRAINING = new Origins("market.symbols", "market.csv", "market.from/to");
    static final Origins OUT_OF_DISTRIBUTION =
        new Origins("--ood-csv", "--ood-csv", "--ood-from/--ood-to");
  }

  /**
   * @param symbols symbols of the embedded market (null or empty: all); with a {@code csv} file, at
   *     most one, the replayed symbol's name (default: the file name); with a {@code csv}
   *     directory, the files to replay by symbol (default: all)
   * @param csv bar file or directory of bar files to replay as the fundamental paths, or null
   * @param from first replayed date, or null
   * @param to last replayed date, or null
   * @param notes collects what the bar reader counted (gaps, dropped bars) and who sits out
   * @throws CliException for unknown or repeated symbols, or an unreadable or malformed file
   */
  static Chosen of(
      List<String> symbols,
      Path csv,
      LocalDate from,
      LocalDate to,
      Origins origins,
      List<String> notes) {
    boolean allSymbols = symbols == null || symbols.isEmpty();
    if (csv == null) {
      if (from != null || to != null) {
        throw new CliException(
            origins.range() + " select dates of replayed bars; give " + origins.csv());
      }
      MarketConfig config;
      try {
        config =
            allSymbols
                ? MarketConfig.defaultMarket()
                : MarketConfig.defaultMarket().withSymbols(symbols);
      } catch (IllegalArgumentException e) {
        throw new CliException(origins.symbols() + ": " + e.getMessage(), e);
      }
      noteSitOut(config, notes);
      return new Chosen(config, OptionalLong.empty());
    }
    BarUniverse universe;
    try {
      Map<String, Path> files = BarUniverse.files(csv);
      if (!allSymbols) {
        files = pick(files, symbols, Files.isDirectory(csv), origins);
      }
      universe = BarUniverse.read(files, from, to);
    } catch (BarFormatException | UncheckedIOException e) {
      throw new CliException(e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new CliException(origins.csv() + ": " + e.getMessage(), e);
    }
    notes.addAll(universe.notes());
    try {
      MarketConfig config = MarketConfig.replay(universe);
      noteSitOut(config, notes);
      return new Chosen(config, OptionalLong.of(universe.durationNanos()));
    } catch (BarFormatException e) {
      throw new CliException(e.getMessage(), e);
    }
  }

  /** A file's one symbol renamed, or a directory's files picked by symbol. */
  private static Map<String, Path> pick(
      Map<String, Path> files, List<String> symbols, boolean directory, Origins origins) {
    if (!directory) {
      if (symbols.size() != 1) {
        throw new CliException(
            origins.symbols() + ": a bar file replays one symbol; give one name or none");
      }
      return Map.of(symbols.get(0), files.values().iterator().next());
    }
    Map<String, Path> picked = new LinkedHashMap<>();
    for (String symbol : symbols) {
      Path file = files.get(symbol);
      if (file == null) {
        throw new CliException(
            origins.symbols()
                + ": no file for symbol "
                + symbol
                + " (the directory has "
                + String.join(", ", files.keySet())
                + ")");
      }
      if (picked.put(symbol, file) != null) {
        throw new CliException(origins.symbols() + ": duplicate symbol " + symbol);
      }
    }
    return picked;
  }

  /** A note when a run goes on past the replayed bars, saying how much of it was replayed. */
  static void notePastEnd(long replayNanos, long runNanos, List<String> notes) {
    if (runNanos > replayNanos) {
      notes.add(
          "the bars span "
              + hours(replayNanos)
              + " of simulated time: the first "
              + hours(replayNanos)
              + " of the "
              + hours(runNanos)
              + " run replay them, the rest holds each symbol's last close");
    }
  }

  private static String hours(long nanos) {
    return String.format(
        Locale.ROOT,
        "%.2fh (%.2f sessions)",
        nanos / 3.6e12,
        nanos / (double) SimulationClock.SESSION);
  }

  private static void noteSitOut(MarketConfig config, List<String> notes) {
    if (DefaultTeam.portfolioSitsOut(config.symbolNames())) {
      notes.add(
          "one symbol ("
              + config.symbolNames().get(0)
              + "): the portfolio agent sits out, a portfolio needs at least two");
    }
  }

  /**
   * Prints the notes of the market choice (gaps, dropped bars, who sits out), one {@code
   * wealtharena: note:} line each.
   */
  static void printNotes(PrintWriter err, List<String> notes) {
    notes.forEach(w -> err.println("wealtharena: note: " + w));
    err.flush();
  }
}
