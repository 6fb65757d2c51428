package org.wealtharena.training.baseline;

import java.util.List;
import java.util.function.LongFunction;
import org.wealtharena.coordination.TeamEpisodeRunner;
import org.wealtharena.coordination.TeamEpisodeSpec;
import org.wealtharena.coordination.policy.ConstantPolicies;
import org.wealtharena.training.trainer.EpisodePool;
import org.wealtharena.training.trainer.TrainingFailedException;

/**
 * The strongest baseline that ignores what it observes: the constant allocation (every role's
 * action fixed) that earns the most team reward on a run's training seeds, found by {@link
 * ConstantActionSearch} from the neutral allocation. A learned policy that does not beat it has
 * learned a number, not a decision.
 */
public final class BestConstantBaseline {

  /** Name of the baseline in reports and in {@code multi_agent_evaluation_reward{policy}}. */
  public static final String NAME = "best_constant";

  /** The constant found, as policies, and the search's record. */
  public record Found(
      List<ConstantPolicies.Role> roles,
      ConstantActionSearch.Result search,
      ConstantPolicies policies) {}

  private BestConstantBaseline() {}

  /**
   * Searches the constant allocations of the team {@code runner} runs.
   *
   * @param episode the spec of a training episode with a given market seed (its watched flag is
   *     ignored: search episodes are never watched, so they leave the gauges alone)
   * @param episodeBudget episodes the search may play, e.g. the training run's iterations times its
   *     episodes per iteration
   * @param seeds the training seeds the candidates play
   */
  public static Found search(
      TeamEpisodeRunner runner,
      LongFunction<TeamEpisodeSpec> episode,
      int episodeBudget,
      ConstantActionSearch.Settings settings,
      long searchSeed,
      ConstantActionSearch.EpisodeSeeds seeds,
      EpisodePool pool)
      throws TrainingFailedException {
    List<ConstantPolicies.Role> roles =
        ConstantPolicies.rolesAskedBy(
            policies -> runner.run(unwatched(shortest(episode.apply(0))), policies));
    int dimension = roles.stream().mapToInt(ConstantPolicies.Role::actionSize).sum();
    ConstantActionSearch.Result result =
        new ConstantActionSearch(settings, searchSeed)
            .search(
                new double[dimension],
                episodeBudget,
                (action, seed) ->
                    runner
                        .run(unwatched(episode.apply(seed)), ConstantPolicies.of(roles, action))
                        .teamReward(),
                seeds,
                pool);
    return new Found(roles, result, ConstantPolicies.of(roles, result.action()));
  }

  private static TeamEpisodeSpec unwatched(TeamEpisodeSpec spec) {
    return new TeamEpisodeSpec(
        spec.coordination(), spec.seed(), spec.durationNanos(), spec.decisionStepNanos(), false);
  }

  /** One decision step: enough for the coordinator to ask for its policies. */
  private static TeamEpisodeSpec shortest(TeamEpisodeSpec spec) {
    return new TeamEpisodeSpec(
        spec.coordination(),
        spec.seed(),
        spec.decisionStepNanos(),
        spec.decisionStepNanos(),
        false);
  }
}
