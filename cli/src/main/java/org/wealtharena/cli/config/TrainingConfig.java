package org.wealtharena.cli.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.wealtharena.cli.CliException;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.training.ppo.PpoConfig;

/**
 * Validated settings of a training run: built-in defaults, overridden by the config file,
 * overridden by options given on the command line (see {@link #resolve}).
 *
 * @param coordination how the agents are coordinated
 * @param iterations training iterations to run
 * @param episodesPerIteration episodes collected per iteration (run in parallel)
 * @param threads worker threads (default: available processors); results do not depend on it
 * @param seed master seed of every random stream
 * @param episodeDuration simulated length of one episode
 * @param decisionStep simulated time between two decisions of the agents
 * @param evaluationEpisodes held-out episodes per policy when evaluating
 * @param checkpointEvery iterations between two checkpoints
 * @param keepCheckpoints newest checkpoints kept on disk
 * @param ppo learning settings
 * @param market what market to train on
 */
public record TrainingConfig(
    CoordinationType coordination,
    int iterations,
    int episodesPerIteration,
    int threads,
    long seed,
    Duration episodeDuration,
    Duration decisionStep,
    int evaluationEpisodes,
    int checkpointEvery,
    int keepCheckpoints,
    PpoSettings ppo,
    MarketSettings market) {

  /**
   * PPO settings a user may change; the rest keep {@link PpoConfig}'s defaults.
   *
   * @param hiddenSizes widths of the hidden layers, used for both the policy and the value network
   */
  public record PpoSettings(
      double learningRate,
      double clipRange,
      int epochs,
      int minibatchSize,
      double gamma,
      double gaeLambda,
      double entropyCoefficient,
      List<Integer> hiddenSizes) {

    public PpoSettings {
      hiddenSizes = List.copyOf(hiddenSizes);
    }

    public PpoConfig toPpoConfig() {
      int[] sizes = hiddenSizes.stream().mapToInt(Integer::intValue).toArray();
      PpoConfig.Builder builder = PpoConfig.builder();
      return builder
          .policyHiddenSizes(sizes)
          .valueHiddenSizes(sizes)
          .clipRange(clipRange)
          .epochs(epochs)
          .minibatchSize(minibatchSize)
          .gamma(gamma)
          .gaeLambda(gaeLambda)
          .entropyCoefficient(entropyCoefficient)
          .optimizer(builder.build().optimizer().withLearningRate(learningRate))
          .build();
    }
  }

  /**
   * @param symbols symbols of the embedded market to trade; empty = all of them
   * @param csv bar file replayed as the fundamental path, if any
   */
  public record MarketSettings(List<String> symbols, Optional<String> csv) {

    public MarketSettings {
      symbols = List.copyOf(symbols);
    }
  }

  /**
   * The built-in defaults as a config file would write them; {@code threads} is missing because it
   * defaults to the number of available processors, {@code market.csv} because it defaults to none.
   */
  public static final String DEFAULTS_YAML =
      """
      coordination: hierarchical
      iterations: 100
      episodesPerIteration: 8
      seed: 42
      episodeDuration: 30m
      decisionStep: 1s
      evaluationEpisodes: 20
      checkpointEvery: 10
      keepCheckpoints: 3
      ppo:
        learningRate: 3.0e-4
        clipRange: 0.2
        epochs: 10
        minibatchSize: 64
        gamma: 0.99
        gaeLambda: 0.95
        entropyCoefficient: 0.0
        hiddenSizes: [64, 64]
      market:
        symbols: []
      """;

  /** The defaults alone. */
  public static TrainingConfig defaults() {
    return resolve(PartialTrainingConfig.EMPTY, ConfigOrigins.DEFAULTS_ONLY);
  }

  /**
   * Validates {@code given} (every value the file and the command line set, already merged) on top
   * of the defaults.
   *
   * @throws CliException naming the first bad key, the problem, the value and where it came from
   */
  public static TrainingConfig resolve(PartialTrainingConfig given, ConfigOrigins origins) {
    PartialTrainingConfig values = TrainingConfigFile.defaults().overriddenBy(given);
    Checks checks = new Checks(origins);
    PartialTrainingConfig.Ppo ppo = values.ppoOrEmpty();
    PartialTrainingConfig.Market market = values.marketOrEmpty();
    Duration episode = checks.duration("episodeDuration", values.episodeDuration());
    Duration step = checks.duration("decisionStep", values.decisionStep());
    if (step.compareTo(episode) > 0) {
      throw checks.error(
          "decisionStep",
          "must not be longer than episodeDuration (" + values.episodeDuration() + ")",
          values.decisionStep());
    }
    return new TrainingConfig(
        checks.coordination(values.coordination()),
        checks.atLeast("iterations", values.iterations(), 1),
        checks.atLeast("episodesPerIteration", values.episodesPerIteration(), 1),
        checks.atLeast(
            "threads",
            values.threads() != null
                ? values.threads()
                : Runtime.getRuntime().availableProcessors(),
            1),
        values.seed(),
        episode,
        step,
        checks.atLeast("evaluationEpisodes", values.evaluationEpisodes(), 2),
        checks.atLeast("checkpointEvery", values.checkpointEvery(), 1),
        checks.atLeast("keepCheckpoints", values.keepCheckpoints(), 1),
        new PpoSettings(
            checks.positive("ppo.learningRate", ppo.learningRate()),
            checks.positive("ppo.clipRange", ppo.clipRange()),
            checks.atLeast("ppo.epochs", ppo.epochs(), 1),
            checks.atLeast("ppo.minibatchSize", ppo.minibatchSize(), 1),
            checks.unitInterval("ppo.gamma", ppo.gamma()),
            checks.unitInterval("ppo.gaeLambda", ppo.gaeLambda()),
            checks.nonNegative("ppo.entropyCoefficient", ppo.entropyCoefficient()),
            checks.layerSizes("ppo.hiddenSizes", ppo.hiddenSizes())),
        new MarketSettings(
            checks.symbols("market.symbols", market.symbols()), Optional.ofNullable(market.csv())));
  }

  /** These settings with another coordination type (compare trains every type on the same ones). */
  public TrainingConfig withCoordination(CoordinationType type) {
    return new TrainingConfig(
        type,
        iterations,
        episodesPerIteration,
        threads,
        seed,
        episodeDuration,
        decisionStep,
        evaluationEpisodes,
        checkpointEvery,
        keepCheckpoints,
        ppo,
        market);
  }

  /**
   * SHA-256 (hex) of the settings that change what is learned, so a checkpoint is only resumed
   * under the same ones. Left out: iterations (a run may be extended), threads (results do not
   * depend on them), evaluation and checkpoint settings (they run beside learning).
   */
  public String fingerprint() {
    String canonical =
        String.join(
            "\n",
            "coordination=" + coordination.label(),
            "seed=" + seed,
            "episodesPerIteration=" + episodesPerIteration,
            "episodeDurationNanos=" + episodeDuration.toNanos(),
            "decisionStepNanos=" + decisionStep.toNanos(),
            "ppo.learningRate=" + ppo.learningRate(),
            "ppo.clipRange=" + ppo.clipRange(),
            "ppo.epochs=" + ppo.epochs(),
            "ppo.minibatchSize=" + ppo.minibatchSize(),
            "ppo.gamma=" + ppo.gamma(),
            "ppo.gaeLambda=" + ppo.gaeLambda(),
            "ppo.entropyCoefficient=" + ppo.entropyCoefficient(),
            "ppo.hiddenSizes=" + ppo.hiddenSizes(),
            "market.symbols=" + market.symbols(),
            "market.csv=" + market.csv().orElse(""));
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Turns a bad value into "key: problem, got value (origin)". */
  private record Checks(ConfigOrigins origins) {

    CliException error(String key, String problem, Object value) {
      return new CliException(
          key + ": " + problem + ", got " + value + " (" + origins.describe(key) + ")");
    }

    CoordinationType coordination(String text) {
      try {
        return CoordinationType.fromLabel(text.trim().toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw error(
            "coordination",
            "must be one of "
                + Arrays.stream(CoordinationType.values())
                    .map(CoordinationType::label)
                    .collect(Collectors.joining(", ")),
            "'" + text + "'");
      }
    }

    int atLeast(String key, int value, int minimum) {
      if (value < minimum) {
        throw error(key, "must be >= " + minimum, value);
      }
      return value;
    }

    double positive(String key, double value) {
      if (!(value > 0) || Double.isInfinite(value)) {
        throw error(key, "must be positive and finite", value);
      }
      return value;
    }

    double nonNegative(String key, double value) {
      if (!(value >= 0) || Double.isInfinite(value)) {
        throw error(key, "must be >= 0 and finite", value);
      }
      return value;
    }

    double unitInterval(String key, double value) {
      if (!(value >= 0 && value <= 1)) {
        throw error(key, "must be between 0 and 1", value);
      }
      return value;
    }

    Duration duration(String key, String text) {
      return DurationText.parse(text)
          .orElseThrow(
              () ->
                  error(
                      key,
                      "must be a positive duration like 30m, 90s, 1.5h or 250ms",
                      "'" + text + "'"));
    }

    List<Integer> layerSizes(String key, List<Integer> sizes) {
      if (sizes.isEmpty() || sizes.stream().anyMatch(size -> size == null || size < 1)) {
        throw error(key, "must list at least one layer width, each >= 1", sizes);
      }
      return sizes;
    }

    List<String> symbols(String key, List<String> symbols) {
      if (symbols.stream().anyMatch(symbol -> symbol == null || symbol.isBlank())) {
        throw error(
            key,
            "must not contain blank symbols",
            symbols.stream().map(symbol -> "'" + symbol + "'").toList());
      }
      return symbols;
    }
  }
}
