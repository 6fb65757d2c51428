package org.wealtharena.training.trainer;

import java.util.ArrayList;
import java.util.List;
import org.wealtharena.coordination.AllocationPolicies;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.coordination.TeamEpisodeResult;
import org.wealtharena.coordination.TeamEpisodeRunner;
import org.wealtharena.coordination.TeamEpisodeSpec;
import org.wealtharena.coordination.TeamPerformance;
import org.wealtharena.training.evaluation.EpisodeScore;
import org.wealtharena.training.evaluation.PolicyEvaluation;

/**
 * Plays policies on held-out seeds: the same {@code episodes} seeds for every policy, derived from
 * the master seed so that they never coincide with a training episode's seed (see {@link
 * TrainingSeeds}). Runs with the same master seed, whatever their coordination type, are evaluated
 * on the same markets.
 */
public final class HeldOutEvaluation {

  /** One policy's held-out episodes. */
  public record Result(String policy, List<TeamEpisodeResult> episodes) {

    public Result {
      episodes = List.copyOf(episodes);
    }

    public PolicyEvaluation toPolicyEvaluation() {
      return new PolicyEvaluation(
          policy,
          episodes.stream()
              .map(
                  e ->
                      new EpisodeScore(
                          e.seed(), e.teamReward(), e.sharpe(), e.winRate(), e.totalReturn()))
              .toList());
    }

    public TeamPerformance performance() {
      return TeamPerformance.of(episodes);
    }
  }

  private final TeamEpisodeRunner runner;
  private final CoordinationType coordination;
  private final long[] seeds;
  private final long episodeDurationNanos;
  private final long decisionStepNanos;

  public HeldOutEvaluation(
      TeamEpisodeRunner runner,
      CoordinationType coordination,
      long masterSeed,
      int episodes,
      long episodeDurationNanos,
      long decisionStepNanos) {
    if (episodes < 1) {
      throw new IllegalArgumentException("evaluation needs at least one episode, got " + episodes);
    }
    this.runner = runner;
    this.coordination = coordination;
    TrainingSeeds training = new TrainingSeeds(masterSeed);
    this.seeds = new long[episodes];
    for (int i = 0; i < episodes; i++) {
      seeds[i] = training.evaluationEpisode(i);
    }
    this.episodeDurationNanos = episodeDurationNanos;
    this.decisionStepNanos = decisionStepNanos;
  }

  public HeldOutEvaluation(TrainerSettings settings, TeamEpisodeRunner runner, int episodes) {
    this(
        runner,
        settings.coordination(),
        settings.seed(),
        episodes,
        settings.episodeDurationNanos(),
        settings.decisionStepNanos());
  }

  /**
   * Plays {@code policies} (which must tolerate concurrent episodes) on every held-out seed.
   *
   * @throws TrainingFailedException if an episode fails: the policies would no longer be compared
   *     on the same seeds
   */
  public Result evaluate(String name, AllocationPolicies policies, EpisodePool pool)
      throws TrainingFailedException {
    List<EpisodePool.Outcome<TeamEpisodeResult>> outcomes =
        Trainer.runAll(
            pool,
            seeds.length,
            episode ->
                runner.run(
                    new TeamEpisodeSpec(
                        coordination, seeds[episode], episodeDurationNanos, decisionStepNanos),
                    policies));
    List<TeamEpisodeResult> episodes = new ArrayList<>(seeds.length);
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i).failed()) {
        throw new TrainingFailedException(
            "held-out episode " + i + " (seed " + seeds[i] + ") of policy " + name + " failed",
            outcomes.get(i).failure());
      }
      episodes.add(outcomes.get(i).value());
    }
    return new Result(name, episodes);
  }
}
