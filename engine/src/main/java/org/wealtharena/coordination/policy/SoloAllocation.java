package org.wealtharena.coordination.policy;

import static org.wealtharena.coordination.policy.ObservationLayout.AGGRESSIVENESS_LOGIT;
import static org.wealtharena.coordination.policy.ObservationLayout.CAPITAL_LOGIT;
import static org.wealtharena.coordination.policy.ObservationLayout.JOINT_ACTIONS_PER_AGENT;
import static org.wealtharena.coordination.policy.ObservationLayout.RISK_LOGIT;

import java.util.Arrays;
import org.wealtharena.coordination.AllocationPolicies;
import org.wealtharena.coordination.AllocationPolicy;

/**
 * One agent trading alone, as a constant allocation that ignores every observation: a joint role
 * (meta-controller, planner) gives agent {@code agent} (its index in the team's order) all the
 * capital and risk at full aggressiveness (logits ±{@link ActionMapping#MAX_LOGIT}), and every
 * other agent nothing at aggressiveness ~0, so they stand aside. An independent learner (role = an
 * agent id, decentralized) can only set its own aggressiveness, capital being split equally: {@code
 * agentId}'s goes to full, the others' to ~0.
 */
public record SoloAllocation(int agent, String agentId) implements AllocationPolicies {

  public SoloAllocation {
    if (agent < 0) {
      throw new IllegalArgumentException("agent index must not be negative, got " + agent);
    }
  }

  @Override
  public AllocationPolicy policyFor(String role, int observationSize, int actionSize) {
    double[] constant = new double[actionSize];
    if (META_CONTROLLER.equals(role) || PLANNER.equals(role)) {
      int agents = actionSize / JOINT_ACTIONS_PER_AGENT;
      if (agent >= agents) {
        throw new IllegalArgumentException(
            "agent " + agent + " is not in a team of " + agents + " (role " + role + ")");
      }
      for (int a = 0; a < agents; a++) {
        double logit = a == agent ? ActionMapping.MAX_LOGIT : -ActionMapping.MAX_LOGIT;
        constant[a * JOINT_ACTIONS_PER_AGENT + CAPITAL_LOGIT] = logit;
        constant[a * JOINT_ACTIONS_PER_AGENT + RISK_LOGIT] = logit;
        constant[a * JOINT_ACTIONS_PER_AGENT + AGGRESSIVENESS_LOGIT] = logit;
      }
    } else {
      Arrays.fill(
          constant, role.equals(agentId) ? ActionMapping.MAX_LOGIT : -ActionMapping.MAX_LOGIT);
    }
    return new AllocationPolicy() {
      @Override
      public void act(double[] observation, double[] action) {
        System.arraycopy(constant, 0, action, 0, actionSize);
      }

      @Override
      public void reward(double reward, boolean episodeDone) {}
    };
  }
}
