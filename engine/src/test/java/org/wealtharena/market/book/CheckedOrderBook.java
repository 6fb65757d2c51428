package org.wealtharena.market.book;

/**
 * The real {@link OrderBook} as a {@link BookUnderTest} that runs {@link
 * OrderBook#checkInvariants()} after every request, so each test also checks ladder, index and
 * pool.
 */
final class CheckedOrderBook implements BookUnderTest {
  private final OrderBook book;

  CheckedOrderBook(String symbol, long referenceTicks, long bandBasisPoints, MatchSink sink) {
    book = new OrderBook(symbol, referenceTicks, bandBasisPoints, sink);
  }

  private RejectReason checked(RejectReason reason) {
    book.checkInvariants();
    return reason;
  }

  @Override
  public RejectReason submit(
      long orderId, int participant, Side side, OrderType type, long priceTicks, long quantity) {
    return checked(book.submit(orderId, participant, side, type, priceTicks, quantity));
  }

  @Override
  public RejectReason cancel(long orderId, int participant) {
    return checked(book.cancel(orderId, participant));
  }

  @Override
  public RejectReason replace(long orderId, int participant, long newPriceTicks, long newQuantity) {
    return checked(book.replace(orderId, participant, newPriceTicks, newQuantity));
  }

  @Override
  public long lastFilled() {
    return book.lastFilled();
  }

  @Override
  public long lastResting() {
    return book.lastResting();
  }

  @Override
  public long lastCancelled() {
    return book.lastCancelled();
  }

  @Override
  public long bestBid() {
    return book.bestBid();
  }

  @Override
  public long bestAsk() {
    return book.bestAsk();
  }

  @Override
  public long bestBidQuantity() {
    return book.bestBidQuantity();
  }

  @Override
  public long bestAskQuantity() {
    return book.bestAskQuantity();
  }

  @Override
  public boolean hasBid() {
    return book.hasBid();
  }

  @Override
  public boolean hasAsk() {
    return book.hasAsk();
  }

  @Override
  public long lastTradeTicks() {
    return book.lastTradeTicks();
  }

  @Override
  public long lastTradeQuantity() {
    return book.lastTradeQuantity();
  }

  @Override
  public long bandLow() {
    return book.bandLow();
  }

  @Override
  public long bandHigh() {
    return book.bandHigh();
  }

  @Override
  public long anchorTicks() {
    return book.anchorTicks();
  }

  @Override
  public long restingQuantity(long orderId) {
    return book.restingQuantity(orderId);
  }

  @Override
  public int liveOrders() {
    return book.liveOrders();
  }

  @Override
  public int depth(Side side, int max, long[] ticksOut, long[] quantityOut) {
    return book.depth(side, max, ticksOut, quantityOut);
  }

  @Override
  public BookSnapshot snapshot(int levels) {
    return book.snapshot(levels);
  }
}
