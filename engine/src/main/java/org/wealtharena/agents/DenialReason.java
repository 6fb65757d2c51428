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
  /** The agent is {@link TradingState#REDUCING} and the order would not shrink its position. */
  REDUCING_ONLY,
  /** The agent is {@link TradingState#HALTED}. */
  HALTED;

  public boolean approved() {
    return this == NONE;
  }
}
