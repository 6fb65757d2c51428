package org.wealtharena.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.wealtharena.market.replay.BarCsvReader;
import org.wealtharena.market.replay.BarFormatException;
import org.wealtharena.market.replay.BarSeries;
import org.wealtharena.market.sim.MarketConfig;

/**
 * The market a command runs on: the embedded one (all or some of its symbols) or one replayed bar
 * file.
 */
final class MarketChoice {

  private MarketChoice() {}

  /**
   * @param symbols symbols of the embedded market (null or empty: all); with {@code csv}, at most
   *     one, the replayed symbol's name (default: the file name)
   * @param csv bar file to replay as the fundamental path, or null
   * @param warnings collects what the bar reader skipped or repaired
   * @throws CliException for unknown symbols or an unreadable or malformed file
   */
  static MarketConfig of(List<String> symbols, Path csv, List<String> warnings) {
    boolean allSymbols = symbols == null || symbols.isEmpty();
    if (csv == null) {
      try {
        return allSymbols
            ? MarketConfig.defaultMarket()
            : MarketConfig.defaultMarket().withSymbols(symbols);
      } catch (IllegalArgumentException e) {
        throw new CliException("--symbols: " + e.getMessage(), e);
      }
    }
    if (!allSymbols && symbols.size() != 1) {
      throw new CliException("--csv replays one symbol; give --symbols one name or none");
    }
    if (!Files.isRegularFile(csv) || !Files.isReadable(csv)) {
      throw new CliException(csv + ": no such readable file");
    }
    String name = allSymbols ? symbolFromFileName(csv) : symbols.get(0);
    try {
      BarSeries series = BarCsvReader.read(csv);
      warnings.addAll(series.warnings());
      return MarketConfig.replay(List.of(name), List.of(series));
    } catch (BarFormatException | UncheckedIOException e) {
      throw new CliException(e.getMessage(), e);
    }
  }

  private static String symbolFromFileName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name).toUpperCase(Locale.ROOT);
  }

  /**
   * Prints what the bar reader skipped or repaired, one {@code wealtharena: warning:} line each.
   */
  static void printWarnings(PrintWriter err, List<String> warnings) {
    warnings.forEach(w -> err.println("wealtharena: warning: " + w));
    err.flush();
  }
}
