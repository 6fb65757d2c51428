package org.wealtharena.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wealtharena.metrics.RejectionTest.rejected;

import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.testing.Scrape;

/**
 * Sibling calls take their String labels in different orders, as the guide names them: {@code
 * recordCoordinationOverhead(type, method, s)} but {@code recordCoordinationDecisionLatency(method,
 * type, s)}. Enumerated labels are checked against their values, so a swapped pair is a counted
 * rejection, never a new series.
 */
class SwappedLabelsTest {

  @Test
  void swappedCoordinationTypeAndMethodAreRejectedNotStored() {
    MultiAgentMetrics m = new MultiAgentMetrics();

    m.recordCoordinationOverhead("meta_allocation", "hierarchical", 1e-5); // (method, type)
    m.recordCoordinationDecisionLatency("hierarchical", "meta_allocation", 1e-5); // (type, method)
    m.recordCoordinationMethodUsage("hierarchical", "meta_allocation");
    m.recordSharedEnvConflict("hierarchical", "self_trade");
    m.recordMultiAgentError("hierarchical", "other");

    for (String family :
        new String[] {
          "agent_coordination_overhead_seconds",
          "coordination_decision_latency_seconds",
          "coordination_method_usage_total",
          "shared_environment_conflicts_total",
          "multi_agent_errors_total"
        }) {
      assertThat(rejected(m, family, "unknown_value")).as(family).isEqualTo(1.0);
      assertThat(Scrape.points(m.registry(), family)).as(family).isEmpty();
    }
  }

  @Test
  void theRightOrderIsStored() {
    MultiAgentMetrics m = new MultiAgentMetrics();

    m.recordCoordinationOverhead("hierarchical", "meta_allocation", 1e-5);
    m.recordCoordinationDecisionLatency("meta_allocation", "hierarchical", 1e-5);
    m.recordCoordinationMethodUsage("meta_allocation", "hierarchical");

    assertThat(
            Scrape.value(
                m.registry(),
                "coordination_method_usage_total",
                "coordination_type",
                "hierarchical",
                "method",
                "meta_allocation"))
        .hasValue(1.0);
    assertThat(
            Scrape.value(
                m.registry(),
                "coordination_decision_latency_seconds",
                "coordination_type",
                "hierarchical",
                "method",
                "meta_allocation"))
        .hasValue(1.0);
  }

  @Test
  void swappedSpecializedLabelsAreRejected() {
    SpecializedAgentMetrics m = new SpecializedAgentMetrics();

    m.recordRiskViolation("risk_1", "warning", "position_limit"); // severity and type swapped
    m.recordRiskCheckLatency("position_limit", "risk_1", 1e-6); // agent and check swapped
    m.recordSpecializedAgentError("arb_1", "other", "arbitrage"); // type and error swapped

    assertThat(rejected(m, "risk_violations_total", "unknown_value")).isEqualTo(1.0);
    assertThat(rejected(m, "risk_check_latency_seconds", "unknown_value")).isEqualTo(1.0);
    assertThat(rejected(m, "specialized_agent_errors_total", "unknown_value")).isEqualTo(1.0);
  }

  @Test
  void aUsersOwnValueWorksOnceRegisteredInEveryFamilyWithTheLabel() {
    MultiAgentMetrics m = new MultiAgentMetrics();
    m.recordCoordinationMethodUsage("auction", "hierarchical");
    assertThat(rejected(m, "coordination_method_usage_total", "unknown_value")).isEqualTo(1.0);

    m.allowLabelValues("method", "auction");
    m.recordCoordinationMethodUsage("auction", "hierarchical");
    m.coordination("hierarchical").method("auction").overhead(2e-6);

    assertThat(
            Scrape.value(
                m.registry(),
                "coordination_method_usage_total",
                "coordination_type",
                "hierarchical",
                "method",
                "auction"))
        .hasValue(1.0);
    assertThat(
            Scrape.value(
                m.registry(),
                "agent_coordination_overhead_seconds",
                "coordination_type",
                "hierarchical",
                "method",
                "auction"))
        .hasValue(1.0);
    // still only one rejection: the first call, before the value was registered
    assertThat(rejected(m, "coordination_method_usage_total", "unknown_value")).isEqualTo(1.0);
  }

  @Test
  void strictModeNamesTheLabelTheValueAndHowToRegisterOne() {
    MultiAgentMetrics m = new MultiAgentMetrics(MetricsOptions.builder().strict(true).build());
    assertThatThrownBy(
            () -> m.recordCoordinationDecisionLatency("hierarchical", "meta_allocation", 1e-5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll(
            "coordination_decision_latency_seconds",
            "method=\"hierarchical\"",
            "meta_allocation",
            "allowLabelValues(\"method\"");
  }

  @Test
  void valuesFixedByTheCatalogAndFreeLabelsCannotBeExtended() {
    SpecializedAgentMetrics m = new SpecializedAgentMetrics();
    assertThatThrownBy(() -> m.allowLabelValues("agent_id", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("agent_id");
    assertThatThrownBy(() -> m.allowLabelValues("error_type", " "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
