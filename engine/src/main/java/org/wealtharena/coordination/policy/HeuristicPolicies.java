package org.wealtharena.coordination.policy;

import static org.wealtharena.coordination.policy.ObservationLayout.AGENT_FEATURES;
import static org.wealtharena.coordination.policy.ObservationLayout.EPISODE_PNL;
import static org.wealtharena.coordination.policy.ObservationLayout.JOINT_ACTIONS_PER_AGENT;
import static org.wealtharena.coordination.policy.ObservationLayout.RECENT_PNL;
import static org.wealtharena.coordination.policy.ObservationLayout.SUCCESS_RATE;

import org.wealtharena.coordination.AllocationPolicies;
import org.wealtharena.coordination.AllocationPolicy;

/**
 * Fixed rules, reasonable but not optimal, as the baseline a trained policy has to beat:
 *
 * <ul>
 *   <li>capital and risk follow PnL: each agent's logit is {@value #EPISODE_WEIGHT} × its episode
 *       PnL feature plus {@value #RECENT_WEIGHT} × its recent PnL feature, so shares start equal
 *       and drift towards the agents that earn, the bounded features keeping a floor (about 5 %);
 *   <li>aggressiveness follows the share of intents routed: 0.3 + 0.6 × success rate, cut by 40 %
 *       while the agent lost money over the last interval.
 * </ul>
 *
 * Unlike the neutral allocation (equal shares, aggressiveness 0.5), the heuristic starts an episode
 * at aggressiveness 0.9.
 */
public final class HeuristicPolicies implements AllocationPolicies, java.io.Serializable {
  static final double EPISODE_WEIGHT = 2.0;
  static final double RECENT_WEIGHT = 1.0;

  @Override
  public AllocationPolicy policyFor(String role, int observationSize, int actionSize) {
    if (META_CONTROLLER.equals(role) || PLANNER.equals(role)) {
      int agents = actionSize / JOINT_ACTIONS_PER_AGENT;
      if (agents < 1
          || actionSize != ObservationLayout.jointActionSize(agents)
          || observationSize != ObservationLayout.jointObservationSize(agents)) {
        throw new IllegalArgumentException(
            "observationSize/actionSize "
                + observationSize
                + "/"
                + actionSize
                + " do not fit the joint layout for role "
                + role);
      }
      return new Joint(agents);
    }
    if (observationSize != ObservationLayout.INDEPENDENT_OBSERVATION_SIZE
        || actionSize != ObservationLayout.INDEPENDENT_ACTION_SIZE) {
      throw new IllegalArgumentException(
          "observationSize/actionSize "
              + observationSize
              + "/"
              + actionSize
              + " do not fit the independent layout for role "
              + role);
    }
    return new Independent();
  }

  static double aggressivenessLogit(double[] observation, int offset) {
    double aggressiveness = 0.3 + 0.6 * observation[offset + SUCCESS_RATE];
    if (observation[offset + RECENT_PNL] < 0) {
      aggressiveness *= 0.6;
    }
    return ActionMapping.logit(Math.max(0.01, Math.min(0.99, aggressiveness)));
  }

  private record Joint(int agents) implements AllocationPolicy {
    @Override
    public void act(double[] observation, double[] action) {
      for (int a = 0; a < agents; a++) {
        int in = a * AGENT_FEATURES;
        int out = a * JOINT_ACTIONS_PER_AGENT;
        double earning =
            EPISODE_WEIGHT * observation[in + EPISODE_PNL]
                + RECENT_WEIGHT * observation[in + RECENT_PNL];
        action[out + ObservationLayout.CAPITAL_LOGIT] = earning;
        action[out + ObservationLayout.RISK_LOGIT] = earning;
        action[out + ObservationLayout.AGGRESSIVENESS_LOGIT] = aggressivenessLogit(observation, in);
      }
    }

    @Override
    public void reward(double reward, boolean episodeDone) {}
  }

  private record Independent() implements AllocationPolicy {
    @Override
    public void act(double[] observation, double[] action) {
      action[0] = aggressivenessLogit(observation, 0);
    }

    @Override
    public void reward(double reward, boolean episodeDone) {}
  }
}
