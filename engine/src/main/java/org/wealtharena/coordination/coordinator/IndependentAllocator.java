package org.wealtharena.coordination.coordinator;

import java.util.List;
import org.wealtharena.coordination.AllocationPolicies;
import org.wealtharena.coordination.AllocationPolicy;
import org.wealtharena.coordination.policy.ActionMapping;
import org.wealtharena.coordination.policy.ObservationLayout;
import org.wealtharena.metrics.CoordinationMethodMetrics;

/**
 * Decentralized: one independent learner per agent (role = the agent id). Each sees only its own
 * agent (and the globals) and sets only its aggressiveness; capital and risk are split equally.
 * Each is paid its own agent's PnL change over the interval minus its own critical violations.
 */
final class IndependentAllocator extends Allocator {
  private final AllocationPolicy[] policies;
  private final double[] observation = new double[ObservationLayout.INDEPENDENT_OBSERVATION_SIZE];
  private final double[] action = new double[ObservationLayout.INDEPENDENT_ACTION_SIZE];

  IndependentAllocator(
      AllocationPolicies source, List<String> agentIds, CoordinationMethodMetrics method) {
    super(method);
    this.policies = new AllocationPolicy[agentIds.size()];
    for (int a = 0; a < policies.length; a++) {
      policies[a] = source.policyFor(agentIds.get(a), observation.length, action.length);
    }
  }

  @Override
  void allocate(Coordinator coordinator, boolean first) {
    double equalShare = 1.0 / policies.length;
    for (int a = 0; a < policies.length; a++) {
      if (!first) {
        pay(coordinator, policies[a], coordinator.intervalReward(a), false);
      }
      coordinator.writeAgentFeatures(a, observation, 0);
      coordinator.writeGlobalFeatures(observation, ObservationLayout.AGENT_FEATURES);
      act(coordinator, policies[a], observation, action);
      coordinator.assign(a, equalShare, equalShare, ActionMapping.sigmoid(action[0]));
    }
  }

  @Override
  void finish(Coordinator coordinator) {
    for (int a = 0; a < policies.length; a++) {
      pay(coordinator, policies[a], coordinator.intervalReward(a), true);
    }
  }
}
