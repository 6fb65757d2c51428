package org.wealtharena.market.book;

/**
 * What the order book tests drive and read, offered by the real {@link OrderBook} (through {@link
 * CheckedOrderBook}) and by the naive {@link ReferenceBook}, so one suite runs against both: the
 * requests, their outcome, and everything agents see of a book (touch, depth, trades, band).
 */
interface BookUnderTest {

  /** Makes a book of one implementation, as the {@link OrderBook} constructor does. */
  @FunctionalInterface
  interface Factory {
    BookUnderTest create(String symbol, long referenceTicks, long bandBasisPoints, MatchSink sink);
  }

  RejectReason submit(
      long orderId, int participant, Side side, OrderType type, long priceTicks, long quantity);

  RejectReason cancel(long orderId, int participant);

  RejectReason replace(long orderId, int participant, long newPriceTicks, long newQuantity);

  long lastFilled();

  long lastResting();

  long lastCancelled();

  long bestBid();

  long bestAsk();

  long bestBidQuantity();

  long bestAskQuantity();

  boolean hasBid();

  boolean hasAsk();

  long lastTradeTicks();

  long lastTradeQuantity();

  long bandLow();

  long bandHigh();

  long anchorTicks();

  long restingQuantity(long orderId);

  int liveOrders();

  int depth(Side side, int max, long[] ticksOut, long[] quantityOut);

  BookSnapshot snapshot(int levels);
}
