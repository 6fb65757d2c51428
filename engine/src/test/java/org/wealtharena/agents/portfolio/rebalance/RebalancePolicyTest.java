package org.wealtharena.agents.portfolio.rebalance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.RebalanceTrigger;

class RebalancePolicyTest {

  private static final double[] TARGET = {0.5, 0.3, 0.2};
  private static final double[] NEAR_TARGET = {0.52, 0.29, 0.19}; // largest drift 0.02
  private static final double[] DRIFTED = {0.58, 0.25, 0.17}; // largest drift 0.08

  /** Every 20 steps, drift band 5%, drawdown limit 10%, VaR limit 3%. */
  private final RebalancePolicy policy = new RebalancePolicy(20, 0.05, 0.10, 0.03);

  @Test
  void labelsAreTheMetricsLabelValues() {
    assertThat(Arrays.stream(RebalanceTrigger.values()).map(RebalanceTrigger::label))
        .containsExactly("scheduled", "drift", "risk");
  }

  @Test
  void holdsWhileNothingIsDue() {
    assertThat(policy.decide(19, NEAR_TARGET, TARGET, 0.05, 0.02)).isEmpty();
  }

  @Test
  void schedulesOnceTheIntervalHasPassed() {
    assertThat(policy.decide(20, NEAR_TARGET, TARGET, 0.05, 0.02))
        .contains(RebalanceTrigger.SCHEDULED);
  }

  @Test
  void driftBeyondTheBandTriggers() {
    assertThat(policy.decide(1, DRIFTED, TARGET, 0.05, 0.02)).contains(RebalanceTrigger.DRIFT);
  }

  @Test
  void drawdownOrVarAboveTheirLimitsTriggerRisk() {
    assertThat(policy.decide(1, NEAR_TARGET, TARGET, 0.11, 0.02)).contains(RebalanceTrigger.RISK);
    assertThat(policy.decide(1, NEAR_TARGET, TARGET, 0.05, 0.031)).contains(RebalanceTrigger.RISK);
  }

  @Test
  void riskOutranksDriftWhichOutranksSchedule() {
    assertThat(policy.decide(20, DRIFTED, TARGET, 0.2, 0.02)).contains(RebalanceTrigger.RISK);
    assertThat(policy.decide(20, DRIFTED, TARGET, 0.05, 0.02)).contains(RebalanceTrigger.DRIFT);
  }

  @Test
  void infiniteLimitsDisableTheRiskTrigger() {
    RebalancePolicy noRisk =
        new RebalancePolicy(20, 0.05, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

    assertThat(noRisk.decide(1, NEAR_TARGET, TARGET, 0.9, 0.5)).isEmpty();
  }

  @Test
  void turnoverIsHalfTheSumOfAbsoluteWeightChanges() {
    assertThat(RebalancePolicy.turnover(new double[] {0.5, 0.5}, new double[] {0.2, 0.8}))
        .isCloseTo(0.3, within(1e-15));
    assertThat(RebalancePolicy.turnover(TARGET, TARGET)).isZero();
    assertThat(RebalancePolicy.turnover(new double[] {1, 0}, new double[] {0, 1})).isEqualTo(1.0);
  }

  @Test
  void rejectsBadSettingsAndInputs() {
    assertThatThrownBy(() -> new RebalancePolicy(0, 0.05, 0.1, 0.03))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schedule interval");
    assertThatThrownBy(() -> new RebalancePolicy(20, 0, 0.1, 0.03))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("drift band");
    assertThatThrownBy(() -> new RebalancePolicy(20, 0.05, Double.NaN, 0.03))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("drawdown");
    assertThatThrownBy(() -> new RebalancePolicy(20, 0.05, 0.1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("VaR");
    assertThatThrownBy(() -> policy.decide(1, new double[] {1}, TARGET, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("equal length, got 1 and 3");
    assertThatThrownBy(() -> policy.decide(1, NEAR_TARGET, TARGET, Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> RebalancePolicy.turnover(new double[] {Double.NaN}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not finite");
  }
}
