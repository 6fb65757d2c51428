package org.wealtharena.agents;

import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.Side;

/** Where an agent proposes intents during {@link TradingAgent#decide}. */
public interface IntentSink {

  /**
   * Proposes a new order; returns the order id it will carry, so the agent can cancel it or
   * recognise its fills. {@code priceMicros} must be on the venue's tick grid (0 for market).
   */
  long newOrder(
      IntentPurpose purpose,
      int venue,
      int symbol,
      Side side,
      OrderType type,
      long priceMicros,
      long quantity);

  void cancel(IntentPurpose purpose, int venue, int symbol, long orderId);

  void replace(
      IntentPurpose purpose,
      int venue,
      int symbol,
      long orderId,
      Side side,
      long newPriceMicros,
      long newQuantity);
}
