package org.wealtharena.cli.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.wealtharena.cli.CliException;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.training.checkpoint.ResolvedSettings;
import org.wealtharena.training.ppo.PpoConfig;

/**
 * Validated settings of a training run: built-in defaults, overridden by the config file,
 * overridden by options given on the command line (see {@link #resolve}). The defaults of the run
 * are the constants below; those of PPO are {@link PpoConfig}'s, nowhere else.
 *
 * @param coordination how the agents are coordinated
 * @param iterations training iterations to run
 * @param episodesPerIteration episodes collected per iteration (run in parallel)
 * @param threads worker threads (default {@link Threads#DEFAULT}); results do not depend on it
 * @param seed master seed of every random stream
 * @param episodeDuration simulated length of one episode
 * @param decisionStep simulated time between two decisions of the agents
 * @param evaluationEpisodes held-out episodes per policy when evaluating
 * @param checkpointEvery iterations between two checkpoints
 * @param keepCheckpoints newest checkpoints kept on disk
 * @param ppo learning settings: the config file's {@code ppo:} keys over {@link PpoConfig}'s
 *     defaults ({@code hiddenSizes} sets the policy's and the value network's layers alike)
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
    PpoConfig ppo,
    MarketSettings market) {

  public static final String DEFAULT_COORDINATION = "hierarchical";
  public static final int DEFAULT_ITERATIONS = 100;
  public static final int DEFAULT_EPISODES_PER_ITERATION = 8;
  public static final long DEFAULT_SEED = 42;
  public static final String DEFAULT_EPISODE_DURATION = "30m";
  public static final String DEFAULT_DECISION_STEP = "1s";
  public static final int DEFAULT_EVALUATION_EPISODES = 20;
  public static final int DEFAULT_CHECKPOINT_EVERY = 10;
  public static final int DEFAULT_KEEP_CHECKPOINTS = 3;

  /**
   * Settings left out of the {@link #resolvedSettings()}, as they do not change what is learned:
   * iterations (a run may be extended), threads (results do not depend on them), evaluation and
   * checkpoint settings (they run beside learning). Every other setting, present or future, is in.
   */
  public static final Set<String> NOT_FINGERPRINTED =
      Set.of("iterations", "threads", "evaluationEpisodes", "checkpointEvery", "keepCheckpoints");

  /**
   * The built-in defaults as a config file would give them; {@code threads} is missing because its
   * default depends on the machine ({@link Threads#DEFAULT}), {@code market.csv} because it
   * defaults to none.
   */
  static final PartialTrainingConfig DEFAULTS =
      new PartialTrainingConfig(
          DEFAULT_COORDINATION,
          DEFAULT_ITERATIONS,
          DEFAULT_EPISODES_PER_ITERATION,
          null,
          DEFAULT_SEED,
          DEFAULT_EPISODE_DURATION,
          DEFAULT_DECISION_STEP,
          DEFAULT_EVALUATION_EPISODES,
          DEFAULT_CHECKPOINT_EVERY,
          DEFAULT_KEEP_CHECKPOINTS,
          PartialTrainingConfig.Ppo.of(PpoConfig.builder().build()),
          new PartialTrainingConfig.Market(List.of(), null, "0"));

  /**
   * @param symbols symbols of the embedded market to trade; empty = all of them
   * @param csv bar file replayed as the fundamental path, if any
   * @param arbitrageAdvantage how much later than an agent's order the background arbitrageurs'
   *     orders reach the venues (0: as fast as anyone; see docs/market.md)
   */
  public record MarketSettings(
      List<String> symbols, Optional<String> csv, Duration arbitrageAdvantage) {

    public MarketSettings {
      symbols = List.copyOf(symbols);
    }
  }

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
    PartialTrainingConfig values = DEFAULTS.overriddenBy(given);
    Checks checks = new Checks(origins);
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
        checks.atLeast("threads", values.threads() != null ? values.threads() : Threads.DEFAULT, 1),
        values.seed(),
        episode,
        step,
        checks.atLeast("evaluationEpisodes", values.evaluationEpisodes(), 2),
        checks.atLeast("checkpointEvery", values.checkpointEvery(), 1),
        checks.atLeast("keepCheckpoints", values.keepCheckpoints(), 1),
        ppo(values.ppoOrEmpty(), checks),
        new MarketSettings(
            checks.symbols("market.symbols", market.symbols()),
            Optional.ofNullable(market.csv()),
            checks.durationOrZero("market.arbitrageAdvantage", market.arbitrageAdvantage())));
  }

  private static PpoConfig ppo(PartialTrainingConfig.Ppo ppo, Checks checks) {
    int[] sizes =
        checks.layerSizes("ppo.hiddenSizes", ppo.hiddenSizes()).stream()
            .mapToInt(Integer::intValue)
            .toArray();
    PpoConfig.Builder builder = PpoConfig.builder();
    return builder
        .policyHiddenSizes(sizes)
        .valueHiddenSizes(sizes)
        .clipRange(checks.positive("ppo.clipRange", ppo.clipRange()))
        .epochs(checks.atLeast("ppo.epochs", ppo.epochs(), 1))
        .minibatchSize(checks.atLeast("ppo.minibatchSize", ppo.minibatchSize(), 1))
        .gamma(checks.unitInterval("ppo.gamma", ppo.gamma()))
        .gaeLambda(checks.unitInterval("ppo.gaeLambda", ppo.gaeLambda()))
        .entropyCoefficient(checks.nonNegative("ppo.entropyCoefficient", ppo.entropyCoefficient()))
        .optimizer(
            builder
                .build()
                .optimizer()
                .withLearningRate(checks.positive("ppo.learningRate", ppo.learningRate())))
        .build();
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
   * Every setting but the {@link #NOT_FINGERPRINTED} ones, PPO's down to the optimizer's, with
   * their fingerprint, so a checkpoint is only resumed or evaluated under the settings that trained
   * it.
   */
  public ResolvedSettings resolvedSettings() {
    return ResolvedSettings.of(this, NOT_FINGERPRINTED);
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

    Duration durationOrZero(String key, String text) {
      return text.trim().matches("0+")
          ? Duration.ZERO
          : DurationText.parse(text)
              .orElseThrow(
                  () ->
                      error(
                          key,
                          "must be 0 or a positive duration like 5ms, 1s or 250ms",
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
