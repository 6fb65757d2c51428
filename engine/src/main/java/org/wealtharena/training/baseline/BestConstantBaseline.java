package org.wealtharena.training.baseline;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.wealtharena.coordination.TeamEpisodeRunner;
import org.wealtharena.coordination.TeamEpisodeSpec;
import org.wealtharena.coordination.policy.ConstantPolicies;
import org.wealtharena.coordination.policy.SoloAllocation;
import org.wealtharena.training.trainer.EpisodeEngine;
import org.wealtharena.training.trainer.EpisodePool;
import org.wealtharena.training.trainer.TrainingFailedException;

/**
 * The strongest baseline that ignores what it observes: the constant allocation (every role's
 * action fixed) that earns the most team reward on a run's training seeds, found by {@link
 * ConstantActionSearch} from the neutral allocation. A learned policy that does not beat it has
 * learned a number, not a decision. The search starts from the best of the neutral allocation and
 * each trading agent alone ({@link SoloAllocation}), so the corners of the action space, where
 * those lie, are within its reach. Every episode of the search, the probe for the team's roles
 * included, runs on the engine's team.
 */
public final class BestConstantBaseline {

  /** Name of the baseline in reports and in {@code multi_agent_evaluation_reward{policy}}. */
  public static final String NAME = "best_constant";

  /** The constant found, as policies, and the search's record. */
  public record Found(
      List<ConstantPolicies.Role> roles,
      ConstantActionSearch.Result search,
      ConstantPolicies policies) {}

  /**
   * The spec of a training episode with a given market seed; sent to where the episodes run, hence
   * serializable.
   */
  @FunctionalInterface
  public interface EpisodeSpecs extends Serializable {
    TeamEpisodeSpec withSeed(long seed);
  }

  /** Scores a constant by the team reward of one unwatched training episode. */
  private record TeamReward(List<ConstantPolicies.Role> roles, EpisodeSpecs episode)
      implements ConstantActionSearch.Scorer {
    @Override
    public double score(double[] action, long episodeSeed, TeamEpisodeRunner runner) {
      return runner
          .run(unwatched(episode.withSeed(episodeSeed)), ConstantPolicies.of(roles, action))
          .teamReward();
    }
  }

  private BestConstantBaseline() {}

  /**
   * Searches the constant allocations of the team {@code engine} runs.
   *
   * @param episode the spec of a training episode with a given market seed (its watched flag is
   *     ignored: search episodes are never watched, so they leave the gauges alone)
   * @param episodeBudget episodes the search may play, e.g. the training run's iterations times its
   *     episodes per iteration
   * @param seeds the training seeds the candidates play
   */
  public static Found search(
      EpisodeEngine engine,
      EpisodeSpecs episode,
      int episodeBudget,
      ConstantActionSearch.Settings settings,
      long searchSeed,
      ConstantActionSearch.EpisodeSeeds seeds)
      throws TrainingFailedException {
    List<ConstantPolicies.Role> roles = roles(engine, shortest(episode.withSeed(0)));
    int dimension = roles.stream().mapToInt(ConstantPolicies.Role::actionSize).sum();
    List<double[]> starts = new ArrayList<>();
    starts.add(new double[dimension]);
    starts.addAll(SoloAllocation.everyAgentAlone(roles));
    ConstantActionSearch.Result result =
        new ConstantActionSearch(settings, searchSeed)
            .search(starts, episodeBudget, new TeamReward(roles, episode), seeds, engine);
    return new Found(roles, result, ConstantPolicies.of(roles, result.action()));
  }

  /** The roles the team asks policies for, from one episode of {@code probe} on the engine. */
  private static List<ConstantPolicies.Role> roles(EpisodeEngine engine, TeamEpisodeSpec probe)
      throws TrainingFailedException {
    EpisodePool.Outcome<List<ConstantPolicies.Role>> outcome =
        engine
            .runBatch(
                probe,
                1,
                (spec, episode, runner) ->
                    ConstantPolicies.rolesAskedBy(policies -> runner.run(spec, policies)))
            .get(0);
    if (outcome.failed()) {
      throw new TrainingFailedException(
          "best-constant search: the episode asking for the team's roles failed",
          outcome.failure());
    }
    return outcome.value();
  }

  private static TeamEpisodeSpec unwatched(TeamEpisodeSpec spec) {
    return new TeamEpisodeSpec(
        spec.coordination(), spec.seed(), spec.durationNanos(), spec.decisionStepNanos(), false);
  }

  /** One unwatched decision step: enough for the coordinator to ask for its policies. */
  private static TeamEpisodeSpec shortest(TeamEpisodeSpec spec) {
    return new TeamEpisodeSpec(
        spec.coordination(),
        spec.seed(),
        spec.decisionStepNanos(),
        spec.decisionStepNanos(),
        false);
  }
}
