package org.wealtharena.coordination.policy;

import static org.wealtharena.coordination.policy.ObservationLayout.AGGRESSIVENESS_LOGIT;
import static org.wealtharena.coordination.policy.ObservationLayout.CAPITAL_LOGIT;
import static org.wealtharena.coordination.policy.ObservationLayout.JOINT_ACTIONS_PER_AGENT;
import static org.wealtharena.coordination.policy.ObservationLayout.RISK_LOGIT;

import java.util.ArrayList;
import java.util.List;
import org.wealtharena.coordination.AllocationPolicies;

/**
 * One agent trading alone, as a constant allocation that ignores every observation: a joint role
 * (meta-controller, planner) gives agent {@code agent} (its index in the team's order) all the
 * capital and risk at full aggressiveness (logits ±{@link ActionMapping#MAX_LOGIT}), and every
 * other agent nothing at aggressiveness ~0, so they stand aside. An independent learner (role = an
 * agent id, decentralized) can only set its own aggressiveness, capital being split equally: {@code
 * agentId}'s goes to full, the others' to ~0.
 */
public final class SoloAllocation {

  private SoloAllocation() {}

  /**
   * @param roles the roles the team asks for, in order ({@link ConstantPolicies#rolesAskedBy})
   */
  public static AllocationPolicies of(
      List<ConstantPolicies.Role> roles, int agent, String agentId) {
    return ConstantPolicies.of(roles, action(roles, agent, agentId));
  }

  /**
   * Every trading agent alone, as flat actions over {@code roles} in the team's order: as many as a
   * joint role has agents, else one per independent learner (whose role is its agent id).
   */
  public static List<double[]> everyAgentAlone(List<ConstantPolicies.Role> roles) {
    List<String> learners = new ArrayList<>();
    int agents = 0;
    for (ConstantPolicies.Role role : roles) {
      if (isJoint(role)) {
        agents = role.actionSize() / JOINT_ACTIONS_PER_AGENT;
      } else {
        learners.add(role.name());
      }
    }
    if (agents == 0) {
      agents = learners.size();
    }
    List<double[]> alone = new ArrayList<>(agents);
    for (int agent = 0; agent < agents; agent++) {
      alone.add(action(roles, agent, agent < learners.size() ? learners.get(agent) : ""));
    }
    return alone;
  }

  private static boolean isJoint(ConstantPolicies.Role role) {
    return AllocationPolicies.META_CONTROLLER.equals(role.name())
        || AllocationPolicies.PLANNER.equals(role.name());
  }

  /** The flat action of {@link #of}. */
  private static double[] action(List<ConstantPolicies.Role> roles, int agent, String agentId) {
    int total = roles.stream().mapToInt(ConstantPolicies.Role::actionSize).sum();
    double[] flat = new double[total];
    int offset = 0;
    for (ConstantPolicies.Role role : roles) {
      if (isJoint(role)) {
        int agents = role.actionSize() / JOINT_ACTIONS_PER_AGENT;
        if (agent < 0 || agent >= agents) {
          throw new IllegalArgumentException(
              "agent " + agent + " is not in a team of " + agents + " (role " + role.name() + ")");
        }
        for (int a = 0; a < agents; a++) {
          double logit = a == agent ? ActionMapping.MAX_LOGIT : -ActionMapping.MAX_LOGIT;
          int at = offset + a * JOINT_ACTIONS_PER_AGENT;
          flat[at + CAPITAL_LOGIT] = logit;
          flat[at + RISK_LOGIT] = logit;
          flat[at + AGGRESSIVENESS_LOGIT] = logit;
        }
      } else {
        double logit =
            role.name().equals(agentId) ? ActionMapping.MAX_LOGIT : -ActionMapping.MAX_LOGIT;
        for (int i = 0; i < role.actionSize(); i++) {
          flat[offset + i] = logit;
        }
      }
      offset += role.actionSize();
    }
    return flat;
  }
}
