package org.wealtharena.cli.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The training settings' command-line options, for {@code @Mixin} in the commands that train. None
 * has a picocli default: a null field means "not given", so only options the user typed override
 * the config file (see {@link #resolve()}).
 */
public final class TrainingConfigOptions {

  @Option(names = "--config", paramLabel = "FILE", description = "Training config file (YAML).")
  Path configFile;

  @Option(
      names = "--coordination",
      paramLabel = "TYPE",
      description = "hierarchical, centralized or decentralized (default: hierarchical).")
  String coordination;

  @Option(
      names = "--iterations",
      paramLabel = "N",
      description = "Training iterations (default: 100).")
  Integer iterations;

  @Option(
      names = {"--episodes-per-iteration", "--episodes"},
      paramLabel = "N",
      description = "Episodes per iteration, run in parallel (default: 8).")
  Integer episodesPerIteration;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: available processors); results do not depend on it.")
  Integer threads;

  @Option(names = "--seed", description = "Master seed of every random stream (default: 42).")
  Long seed;

  @Option(
      names = "--evaluation-episodes",
      paramLabel = "N",
      description = "Held-out episodes per policy in the evaluation (default: 20).")
  Integer evaluationEpisodes;

  @Option(
      names = "--checkpoint-every",
      paramLabel = "N",
      description = "Iterations between checkpoints (default: 10).")
  Integer checkpointEvery;

  @Option(
      names = "--symbols",
      split = ",",
      paramLabel = "SYMBOL",
      description = "Symbols of the embedded market to trade (default: all).")
  List<String> symbols;

  @Option(
      names = "--csv",
      paramLabel = "FILE",
      description =
          "Replay this bar file (Date,Open,High,Low,Close,Volume[,Adj Close]) as the fundamental path.")
  String csv;

  /** The config file (if {@code --config} was given) overridden by the options given. */
  public TrainingConfig resolve() {
    TrainingConfigFile file =
        configFile == null
            ? new TrainingConfigFile(PartialTrainingConfig.EMPTY, Map.of())
            : TrainingConfigFile.read(configFile);
    PartialTrainingConfig merged = file.values().overriddenBy(given());
    ConfigOrigins origins =
        new ConfigOrigins(
            configFile == null ? null : configFile.toString(),
            file.lines(),
            TrainingConfigFile.keysOf(given()));
    return TrainingConfig.resolve(merged, origins);
  }

  /** The settings given on the command line, everything else null. */
  PartialTrainingConfig given() {
    PartialTrainingConfig.Market market =
        symbols == null && csv == null ? null : new PartialTrainingConfig.Market(symbols, csv);
    return new PartialTrainingConfig(
        coordination,
        iterations,
        episodesPerIteration,
        threads,
        seed,
        null,
        null,
        evaluationEpisodes,
        checkpointEvery,
        null,
        null,
        market);
  }
}
