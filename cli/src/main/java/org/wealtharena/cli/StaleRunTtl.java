package org.wealtharena.cli;

import java.time.Duration;
import org.wealtharena.cli.config.DurationText;
import picocli.CommandLine.Option;

/**
 * {@code --stale-run-ttl}, for the commands that train: how long finished runs' series stay. Its
 * default is {@code RunSeriesJanitor.DEFAULT_TTL}'s, written out for the help (checked by a test).
 */
final class StaleRunTtl {

  @Option(
      names = "--stale-run-ttl",
      paramLabel = "TIME",
      defaultValue = "10m",
      converter = DurationText.Converter.class,
      description =
          "Drop a finished run's run_id series (current iteration, reward mean) this long after it"
              + " ends, e.g. 10m or 1h; 0 keeps them. Default: ${DEFAULT-VALUE}.")
  Duration ttl;

  Duration ttl() {
    return ttl;
  }
}
