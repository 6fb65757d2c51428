package org.wealtharena.cli.config;

import picocli.CommandLine.Option;

/**
 * {@code --coordination} of a command that trains one coordination type (train); {@code compare}
 * trains every type and {@code evaluate} takes the checkpoint's, so they do not take it.
 */
public final class CoordinationOption {

  @Option(
      names = "--coordination",
      paramLabel = "TYPE",
      description =
          "hierarchical, centralized or decentralized (default: "
              + TrainingConfig.DEFAULT_COORDINATION
              + ").")
  String coordination;

  /** The setting given, or nothing. */
  public PartialTrainingConfig given() {
    return new PartialTrainingConfig(
        coordination, null, null, null, null, null, null, null, null, null, null, null);
  }
}
