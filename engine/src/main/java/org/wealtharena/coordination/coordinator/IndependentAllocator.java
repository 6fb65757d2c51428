package org.wealtharena.coordination.coordinator;

import java.util.List;
import org.wealtharena.coordination.AllocationPolicies;
import org.wealtharena.coordination.AllocationPolicy;
import org.wealtharena.coordination.policy.ObservationLayout;
import org.wealtharena.metrics.CoordinationMethodMetrics;
import org.wealtharena.metrics.CoordinationMetrics;

/**
 * Decentralized: one independent learner per agent (role = the agent id). Each sees only its own
 * agent (and the globals) and sets only its aggressiveness; each is paid its own agent's interval
 * reward ({@link AllocationProblem}).
 */
final class IndependentAllocator extends Allocator {
  private final AllocationPolicy[] policies;
  private final double[] observation = new double[ObservationLayout.INDEPENDENT_OBSERVATION_SIZE];
  private final double[] action = new double[ObservationLayout.INDEPENDENT_ACTION_SIZE];

  IndependentAllocator(
      AllocationPolicies source,
      List<String> agentIds,
      CoordinationMethodMetrics method,
      CoordinationMetrics metrics,
      EpisodeStatistics statistics) {
    super(method, metrics, statistics);
    this.policies = new AllocationPolicy[agentIds.size()];
    for (int a = 0; a < policies.length; a++) {
      policies[a] = source.policyFor(agentIds.get(a), observation.length, action.length);
    }
  }

  @Override
  void allocate(AllocationProblem problem, boolean first) {
    for (int a = 0; a < policies.length; a++) {
      if (!first) {
        pay(policies[a], problem.intervalReward(a), false);
      }
      problem.writeIndependentObservation(a, observation);
      act(policies[a], observation, action);
      problem.applyIndependentAction(a, action);
    }
  }

  @Override
  void finish(AllocationProblem problem) {
    for (int a = 0; a < policies.length; a++) {
      pay(policies[a], problem.intervalReward(a), true);
    }
  }
}
