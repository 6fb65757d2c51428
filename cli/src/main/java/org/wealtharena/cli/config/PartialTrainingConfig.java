package org.wealtharena.cli.config;

import java.util.Arrays;
import java.util.List;
import org.wealtharena.training.ppo.PpoConfig;

/**
 * Training settings as one source gives them: the YAML file (bound by Jackson, so the component
 * names are the file's keys) or the command line. A null component means "not given here".
 */
public record PartialTrainingConfig(
    String coordination,
    Integer iterations,
    Integer episodesPerIteration,
    Integer threads,
    Long seed,
    String episodeDuration,
    String decisionStep,
    Integer evaluationEpisodes,
    Integer checkpointEvery,
    Integer keepCheckpoints,
    Ppo ppo,
    Market market) {

  /** Nothing given. */
  public static final PartialTrainingConfig EMPTY =
      new PartialTrainingConfig(
          null, null, null, null, null, null, null, null, null, null, null, null);

  /** The {@code ppo:} section. */
  public record Ppo(
      Double learningRate,
      Double clipRange,
      Integer epochs,
      Integer minibatchSize,
      Double gamma,
      Double gaeLambda,
      Double entropyCoefficient,
      List<Integer> hiddenSizes,
      Double valueClipRange,
      Boolean normalizeMinibatchAdvantages,
      Boolean annealLearningRate,
      Boolean normalizeObservations) {

    static final Ppo EMPTY =
        new Ppo(null, null, null, null, null, null, null, null, null, null, null, null);

    /** {@code valueClipRange} in a file: 0 leaves the value loss unclipped. */
    static final double UNCLIPPED_VALUE_LOSS = 0.0;

    /**
     * The keys of {@code config} as a file would write them; its two networks must have the same
     * layers, as {@code hiddenSizes} sets both.
     */
    static Ppo of(PpoConfig config) {
      List<Integer> policy = Arrays.stream(config.policyHiddenSizes()).boxed().toList();
      if (!Arrays.equals(config.policyHiddenSizes(), config.valueHiddenSizes())) {
        throw new IllegalArgumentException(
            "hiddenSizes sets both networks; these differ: "
                + policy
                + " and "
                + Arrays.toString(config.valueHiddenSizes()));
      }
      return new Ppo(
          config.optimizer().learningRate(),
          config.clipRange(),
          config.epochs(),
          config.minibatchSize(),
          config.gamma(),
          config.gaeLambda(),
          config.entropyCoefficient(),
          policy,
          config.clipsValueLoss() ? config.valueClipRange() : UNCLIPPED_VALUE_LOSS,
          config.normalizeMinibatchAdvantages(),
          config.annealLearningRate(),
          config.normalizeObservations());
    }

    Ppo overriddenBy(Ppo other) {
      return new Ppo(
          pick(learningRate, other.learningRate),
          pick(clipRange, other.clipRange),
          pick(epochs, other.epochs),
          pick(minibatchSize, other.minibatchSize),
          pick(gamma, other.gamma),
          pick(gaeLambda, other.gaeLambda),
          pick(entropyCoefficient, other.entropyCoefficient),
          pick(hiddenSizes, other.hiddenSizes),
          pick(valueClipRange, other.valueClipRange),
          pick(normalizeMinibatchAdvantages, other.normalizeMinibatchAdvantages),
          pick(annealLearningRate, other.annealLearningRate),
          pick(normalizeObservations, other.normalizeObservations));
    }
  }

  /** The {@code market:} section. */
  public record Market(
      List<String> symbols, String csv, String from, String to, String arbitrageAdvantage) {

    static final Market EMPTY = new Market(null, null, null, null, null);

    Market overriddenBy(Market other) {
      return new Market(
          pick(symbols, other.symbols),
          pick(csv, other.csv),
          pick(from, other.from),
          pick(to, other.to),
          pick(arbitrageAdvantage, other.arbitrageAdvantage));
    }
  }

  public Ppo ppoOrEmpty() {
    return ppo == null ? Ppo.EMPTY : ppo;
  }

  public Market marketOrEmpty() {
    return market == null ? Market.EMPTY : market;
  }

  /** These settings with every value {@code other} gives replacing this one's. */
  public PartialTrainingConfig overriddenBy(PartialTrainingConfig other) {
    return new PartialTrainingConfig(
        pick(coordination, other.coordination),
        pick(iterations, other.iterations),
        pick(episodesPerIteration, other.episodesPerIteration),
        pick(threads, other.threads),
        pick(seed, other.seed),
        pick(episodeDuration, other.episodeDuration),
        pick(decisionStep, other.decisionStep),
        pick(evaluationEpisodes, other.evaluationEpisodes),
        pick(checkpointEvery, other.checkpointEvery),
        pick(keepCheckpoints, other.keepCheckpoints),
        ppoOrEmpty().overriddenBy(other.ppoOrEmpty()),
        marketOrEmpty().overriddenBy(other.marketOrEmpty()));
  }

  private static <T> T pick(T base, T override) {
    return override != null ? override : base;
  }
}
