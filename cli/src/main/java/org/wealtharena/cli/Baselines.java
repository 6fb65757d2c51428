package org.wealtharena.cli;

import java.util.ArrayList;
import java.util.List;
import org.wealtharena.coordination.AgentEpisodeResult;
import org.wealtharena.coordination.AllocationPolicies;
import org.wealtharena.coordination.policy.HeuristicPolicies;
import org.wealtharena.coordination.policy.SoloAllocation;
import org.wealtharena.training.trainer.LearnedPolicies;

/**
 * The baselines every evaluation plays beside the trained policy, on the same seeds: the untrained
 * start (the run's initial policy), the fixed heuristic, and each trading agent alone (a constant
 * allocation giving it all capital and risk, {@code alone_<agent type>}).
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
   */
  static List<Named> of(LearnedPolicies trained, List<AgentEpisodeResult> agents) {
    List<Named> baselines = new ArrayList<>();
    baselines.add(new Named(UNTRAINED, trained.untrainedStart().meanActions()));
    baselines.add(new Named(HEURISTIC, HEURISTIC_POLICIES));
    int index = 0;
    for (AgentEpisodeResult agent : agents) {
      if (agent.trades()) {
        baselines.add(
            new Named(ALONE + agent.agentType(), new SoloAllocation(index, agent.agentId())));
        index++;
      }
    }
    return baselines;
  }
}
