package org.wealtharena.agents;

/**
 * Why an intent was not routed. {@link #NONE} means approved, so a check returns an enum constant
 * and never allocates.
 */
public enum DenialReason {
  NONE,
  /** The worst-case position after the order (resting orders included) exceeds the limit. */
  POSITION_LIMIT,
  /** Price times quantity exceeds the per-order notional limit. */
  ORDER_NOTIONAL,
  /** The agent sent more orders in the last second than its rate limit allows. */
  ORDER_RATE,
  /**
   * The order needs more cash than the agent has free: its cash less what its open buy orders
   * commit and what its short positions hold back (see the risk manager's pre-trade checks).
   */
  BUYING_POWER,
  /** The agent is {@link TradingState#REDUCING} and the order would not shrink its position. */
  REDUCING_ONLY,
  /** The agent is {@link TradingState#HALTED}. */
  HALTED,
  /** A coordinator's capital budget for the agent has no room for the order. */
  CAPITAL_BUDGET,
  /** The agent has lost its risk budget for the current allocation interval. */
  RISK_BUDGET,
  /** A coordinator netted it: it would have traded against a teammate's order. */
  NETTED;

  public boolean approved() {
    return this == NONE;
  }
}
