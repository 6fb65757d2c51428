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

  /**
   * Cash the agent can still put into orders that open or extend a position, as the risk manager's
   * buying-power check counts it; negative when a cut of its capital budget left it owing. An order
   * that needs more is denied as a critical breach. Here with no margin on shorts, as for a context
   * no risk manager watches; the {@link AgentSeat} applies its risk manager's.
   */
  default long freeCashMicros() {
    return account().freeCashMicros(budget().capitalMicros(), 0, market());
  }

  default long now() {
    return market().now();
  }
}
