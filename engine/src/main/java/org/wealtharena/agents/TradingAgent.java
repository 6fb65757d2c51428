package org.wealtharena.agents;

import org.wealtharena.market.venue.OrderResult;

/**
 * A specialized trading agent. Each decision step it observes a {@link DecisionContext} and
 * proposes intents into an {@link IntentSink}; it never talks to a venue itself. The episode's
 * {@link IntentRouting} between agents and venues (the risk manager's pre-trade check, or a
 * coordinator, which also nets conflicts and enforces budgets) approves, nets or denies the
 * intents, and the outcome comes back through the callbacks.
 *
 * <p>Everything runs on the simulation thread. An exception thrown from any method is caught by the
 * agent's {@link AgentSeat}: it is counted, logged, and the agent is stopped for the episode.
 */
public interface TradingAgent {
  String id();

  AgentType type();

  /** One decision step: look at the context, propose intents. */
  void decide(DecisionContext context, IntentSink sink);

  /** A fill of one of the agent's orders (also of orders the risk manager placed for it). */
  default void onExecution(Execution execution) {}

  /** What a venue did with one of the agent's requests. */
  default void onOrderResult(OrderResult result) {}

  /** An intent that was not routed, and why. */
  default void onDenied(Intent intent, DenialReason reason) {}

  /**
   * Publishes the figures the agent holds back between publications ({@link MetricsCadence}).
   * Agents call it themselves on the cadence; the episode calls it once more at its end.
   */
  default void publishMetrics(DecisionContext context) {}
}
