package org.wealtharena.cli;

import java.time.Duration;
import org.wealtharena.cli.config.DurationText;
import org.wealtharena.metrics.runs.RunSeriesJanitor;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --stale-run-ttl}, for the commands that train: how long finished runs' series stay. */
final class StaleRunTtl {

  @Option(
      names = "--stale-run-ttl",
      paramLabel = "TIME",
      defaultValue = "10m",
      converter = Converter.class,
      description =
          "Drop a finished run's run_id series (current iteration, reward mean) this long after it"
              + " ends, e.g. 10m or 1h; 0 keeps them. Default: ${DEFAULT-VALUE}.")
  Duration ttl = RunSeriesJanitor.DEFAULT_TTL;

  Duration ttl() {
    return ttl;
  }

  /** A duration like {@code 10m}, or {@code 0}. */
  static final class Converter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String text) {
      if (text.trim().matches("0+")) {
        return Duration.ZERO;
      }
      return DurationText.parse(text)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "'"
                          + text
                          + "' is not a duration like 10m or 1h, or 0 to keep finished runs' series"));
    }
  }
}
