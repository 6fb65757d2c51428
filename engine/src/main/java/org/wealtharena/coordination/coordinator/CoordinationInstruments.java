package org.wealtharena.coordination.coordinator;

import org.wealtharena.agents.AgentErrorType;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.metrics.BoundGauge;
import org.wealtharena.metrics.CoordinationMethodMetrics;
import org.wealtharena.metrics.CoordinationMetrics;
import org.wealtharena.metrics.MultiAgentMetrics;

/**
 * The endpoint-1 series a coordinator of one type writes, bound once (per environment and type) and
 * shared by its episodes, so a step resolves no labels.
 */
public final class CoordinationInstruments {
  final CoordinationMetrics metrics;
  private final CoordinationMethodMetrics[] methods;
  final BoundGauge capital;
  final BoundGauge riskBudget;
  final BoundGauge orderRate;

  public CoordinationInstruments(MultiAgentMetrics registry, CoordinationType type) {
    this.metrics = registry.coordination(type.label());
    for (AgentErrorType error : AgentErrorType.values()) {
      metrics.initializeError(error.label());
    }
    CoordinationMethod[] all = CoordinationMethod.values();
    this.methods = new CoordinationMethodMetrics[all.length];
    for (CoordinationMethod method : all) {
      methods[method.ordinal()] = metrics.method(method.label());
    }
    this.capital = registry.sharedResource("capital");
    this.riskBudget = registry.sharedResource("risk_budget");
    this.orderRate = registry.sharedResource("order_rate");
  }

  public CoordinationMetrics metrics() {
    return metrics;
  }

  CoordinationMethodMetrics method(CoordinationMethod method) {
    return methods[method.ordinal()];
  }
}
