package org.wealtharena.cli.config;

import org.wealtharena.cli.CliException;
import org.wealtharena.training.trainer.TrainingSeeds;
import picocli.CommandLine.Option;

/** {@code --seeds} of the commands that train (train, compare): independent runs per type. */
public final class SeedsOption {

  @Option(
      names = "--seeds",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Independent training runs per coordination type, each with seeds of its own (default:"
              + " ${DEFAULT-VALUE}); with two or more, the statistics are over runs.")
  int seeds;

  /** The number of runs, checked. */
  public int seeds() {
    if (seeds < 1 || seeds > TrainingSeeds.MAX_RUNS) {
      throw new CliException(
          "--seeds: must be in [1, " + TrainingSeeds.MAX_RUNS + "], got " + seeds);
    }
    return seeds;
  }
}
