package org.wealtharena.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The out-of-distribution markets every evaluation (train, compare, evaluate) plays beside the
 * held-out seeds of the training market.
 */
final class OutOfDistributionOptions {

  @Option(
      names = "--ood-volatility",
      paramLabel = "FACTOR",
      defaultValue = "2",
      description =
          "Out-of-distribution market: the training market with its volatility times FACTOR"
              + " (default: ${DEFAULT-VALUE}).")
  double oodVolatility;

  @Option(
      names = "--ood-csv",
      paramLabel = "DIR",
      description =
          "Out-of-distribution market: replay this bar directory (e.g. data/ood-stocks, formats in"
              + " docs/market.md) on dates training did not use (default: none).")
  Path oodCsv;

  @Option(
      names = "--ood-from",
      paramLabel = "DATE",
      description = "With --ood-csv: first date replayed (yyyy-MM-dd, inclusive).")
  String oodFrom;

  @Option(
      names = "--ood-to",
      paramLabel = "DATE",
      description = "With --ood-csv: last date replayed (yyyy-MM-dd, inclusive).")
  String oodTo;

  /** The replayed out-of-distribution universe and its date range. */
  record Replay(Path csv, LocalDate from, LocalDate to) {}

  /**
   * The checked settings.
   *
   * @param volatility factor of the training market's volatility in the other regime
   */
  record Markets(double volatility, Optional<Replay> replay) {}

  Markets resolve() {
    if (!(oodVolatility > 0) || Double.isInfinite(oodVolatility)) {
      throw new CliException(
          "--ood-volatility: must be a positive factor such as 2, got " + oodVolatility);
    }
    if (oodCsv == null && (oodFrom != null || oodTo != null)) {
      throw new CliException("--ood-from/--ood-to select dates of replayed bars; give --ood-csv");
    }
    Optional<Replay> replay =
        oodCsv == null
            ? Optional.empty()
            : Optional.of(new Replay(oodCsv, date("--ood-from", oodFrom), date("--ood-to", oodTo)));
    return new Markets(oodVolatility, replay);
  }

  private static LocalDate date(String option, String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new CliException(option + ": expected a date yyyy-MM-dd, got " + text, e);
    }
  }
}
