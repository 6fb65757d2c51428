package org.wealtharena.agents;

/** What an agent observes at a decision step. Views only: the agent changes nothing through it. */
public interface DecisionContext {
  MarketView market();

  /** The agent's own cash, positions and live orders. */
  AgentAccount account();

  /** Its current budget; a coordinator may change it between steps. */
  Budget budget();

  /** What the risk manager lets the agent do now. */
  TradingState tradingState();

  default long now() {
    return market().now();
  }
}
