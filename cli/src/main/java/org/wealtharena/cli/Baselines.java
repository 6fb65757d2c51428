package org.wealtharena.cli;

import java.util.ArrayList;
import java.util.List;
import org.wealtharena.coordination.AgentEpisodeResult;
import org.wealtharena.coordination.AllocationPolicies;
import org.wealtharena.coordination.policy.HeuristicPolicies;
import org.wealtharena.coordination.policy.SoloAllocation;
import org.wealtharena.training.baseline.BestConstantBaseline;
import org.wealtharena.training.trainer.LearnedPolicies;

/**
 * The baselines every evaluation plays beside the trained policy, on the same seeds: the untrained
 * start (the run's initial policy), the fixed heuristic, each trading agent alone (a constant
 * allocation giving it all capital and risk, {@code alone_<agent type>}) and the best constant
 * allocation a search found on the run's training seeds ({@value BestConstantBaseline#NAME}).
 */
final class Baselines {

  static final String TRAINED = "trained";
  static final String UNTRAINED = "untrained";
  static final String HEURISTIC = "heuristic";
  static final String ALONE = "alone_";

  /** A policy under the name the reports and metrics give it. */
  record Named(String name, AllocationPolicies policies) {}

  private static final AllocationPolicies HEURISTIC_POLICIES = new HeuristicPolicies();

  private Baselines() {}

  /**
   * The baselines of a run whose {@code trained} policies they are compared with, in report order.
   *
   * @param agents the team's agents in its order, as an episode of it reports them
   * @param bestConstant the run's best constant allocation, and the roles the team asks for
   */
  static List<Named> of(
      LearnedPolicies trained,
      List<AgentEpisodeResult> agents,
      BestConstantBaseline.Found bestConstant) {
    List<Named> baselines = new ArrayList<>();
    baselines.add(new Named(UNTRAINED, trained.untrainedStart().meanActions()));
    baselines.add(new Named(HEURISTIC, HEURISTIC_POLICIES));
    int index = 0;
    for (AgentEpisodeResult agent : agents) {
      if (agent.trades()) {
        baselines.add(
            new Named(
                ALONE + agent.agentType(),
                SoloAllocation.of(bestConstant.roles(), index, agent.agentId())));
        index++;
      }
    }
    baselines.add(new Named(BestConstantBaseline.NAME, bestConstant.policies()));
    return baselines;
  }
}
