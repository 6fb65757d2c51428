package org.wealtharena.coordination.coordinator;

import java.util.Arrays;
import java.util.List;
import org.wealtharena.agents.AgentErrorType;
import org.wealtharena.coordination.AllocationPolicies;
import org.wealtharena.coordination.AllocationPolicy;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.metrics.CoordinationMethodMetrics;
import org.wealtharena.metrics.CoordinationMetrics;

/**
 * Consults the coordinator's policies on the {@link AllocationProblem}: at the episode start and
 * after every allocation interval it pays each policy the reward of the interval just ended, asks
 * it for an action and applies the action. A policy that throws is counted as an error; its action
 * then counts as all-zero (the neutral allocation) and the episode goes on.
 */
abstract class Allocator {
  private final CoordinationMethodMetrics method;
  private final CoordinationMetrics metrics;
  private final EpisodeStatistics statistics;

  Allocator(
      CoordinationMethodMetrics method, CoordinationMetrics metrics, EpisodeStatistics statistics) {
    this.method = method;
    this.metrics = metrics;
    this.statistics = statistics;
  }

  /** The allocator of a coordination type: one joint policy, or one learner per agent. */
  static Allocator of(
      CoordinationType type,
      AllocationPolicies policies,
      List<String> agentIds,
      CoordinationInstruments instruments,
      EpisodeStatistics statistics) {
    return switch (type) {
      case HIERARCHICAL ->
          new JointAllocator(
              AllocationPolicies.META_CONTROLLER,
              policies,
              agentIds.size(),
              instruments.method(CoordinationMethod.META_ALLOCATION),
              instruments.metrics,
              statistics);
      case CENTRALIZED ->
          new JointAllocator(
              AllocationPolicies.PLANNER,
              policies,
              agentIds.size(),
              instruments.method(CoordinationMethod.CENTRAL_ALLOCATION),
              instruments.metrics,
              statistics);
      case DECENTRALIZED ->
          new IndependentAllocator(
              policies,
              agentIds,
              instruments.method(CoordinationMethod.INDEPENDENT),
              instruments.metrics,
              statistics);
    };
  }

  /** Pays the last interval (unless {@code first}) and sets every agent's budget. */
  abstract void allocate(AllocationProblem problem, boolean first);

  /** Pays the last interval with {@code episodeDone}. */
  abstract void finish(AllocationProblem problem);

  final void act(AllocationPolicy policy, double[] observation, double[] action) {
    long start = System.nanoTime();
    try {
      policy.act(observation, action);
    } catch (RuntimeException e) {
      error(e);
      Arrays.fill(action, 0);
    }
    method.decisionLatency((System.nanoTime() - start) * 1e-9);
    method.used();
  }

  final void pay(AllocationPolicy policy, double reward, boolean done) {
    statistics.policyReward(reward);
    try {
      policy.reward(reward, done);
    } catch (RuntimeException e) {
      error(e);
    }
  }

  private void error(RuntimeException e) {
    metrics.error(AgentErrorType.of(e).label());
  }
}
