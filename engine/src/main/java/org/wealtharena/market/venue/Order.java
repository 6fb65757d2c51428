package org.wealtharena.market.venue;

import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.Side;

/**
 * A new order as a participant sends it. Prices are micro-dollars and must lie on the venue's tick
 * grid; market orders carry price 0. The id must not be live on the book; {@code
 * Gateway.nextOrderId()} hands out ids that are unique across the whole simulation.
 */
public record Order(
    long orderId, String symbol, Side side, OrderType type, long priceMicros, long quantity) {

  public static Order limit(
      long orderId, String symbol, Side side, long priceMicros, long quantity) {
    return new Order(orderId, symbol, side, OrderType.LIMIT, priceMicros, quantity);
  }

  public static Order ioc(long orderId, String symbol, Side side, long priceMicros, long quantity) {
    return new Order(orderId, symbol, side, OrderType.IOC, priceMicros, quantity);
  }

  public static Order market(long orderId, String symbol, Side side, long quantity) {
    return new Order(orderId, symbol, side, OrderType.MARKET, 0, quantity);
  }
}
