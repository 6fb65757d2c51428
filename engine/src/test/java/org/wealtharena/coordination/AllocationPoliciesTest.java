package org.wealtharena.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.wealtharena.coordination.policy.ActionMapping;
import org.wealtharena.coordination.policy.HeuristicPolicies;
import org.wealtharena.coordination.policy.NeutralPolicies;
import org.wealtharena.coordination.policy.ObservationLayout;

/** The neutral start and the heuristic baseline allocate differently; zero maps to neutral. */
class AllocationPoliciesTest {
  private static final int AGENTS = 3;

  private static double[] startObservation() {
    double[] observation = new double[ObservationLayout.jointObservationSize(AGENTS)];
    for (int a = 0; a < AGENTS; a++) {
      observation[a * ObservationLayout.AGENT_FEATURES + ObservationLayout.SUCCESS_RATE] = 1;
      observation[a * ObservationLayout.AGENT_FEATURES + ObservationLayout.CAPITAL_SHARE] =
          1.0 / AGENTS;
    }
    observation[AGENTS * ObservationLayout.AGENT_FEATURES + ObservationLayout.TIME_LEFT] = 1;
    return observation;
  }

  private static double[] act(AllocationPolicies policies, double[] observation) {
    double[] action = new double[ObservationLayout.jointActionSize(AGENTS)];
    policies
        .policyFor(AllocationPolicies.META_CONTROLLER, observation.length, action.length)
        .act(observation, action);
    return action;
  }

  @Test
  void aZeroActionIsTheNeutralAllocation() {
    double[] action = act(new NeutralPolicies(), startObservation());
    double[] shares = new double[AGENTS];
    ActionMapping.softmax(
        action,
        ObservationLayout.CAPITAL_LOGIT,
        ObservationLayout.JOINT_ACTIONS_PER_AGENT,
        AGENTS,
        shares);
    assertThat(shares).containsOnly(1.0 / AGENTS);
    assertThat(ActionMapping.sigmoid(action[ObservationLayout.AGGRESSIVENESS_LOGIT]))
        .isEqualTo(0.5);
  }

  @Test
  void theHeuristicDiffersFromNeutralFromTheStart() {
    double[] heuristic = act(new HeuristicPolicies(), startObservation());
    assertThat(heuristic).isNotEqualTo(act(new NeutralPolicies(), startObservation()));
    assertThat(ActionMapping.sigmoid(heuristic[ObservationLayout.AGGRESSIVENESS_LOGIT]))
        .isCloseTo(0.9, within(1e-9));
  }

  @Test
  void theHeuristicMovesCapitalToTheAgentThatEarns() {
    double[] observation = startObservation();
    observation[ObservationLayout.AGENT_FEATURES + ObservationLayout.EPISODE_PNL] = 0.8;
    observation[ObservationLayout.EPISODE_PNL] = -0.3;
    double[] shares = new double[AGENTS];
    ActionMapping.softmax(
        act(new HeuristicPolicies(), observation),
        ObservationLayout.CAPITAL_LOGIT,
        ObservationLayout.JOINT_ACTIONS_PER_AGENT,
        AGENTS,
        shares);
    assertThat(shares[1]).isGreaterThan(shares[2]).isGreaterThan(shares[0]);
    assertThat(shares[0]).isGreaterThan(0.03);
  }

  @Test
  void aLayoutThatDoesNotFitIsRefusedNamingTheSizes() {
    assertThatThrownBy(() -> new HeuristicPolicies().policyFor("mm-1", 5, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("observationSize");
  }
}
