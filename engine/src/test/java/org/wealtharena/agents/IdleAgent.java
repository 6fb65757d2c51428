package org.wealtharena.agents;

/** An agent that proposes nothing, to give tests a seat whose account they script. */
public record IdleAgent(String id, AgentType type) implements TradingAgent {
  @Override
  public void decide(DecisionContext context, IntentSink sink) {}
}
