package org.wealtharena.cli.config;

import picocli.CommandLine.Option;

/** How long a run trains and how often it saves, for the commands that train (train, compare). */
public final class TrainingLengthOptions {

  @Option(
      names = "--iterations",
      paramLabel = "N",
      description = "Training iterations (default: " + TrainingConfig.DEFAULT_ITERATIONS + ").")
  Integer iterations;

  @Option(
      names = "--checkpoint-every",
      paramLabel = "N",
      description =
          "Iterations between checkpoints (default: "
              + TrainingConfig.DEFAULT_CHECKPOINT_EVERY
              + ").")
  Integer checkpointEvery;

  /** The settings given, everything else null. */
  public PartialTrainingConfig given() {
    return new PartialTrainingConfig(
        null, iterations, null, null, null, null, null, null, checkpointEvery, null, null, null);
  }
}
