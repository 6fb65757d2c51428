package org.wealtharena.coordination.coordinator;

import static org.wealtharena.coordination.policy.ObservationLayout.AGENT_FEATURES;
import static org.wealtharena.coordination.policy.ObservationLayout.AGGRESSIVENESS_LOGIT;
import static org.wealtharena.coordination.policy.ObservationLayout.CAPITAL_LOGIT;
import static org.wealtharena.coordination.policy.ObservationLayout.JOINT_ACTIONS_PER_AGENT;
import static org.wealtharena.coordination.policy.ObservationLayout.RISK_LOGIT;

import org.wealtharena.coordination.AllocationPolicies;
import org.wealtharena.coordination.AllocationPolicy;
import org.wealtharena.coordination.policy.ActionMapping;
import org.wealtharena.coordination.policy.ObservationLayout;
import org.wealtharena.metrics.CoordinationMethodMetrics;

/**
 * One policy for the whole team (the hierarchical meta-controller, the centralized planner): it
 * sees every agent and sets every agent's capital share, risk share and aggressiveness; its reward
 * is the team's PnL change over the interval in reward units minus the penalty for the team's
 * critical violations.
 */
final class JointAllocator extends Allocator {
  private final int agents;
  private final AllocationPolicy policy;
  private final double[] observation;
  private final double[] action;
  private final double[] capitalShares;
  private final double[] riskShares;

  JointAllocator(
      String role, AllocationPolicies policies, int agents, CoordinationMethodMetrics method) {
    super(method);
    this.agents = agents;
    this.observation = new double[ObservationLayout.jointObservationSize(agents)];
    this.action = new double[ObservationLayout.jointActionSize(agents)];
    this.policy = policies.policyFor(role, observation.length, action.length);
    this.capitalShares = new double[agents];
    this.riskShares = new double[agents];
  }

  @Override
  void allocate(Coordinator coordinator, boolean first) {
    if (!first) {
      pay(coordinator, policy, coordinator.teamIntervalReward(), false);
    }
    for (int a = 0; a < agents; a++) {
      coordinator.writeAgentFeatures(a, observation, a * AGENT_FEATURES);
    }
    coordinator.writeGlobalFeatures(observation, agents * AGENT_FEATURES);
    act(coordinator, policy, observation, action);
    ActionMapping.softmax(action, CAPITAL_LOGIT, JOINT_ACTIONS_PER_AGENT, agents, capitalShares);
    ActionMapping.softmax(action, RISK_LOGIT, JOINT_ACTIONS_PER_AGENT, agents, riskShares);
    for (int a = 0; a < agents; a++) {
      double aggressiveness =
          ActionMapping.sigmoid(action[a * JOINT_ACTIONS_PER_AGENT + AGGRESSIVENESS_LOGIT]);
      coordinator.assign(a, capitalShares[a], riskShares[a], aggressiveness);
    }
  }

  @Override
  void finish(Coordinator coordinator) {
    pay(coordinator, policy, coordinator.teamIntervalReward(), true);
  }
}
