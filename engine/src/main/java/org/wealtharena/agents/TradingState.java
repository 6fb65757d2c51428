package org.wealtharena.agents;

/** What the risk manager currently lets an agent do. */
public enum TradingState {
  ACTIVE,
  /** Only intents that shrink the agent's exposure (and cancels) pass. */
  REDUCING,
  /** No new orders or replaces pass; cancels still do. */
  HALTED
}
