package org.wealtharena.coordination.coordinator;

import org.wealtharena.coordination.AllocationPolicies;
import org.wealtharena.coordination.AllocationPolicy;
import org.wealtharena.coordination.policy.ObservationLayout;
import org.wealtharena.metrics.CoordinationMethodMetrics;
import org.wealtharena.metrics.CoordinationMetrics;

/**
 * One policy for the whole team (the hierarchical meta-controller, the centralized planner): it
 * sees every agent and sets every agent's capital share, risk share and aggressiveness; it is paid
 * the team's interval reward ({@link AllocationProblem}).
 */
final class JointAllocator extends Allocator {
  private final AllocationPolicy policy;
  private final double[] observation;
  private final double[] action;

  JointAllocator(
      String role,
      AllocationPolicies policies,
      int agents,
      CoordinationMethodMetrics method,
      CoordinationMetrics metrics,
      EpisodeStatistics statistics) {
    super(method, metrics, statistics);
    this.observation = new double[ObservationLayout.jointObservationSize(agents)];
    this.action = new double[ObservationLayout.jointActionSize(agents)];
    this.policy = policies.policyFor(role, observation.length, action.length);
  }

  @Override
  void allocate(AllocationProblem problem, boolean first) {
    if (!first) {
      pay(policy, problem.teamIntervalReward(), false);
    }
    problem.writeJointObservation(observation);
    act(policy, observation, action);
    problem.applyJointAction(action);
  }

  @Override
  void finish(AllocationProblem problem) {
    pay(policy, problem.teamIntervalReward(), true);
  }
}
