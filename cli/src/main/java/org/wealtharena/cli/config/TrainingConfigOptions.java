package org.wealtharena.cli.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The training settings' command-line options every command that trains or evaluates takes, for
 * {@code @Mixin}; {@link CoordinationOption} and {@link TrainingLengthOptions} add those only some
 * commands use. None has a picocli default: a null field means "not given", so only options the
 * user typed override the config file (see {@link #resolve}).
 */
public final class TrainingConfigOptions {

  @Option(names = "--config", paramLabel = "FILE", description = "Training config file (YAML).")
  Path configFile;

  @Option(
      names = "--episodes-per-iteration",
      paramLabel = "N",
      description =
          "Episodes collected per training iteration, run in parallel (default: "
              + TrainingConfig.DEFAULT_EPISODES_PER_ITERATION
              + ").")
  Integer episodesPerIteration;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Worker threads (default: " + Threads.DEFAULT_TEXT + "); results do not depend on it.")
  Integer threads;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      description =
          "Master seed of every random stream (default: " + TrainingConfig.DEFAULT_SEED + ").")
  Long seed;

  @Option(
      names = "--evaluation-episodes",
      paramLabel = "N",
      description =
          "Held-out episodes per policy in the evaluation (default: "
              + TrainingConfig.DEFAULT_EVALUATION_EPISODES
              + "; for compare, per run: "
              + TrainingConfig.DEFAULT_COMPARE_EVALUATION_EPISODES
              + ").")
  Integer evaluationEpisodes;

  @Option(
      names = "--symbols",
      split = ",",
      paramLabel = "SYMBOL",
      description =
          "Symbols to trade (default: all): of the embedded market, or with a --csv directory"
              + " the files to replay by symbol.")
  List<String> symbols;

  @Option(
      names = "--csv",
      paramLabel = "FILE|DIR",
      description =
          "Replay bars as the fundamental paths: one file, or a directory with one SYMBOL.csv per"
              + " symbol, aligned on their common dates (formats in docs/market.md).")
  String csv;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "With --csv: first date replayed (yyyy-MM-dd, inclusive).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "With --csv: last date replayed (yyyy-MM-dd, inclusive).")
  String to;

  /**
   * The config file (if {@code --config} was given) overridden by the options given here and in
   * {@code more} (the other training option mixins of the command).
   */
  public TrainingConfig resolve(PartialTrainingConfig... more) {
    return resolveOver(PartialTrainingConfig.EMPTY, more);
  }

  /**
   * As {@link #resolve}, with a command's own defaults ({@code commandDefaults}) between the
   * built-in defaults and the config file.
   */
  public TrainingConfig resolveOver(
      PartialTrainingConfig commandDefaults, PartialTrainingConfig... more) {
    PartialTrainingConfig given = given();
    for (PartialTrainingConfig options : more) {
      given = given.overriddenBy(options);
    }
    TrainingConfigFile file =
        configFile == null
            ? new TrainingConfigFile(PartialTrainingConfig.EMPTY, Map.of())
            : TrainingConfigFile.read(configFile);
    ConfigOrigins origins =
        new ConfigOrigins(
            configFile == null ? null : configFile.toString(),
            file.lines(),
            TrainingConfigFile.keysOf(given));
    return TrainingConfig.resolve(
        commandDefaults.overriddenBy(file.values()).overriddenBy(given), origins);
  }

  /** The settings given by these options, everything else null. */
  PartialTrainingConfig given() {
    PartialTrainingConfig.Market market =
        symbols == null && csv == null && from == null && to == null
            ? null
            : new PartialTrainingConfig.Market(symbols, csv, from, to, null);
    return new PartialTrainingConfig(
        null,
        null,
        episodesPerIteration,
        threads,
        seed,
        null,
        null,
        evaluationEpisodes,
        null,
        null,
        null,
        market);
  }
}
