package org.wealtharena.coordination.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wealtharena.coordination.AllocationPolicies;

class SoloAllocationTest {

  private static double[] action(AllocationPolicies policies, String role, int size) {
    double[] action = new double[size];
    policies.policyFor(role, 1, size).act(new double[1], action);
    return action;
  }

  @Test
  void aJointRoleGivesTheAgentAllCapitalAndRiskAndStandsTheOthersAside() {
    int size = ObservationLayout.jointActionSize(3);
    AllocationPolicies alone =
        SoloAllocation.of(
            List.of(new ConstantPolicies.Role(AllocationPolicies.META_CONTROLLER, size)),
            1,
            "arb-1");
    double[] action = action(alone, AllocationPolicies.META_CONTROLLER, size);

    double[] capital = new double[3];
    ActionMapping.softmax(action, ObservationLayout.CAPITAL_LOGIT, 3, 3, capital);
    assertThat(capital[1]).isGreaterThan(1 - 1e-8);
    double[] risk = new double[3];
    ActionMapping.softmax(action, ObservationLayout.RISK_LOGIT, 3, 3, risk);
    assertThat(risk[1]).isGreaterThan(1 - 1e-8);
    assertThat(ActionMapping.sigmoid(action[3 + ObservationLayout.AGGRESSIVENESS_LOGIT]))
        .isGreaterThan(0.9999);
    assertThat(ActionMapping.sigmoid(action[ObservationLayout.AGGRESSIVENESS_LOGIT]))
        .isLessThan(1e-4);
  }

  @Test
  void independentLearnersLeaveOnlyTheirOwnAgentTrading() {
    AllocationPolicies alone =
        SoloAllocation.of(
            List.of(new ConstantPolicies.Role("mm-1", 1), new ConstantPolicies.Role("arb-1", 1)),
            1,
            "arb-1");
    assertThat(ActionMapping.sigmoid(action(alone, "arb-1", 1)[0])).isGreaterThan(0.9999);
    assertThat(ActionMapping.sigmoid(action(alone, "mm-1", 1)[0])).isLessThan(1e-4);
  }

  @Test
  void everyAgentAloneIsOneSoloAllocationPerTradingAgent() {
    int size = ObservationLayout.jointActionSize(3);
    List<ConstantPolicies.Role> joint =
        List.of(new ConstantPolicies.Role(AllocationPolicies.META_CONTROLLER, size));
    List<double[]> alone = SoloAllocation.everyAgentAlone(joint);

    assertThat(alone).hasSize(3);
    for (int agent = 0; agent < 3; agent++) {
      assertThat(alone.get(agent))
          .containsExactly(
              action(
                  SoloAllocation.of(joint, agent, ""), AllocationPolicies.META_CONTROLLER, size));
    }

    List<ConstantPolicies.Role> independent =
        List.of(new ConstantPolicies.Role("mm-1", 1), new ConstantPolicies.Role("arb-1", 1));
    List<double[]> learners = SoloAllocation.everyAgentAlone(independent);
    assertThat(learners).hasSize(2);
    assertThat(learners.get(1)).containsExactly(-ActionMapping.MAX_LOGIT, ActionMapping.MAX_LOGIT);
  }
}
