package org.wealtharena.cli;

import java.io.Serial;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.wealtharena.cli.config.TrainingConfig;
import org.wealtharena.coordination.AllocationPolicies;
import org.wealtharena.coordination.TeamEpisodeResult;
import org.wealtharena.coordination.TeamEpisodeRunner;
import org.wealtharena.coordination.TeamEpisodeSpec;
import org.wealtharena.coordination.env.TeamConfig;
import org.wealtharena.coordination.env.TeamEnvironment;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;
import org.wealtharena.training.engine.EpisodeEnvironment;
import org.wealtharena.training.trainer.EpisodeEngine;
import org.wealtharena.training.trainer.EpisodePool;

/**
 * The default team on each market of a session, as sent to where episodes run: the training market
 * first, then the markets it is evaluated on besides (out of distribution). It holds the markets'
 * settings, from which each place builds a market once, on first use (a CSV to replay must be
 * readable at the same path there). Its runner plays the training market; {@link Teams#on} any
 * other.
 */
final class TrainingEnvironment implements EpisodeEnvironment {

  @Serial private static final long serialVersionUID = 1L;

  /** The index of the training market. */
  static final int TRAINING = 0;

  /**
   * One market's settings.
   *
   * @param symbols symbols to simulate or replay (null: all)
   * @param csv bars to replay, or null
   * @param volatility factor on the fundamental shocks (1: as configured)
   * @param notePastEnd whether to note episodes that run past the replayed bars
   */
  private record Recipe(
      List<String> symbols,
      String csv,
      LocalDate from,
      LocalDate to,
      MarketChoice.Origins origins,
      double volatility,
      boolean notePastEnd)
      implements Serializable {}

  private final List<Recipe> recipes = new ArrayList<>();
  private final long arbitrageAdvantageNanos;
  private final long episodeDurationNanos;
  private transient volatile MarketConfig[] markets;

  /** The configured training market alone. */
  TrainingEnvironment(TrainingConfig config) {
    TrainingConfig.MarketSettings settings = config.market();
    this.arbitrageAdvantageNanos = settings.arbitrageAdvantage().toNanos();
    this.episodeDurationNanos = config.episodeDuration().toNanos();
    recipes.add(
        new Recipe(
            new ArrayList<>(settings.symbols()),
            settings.csv().orElse(null),
            settings.from().orElse(null),
            settings.to().orElse(null),
            MarketChoice.Origins.TRAINING,
            1,
            true));
  }

  /** Adds the training market with its shocks scaled by {@code factor}; returns its index. */
  int addVolatilityScaled(double factor) {
    Recipe training = recipes.get(TRAINING);
    return add(
        new Recipe(
            training.symbols(),
            training.csv(),
            training.from(),
            training.to(),
            training.origins(),
            factor,
            false));
  }

  /** Adds every file of {@code replay}'s bars, on its dates; returns its index. */
  int addReplay(OutOfDistributionOptions.Replay replay) {
    return add(
        new Recipe(
            null,
            replay.csv().toString(),
            replay.from(),
            replay.to(),
            MarketChoice.Origins.OUT_OF_DISTRIBUTION,
            1,
            false));
  }

  private int add(Recipe recipe) {
    if (markets != null) {
      throw new IllegalStateException("markets are added before any is built");
    }
    recipes.add(recipe);
    return recipes.size() - 1;
  }

  /**
   * Builds every market here (once), adding what the user should know about them to {@code notes};
   * a bad market setting fails here, before any episode runs.
   */
  void build(List<String> notes) {
    markets(notes);
  }

  private MarketConfig[] markets(List<String> notes) {
    MarketConfig[] built = markets;
    if (built == null) {
      synchronized (this) {
        built = markets;
        if (built == null) {
          built = new MarketConfig[recipes.size()];
          for (int i = 0; i < built.length; i++) {
            built[i] = market(recipes.get(i), notes);
          }
          markets = built;
        }
      }
    }
    return built;
  }

  private MarketConfig market(Recipe recipe, List<String> notes) {
    MarketChoice.Chosen chosen =
        MarketChoice.of(
            recipe.symbols(),
            recipe.csv() == null ? null : Path.of(recipe.csv()),
            recipe.from(),
            recipe.to(),
            recipe.origins(),
            notes);
    if (recipe.notePastEnd()) {
      chosen
          .replayNanos()
          .ifPresent(span -> MarketChoice.notePastEnd(span, episodeDurationNanos, notes));
    }
    MarketConfig market = chosen.config();
    market = market.withFlow(market.flow().withArbitrageAdvantage(arbitrageAdvantageNanos));
    return recipe.volatility() == 1 ? market : market.withVolatilityScaled(recipe.volatility());
  }

  @Override
  public Teams runner(MultiAgentMetrics multiAgent, SpecializedAgentMetrics specialized) {
    // where episodes run away from the command, the notes were already shown by the command
    return new Teams(markets(new ArrayList<>()), multiAgent, specialized);
  }

  /**
   * The team on every market of the session, on one pair of endpoints, each built on first use; as
   * a runner, the team on the training market.
   */
  static final class Teams implements TeamEpisodeRunner {
    private final MarketConfig[] markets;
    private final TeamEnvironment[] teams;
    private final MultiAgentMetrics multiAgent;
    private final SpecializedAgentMetrics specialized;

    private Teams(
        MarketConfig[] markets, MultiAgentMetrics multiAgent, SpecializedAgentMetrics specialized) {
      this.markets = markets;
      this.teams = new TeamEnvironment[markets.length];
      this.multiAgent = multiAgent;
      this.specialized = specialized;
      on(TRAINING);
    }

    /** The team on market {@code market} (an index this environment gave). */
    synchronized TeamEpisodeRunner on(int market) {
      if (teams[market] == null) {
        teams[market] =
            new TeamEnvironment(markets[market], TeamConfig.defaults(), multiAgent, specialized);
      }
      return teams[market];
    }

    @Override
    public TeamEpisodeResult run(TeamEpisodeSpec spec, AllocationPolicies policies) {
      return on(TRAINING).run(spec, policies);
    }

    @Override
    public double alonePnlDollars(TeamEpisodeSpec spec) {
      return on(TRAINING).alonePnlDollars(spec);
    }
  }

  /**
   * {@code engine}, which runs this environment, playing market {@code market} instead of the
   * training one: its batches run on {@code engine} (on a cluster, there), each episode on that
   * market's team. Closing it leaves {@code engine} open.
   */
  static EpisodeEngine playing(EpisodeEngine engine, int market) {
    return new MarketEngine(engine, market);
  }

  private static final class MarketEngine implements EpisodeEngine {

    /** A batch of another engine, with the market its episodes play. */
    private record OnMarket<S, T>(S shared, int market, EpisodeTask<S, T> task)
        implements Serializable {}

    private final EpisodeEngine engine;
    private final int market;

    private MarketEngine(EpisodeEngine engine, int market) {
      this.engine = engine;
      this.market = market;
    }

    @Override
    public <S, T> List<EpisodePool.Outcome<T>> runAll(S shared, int count, EpisodeTask<S, T> task)
        throws InterruptedException {
      return engine.runAll(
          new OnMarket<>(shared, market, task),
          count,
          (on, episode, runner) ->
              on.task().run(on.shared(), episode, ((Teams) runner).on(on.market())));
    }

    @Override
    public void close() {
      // the engine is its owner's to close
    }
  }
}
