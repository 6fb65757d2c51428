package org.wealtharena.training.trainer;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToLongFunction;
import org.wealtharena.coordination.AllocationPolicies;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.coordination.TeamEpisodeResult;
import org.wealtharena.coordination.TeamEpisodeSpec;
import org.wealtharena.coordination.TeamPerformance;
import org.wealtharena.metrics.CoordinationMetrics;
import org.wealtharena.training.evaluation.EpisodeScore;
import org.wealtharena.training.evaluation.PolicyEvaluation;

/**
 * Plays policies on held-out seeds: the same seeds for every policy (so that their scores are
 * paired), derived from the master seed and the run so that they never coincide with a training
 * episode's seed of any run (see {@link TrainingSeeds}). Runs with the same master seed and run
 * index, whatever their coordination type, are evaluated on the same markets. The episodes run on
 * an {@link EpisodeEngine}; policies to be played elsewhere must be serializable (the heuristic's,
 * the constant and the learned ones are).
 */
public final class HeldOutEvaluation {

  /**
   * One policy's held-out episodes and, when measured, the sum of the agents' PnL trading alone on
   * each episode's seed (NaN where not measured).
   */
  public record Result(String policy, List<TeamEpisodeResult> episodes, double[] alonePnlDollars) {

    public Result {
      episodes = List.copyOf(episodes);
      alonePnlDollars = alonePnlDollars.clone();
      if (alonePnlDollars.length != episodes.size()) {
        throw new IllegalArgumentException(
            alonePnlDollars.length + " alone PnLs for " + episodes.size() + " episodes");
      }
    }

    /** Team PnL minus the agents' PnL trading alone, dollars, in episode {@code i}. */
    public double coordinationValueDollars(int i) {
      return episodes.get(i).team().pnlDollars() - alonePnlDollars[i];
    }

    public PolicyEvaluation toPolicyEvaluation() {
      List<EpisodeScore> scores = new ArrayList<>(episodes.size());
      for (int i = 0; i < episodes.size(); i++) {
        TeamEpisodeResult e = episodes.get(i);
        scores.add(
            new EpisodeScore(
                e.seed(),
                e.teamReward(),
                e.team().pnlDollars(),
                e.team().episodeReturn(),
                coordinationValueDollars(i),
                e.regimeShares()));
      }
      return new PolicyEvaluation(policy, scores, episodes.get(0).durationSeconds());
    }

    public TeamPerformance performance() {
      return TeamPerformance.of(episodes);
    }

    /**
     * Records this evaluation as the last one: the performance gauges of every agent group and,
     * when the agents were also run alone, multi_agent_coordination_value_dollars (mean per
     * episode).
     */
    public void recordTo(CoordinationMetrics metrics) {
      performance().recordTo(metrics);
      double value = 0;
      for (int i = 0; i < episodes.size(); i++) {
        value += coordinationValueDollars(i) / episodes.size(); // NaN when not measured
      }
      if (Double.isFinite(value)) {
        metrics.coordinationValue(value);
      }
    }
  }

  /** Held-out episodes as a batch for an {@link EpisodeEngine}. */
  private record Played(AllocationPolicies policies, List<TeamEpisodeSpec> specs)
      implements Serializable {}

  private final CoordinationType coordination;
  private final long[] seeds;
  private final long episodeDurationNanos;
  private final long decisionStepNanos;

  /**
   * @param seeds the market seed of each episode, in order
   */
  public HeldOutEvaluation(
      CoordinationType coordination,
      long[] seeds,
      long episodeDurationNanos,
      long decisionStepNanos) {
    if (seeds.length < 1) {
      throw new IllegalArgumentException("evaluation needs at least one episode, got 0");
    }
    this.coordination = coordination;
    this.seeds = seeds.clone();
    this.episodeDurationNanos = episodeDurationNanos;
    this.decisionStepNanos = decisionStepNanos;
  }

