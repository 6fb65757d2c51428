package org.wealtharena.coordination.coordinator;

import org.wealtharena.agents.AgentErrorType;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.metrics.BoundGauge;
import org.wealtharena.metrics.CoordinationMethodMetrics;
import org.wealtharena.metrics.CoordinationMetrics;
import org.wealtharena.metrics.MultiAgentMetrics;

/**
 * The endpoint-1 series a coordinator of one type writes, bound once (per environment and type) and
 * shared by its episodes, so a step resolves no labels. A method's series are bound when it first
 * decides, so the endpoint holds only the methods this type really uses (not every method of every
 * type at zero).
 */
public final class CoordinationInstruments {
  final CoordinationMetrics metrics;
  private final CoordinationMethodMetrics[] methods =
      new CoordinationMethodMetrics[CoordinationMethod.values().length];
  final BoundGauge capital;
  final BoundGauge riskBudget;
  final BoundGauge orderRate;

  public CoordinationInstruments(MultiAgentMetrics registry, CoordinationType type) {
    this.metrics = registry.coordination(type.label());
    for (AgentErrorType error : AgentErrorType.values()) {
      metrics.initializeError(error.label());
    }
    this.capital = registry.sharedResource("capital");
    this.riskBudget = registry.sharedResource("risk_budget");
    this.orderRate = registry.sharedResource("order_rate");
  }

  public CoordinationMetrics metrics() {
    return metrics;
  }

  CoordinationMethodMetrics method(CoordinationMethod method) {
    CoordinationMethodMetrics bound = methods[method.ordinal()];
    if (bound == null) {
      // Episodes may race here: binding is idempotent (same series) and the object's fields are
      // final, so a second binding or a stale null costs one lookup, never a wrong series.
      bound = metrics.method(method.label());
      methods[method.ordinal()] = bound;
    }
    return bound;
  }
}
