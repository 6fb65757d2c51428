package org.wealtharena.cli;

import java.time.Duration;
import org.wealtharena.cli.config.DurationText;
import org.wealtharena.metrics.runs.RunSeriesJanitor;
import picocli.CommandLine.Option;

/** {@code --stale-run-ttl}, for the commands that train: how long finished runs' series stay. */
final class StaleRunTtl {

  @Option(
      names = "--stale-run-ttl",
      paramLabel = "TIME",
      defaultValue = "10m",
      converter = DurationText.Converter.class,
      description =
          "Drop a finished run's run_id series (current iteration, reward mean) this long after it"
              + " ends, e.g. 10m or 1h; 0 keeps them. Default: ${DEFAULT-VALUE}.")
  Duration ttl = RunSeriesJanitor.DEFAULT_TTL;

  Duration ttl() {
    return ttl;
  }
}