  /** {@code episodes} episodes on the held-out seeds of {@code settings}' run. */
  public static HeldOutEvaluation heldOut(TrainerSettings settings, int episodes) {
    return of(settings, episodes, settings.seeds()::evaluationEpisode);
  }

  /**
   * {@code episodes} episodes on the out-of-distribution seeds of {@code settings}' run, for an
   * engine whose team runs on another market than the training one.
   */
  public static HeldOutEvaluation outOfDistribution(TrainerSettings settings, int episodes) {
    return of(settings, episodes, settings.seeds()::outOfDistributionEpisode);
  }

  private static HeldOutEvaluation of(
      TrainerSettings settings, int episodes, IntToLongFunction seed) {
    if (episodes < 1) {
      throw new IllegalArgumentException("evaluation needs at least one episode, got " + episodes);
    }
    long[] seeds = new long[episodes];
    for (int i = 0; i < episodes; i++) {
      seeds[i] = seed.applyAsLong(i);
    }
    return new HeldOutEvaluation(
        settings.coordination(),
        seeds,
        settings.episodeDurationNanos(),
        settings.decisionStepNanos());
  }

  /** The market seed of each episode, in order. */
  public long[] seeds() {
    return seeds.clone();
  }

  /**
   * Plays {@code policies} (which must tolerate concurrent episodes) on every held-out seed.
   *
   * @throws TrainingFailedException if an episode fails: the policies would no longer be compared
   *     on the same seeds
   */
  public Result evaluate(String name, AllocationPolicies policies, EpisodeEngine engine)
      throws TrainingFailedException {
    return evaluate(name, policies, engine, false);
  }

  /**
   * As {@link #evaluate(String, AllocationPolicies, EpisodeEngine)}, and also runs every agent
   * alone on each held-out seed when {@code coordinationValue} is set, for the coordination value.
   */
  public Result evaluate(
      String name, AllocationPolicies policies, EpisodeEngine engine, boolean coordinationValue)
      throws TrainingFailedException {
    List<TeamEpisodeSpec> specs = new ArrayList<>(seeds.length);
    for (int episode = 0; episode < seeds.length; episode++) {
      specs.add(
          new TeamEpisodeSpec(
              coordination,
              seeds[episode],
              episodeDurationNanos,
              decisionStepNanos,
              TeamEpisodeSpec.watchedSlot(episode)));
    }
    List<EpisodePool.Outcome<TeamEpisodeResult>> outcomes =
        engine.runBatch(
            new Played(policies, List.copyOf(specs)),
            seeds.length,
            (played, episode, runner) ->
                runner.run(played.specs().get(episode), played.policies()));
    List<TeamEpisodeResult> episodes = new ArrayList<>(seeds.length);
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i).failed()) {
        throw new TrainingFailedException(
            "held-out episode " + i + " (seed " + seeds[i] + ") of policy " + name + " failed",
            outcomes.get(i).failure());
      }
      episodes.add(outcomes.get(i).value());
    }
    double[] alone = new double[seeds.length];
    Arrays.fill(alone, Double.NaN);
    if (coordinationValue) {
      List<TeamEpisodeSpec> aloneSpecs = new ArrayList<>(seeds.length);
      for (long seed : seeds) {
        aloneSpecs.add(
            new TeamEpisodeSpec(coordination, seed, episodeDurationNanos, decisionStepNanos));
      }
      List<EpisodePool.Outcome<Double>> alonePnl =
          engine.runBatch(
              List.copyOf(aloneSpecs),
              seeds.length,
              (batch, episode, runner) -> runner.alonePnlDollars(batch.get(episode)));
      for (int i = 0; i < alonePnl.size(); i++) {
        if (alonePnl.get(i).failed()) {
          throw new TrainingFailedException(
              "held-out episode " + i + " (seed " + seeds[i] + ") with the agents alone failed",
              alonePnl.get(i).failure());
        }
        alone[i] = alonePnl.get(i).value();
      }
    }
    return new Result(name, episodes, alone);
  }
}
