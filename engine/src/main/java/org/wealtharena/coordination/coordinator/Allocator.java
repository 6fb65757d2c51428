package org.wealtharena.coordination.coordinator;

import java.util.Arrays;
import org.wealtharena.coordination.AllocationPolicy;
import org.wealtharena.metrics.CoordinationMethodMetrics;

/**
 * Consults the coordinator's policies: at the episode start and after every allocation interval it
 * pays each policy the reward of the interval just ended, asks it for an action and turns the
 * action into budgets. A policy that throws is counted as an error; its action then counts as
 * all-zero (the neutral allocation) and the episode goes on.
 */
abstract class Allocator {
  private final CoordinationMethodMetrics method;
  private double teamReward;

  Allocator(CoordinationMethodMetrics method) {
    this.method = method;
  }

  /** Pays the last interval (unless {@code first}) and sets every agent's budget. */
  abstract void allocate(Coordinator coordinator, boolean first);

  /** Pays the last interval with {@code episodeDone}. */
  abstract void finish(Coordinator coordinator);

  /** Sum of every reward paid to the policies so far. */
  double teamReward() {
    return teamReward;
  }

  final void act(
      Coordinator coordinator, AllocationPolicy policy, double[] observation, double[] action) {
    long start = System.nanoTime();
    try {
      policy.act(observation, action);
    } catch (RuntimeException e) {
      coordinator.error(e);
      Arrays.fill(action, 0);
    }
    method.decisionLatency((System.nanoTime() - start) * 1e-9);
    method.used();
  }

  final void pay(Coordinator coordinator, AllocationPolicy policy, double reward, boolean done) {
    teamReward += reward;
    try {
      policy.reward(reward, done);
    } catch (RuntimeException e) {
      coordinator.error(e);
    }
  }
}
