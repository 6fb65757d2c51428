package org.wealtharena.agents;

/** The kinds of specialized agent; {@link #label()} is the metrics label {@code agent_type}. */
public enum AgentType {
  MARKET_MAKER("market_maker"),
  ARBITRAGE("arbitrage"),
  PORTFOLIO("portfolio"),
  RISK_MANAGER("risk_manager");

  private final String label;

  AgentType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
