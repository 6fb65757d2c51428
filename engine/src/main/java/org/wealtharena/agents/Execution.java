package org.wealtharena.agents;

import org.wealtharena.market.book.Side;

/**
 * One fill of one of an agent's orders, as that agent sees it: its own side and fee. A small
 * immutable copy of the venue's reused {@code Fill}, safe to keep.
 *
 * @param feeMicros fee paid, negative for a rebate
 */
public record Execution(
    long orderId,
    int venue,
    int symbol,
    Side side,
    long quantity,
    long priceMicros,
    long feeMicros,
    long timeNanos) {

  /**
   * Cash this fill moved for the agent: minus notional and fee for a buy, plus minus fee for a
   * sell.
   */
  public long cashFlowMicros() {
    long notional = quantity * priceMicros;
    return (side == Side.BUY ? -notional : notional) - feeMicros;
  }

  public long signedQuantity() {
    return side == Side.BUY ? quantity : -quantity;
  }
}
