package org.wealtharena.agents;

/**
 * The piece between the agents' proposals and the venues, run once per decision step after every
 * agent decided. Made over the team's seats, it must, for every intent in every seat's {@link
 * AgentSeat#proposed()}, either {@link AgentSeat#send} it or {@link AgentSeat#deny} it, and then
 * clear the proposals. The coordination layer (netting, budgets, message bus) replaces {@link
 * RiskCheckedRouting} here.
 */
@FunctionalInterface
public interface IntentRouting {
  void route();
}
