package org.wealtharena.agents;

/** Why an agent proposes an intent; coordinators may rank or net intents by purpose. */
public enum IntentPurpose {
  QUOTE,
  ARBITRAGE_LEG,
  /** Flattening what an incomplete arbitrage left behind. */
  UNWIND,
  REBALANCE,
  /**
   * Proposed by the risk manager for an agent it put in {@link TradingState#REDUCING} or halted.
   */
  RISK_REDUCTION
}
