package org.wealtharena.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.testing.Scrape;

/** {@code risk_trading_state} is one-hot over active, reducing and halted, and nothing else. */
class RiskTradingStateTest {

  private static double state(SpecializedAgentMetrics m, String state) {
    return Scrape.value(m.registry(), "risk_trading_state", "agent_id", "mm_1", "state", state)
        .orElseThrow();
  }

  @Test
  void theCurrentStateIsOneAndTheOthersZero() {
    SpecializedAgentMetrics m =
        new SpecializedAgentMetrics(MetricsOptions.builder().strict(true).build());
    m.recordRiskTradingState("mm_1", "reducing");
    assertThat(state(m, "active")).isZero();
    assertThat(state(m, "reducing")).isEqualTo(1);
    assertThat(state(m, "halted")).isZero();

    m.riskManager("mm_1").tradingState(RiskTradingState.HALTED);
    assertThat(state(m, "reducing")).isZero();
    assertThat(state(m, "halted")).isEqualTo(1);
  }

  @Test
  void anUnknownStateIsRejectedAndLeavesTheStateAsItWas() {
    SpecializedAgentMetrics lenient = new SpecializedAgentMetrics();
    lenient.recordRiskTradingState("mm_1", "active");
    lenient.recordRiskTradingState("mm_1", "paused");
    assertThat(state(lenient, "active")).isEqualTo(1);
    assertThat(
            Scrape.value(
                    lenient.registry(),
                    "wealtharena_metrics_rejected_total",
                    "family",
                    "risk_trading_state",
                    "reason",
                    "unknown_value")
                .orElseThrow())
        .isEqualTo(1);

    SpecializedAgentMetrics strict =
        new SpecializedAgentMetrics(MetricsOptions.builder().strict(true).build());
    assertThatThrownBy(() -> strict.recordRiskTradingState("mm_1", "paused"))
        .hasMessageContaining("paused");
  }
}
