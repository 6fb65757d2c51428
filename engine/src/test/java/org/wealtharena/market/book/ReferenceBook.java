package org.wealtharena.market.book;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A deliberately naive order book for tests: a plain list of resting orders, scanned in full for
 * every decision and every view. Slow but obviously right, so the real book must produce exactly
 * the same fills, outcomes and depth.
 */
final class ReferenceBook implements BookUnderTest {
  private record Resting(
      long id, int participant, Side side, long price, long remaining, long arrival) {}

  private final String symbol;
  private final long openingTicks;
  private final long bandBasisPoints;
  private final MatchSink sink;
  private final List<Resting> orders = new ArrayList<>();
  private long arrivals;
  private boolean matching;
  private long lastTradeTicks = OrderBook.NO_PRICE;
  private long lastTradeQuantity;
  private long lastFilled;
  private long lastResting;
  private long lastCancelled;

  ReferenceBook(String symbol, long referenceTicks, long bandBasisPoints, MatchSink sink) {
    if (referenceTicks <= 0 || bandBasisPoints <= 0) {
      throw new IllegalArgumentException("reference price and band must be positive");
    }
    this.symbol = symbol;
    this.openingTicks = referenceTicks;
    this.bandBasisPoints = bandBasisPoints;
    this.sink = sink;
  }

  @Override
  public RejectReason submit(
      long orderId, int participant, Side side, OrderType type, long priceTicks, long quantity) {
    forgetLastOutcome();
    RejectReason refused = refusal(quantity, type != OrderType.MARKET, priceTicks);
    if (refused != RejectReason.NONE) {
      return refused;
    }
    if (find(orderId) != null) {
      return RejectReason.DUPLICATE_ORDER_ID;
    }
    enter(orderId, participant, side, type, priceTicks, quantity);
    return RejectReason.NONE;
  }

  @Override
  public RejectReason cancel(long orderId, int participant) {
    forgetLastOutcome();
    if (matching) {
      return RejectReason.BOOK_BUSY;
    }
    Resting order = find(orderId);
    RejectReason notYours = ownership(order, participant);
    if (notYours != RejectReason.NONE) {
      return notYours;
    }
    orders.remove(order);
    lastCancelled = order.remaining();
    return RejectReason.NONE;
  }

  @Override
  public RejectReason replace(long orderId, int participant, long newPriceTicks, long newQuantity) {
    forgetLastOutcome();
    RejectReason refused = refusal(newQuantity, true, newPriceTicks);
    if (refused != RejectReason.NONE) {
      return refused;
    }
    Resting order = find(orderId);
    RejectReason notYours = ownership(order, participant);
    if (notYours != RejectReason.NONE) {
      return notYours;
    }
    orders.remove(order);
    if (newPriceTicks == order.price() && newQuantity <= order.remaining()) {
      // same arrival: keeps its place in the queue
      orders.add(
          new Resting(
              orderId, participant, order.side(), newPriceTicks, newQuantity, order.arrival()));
      lastResting = newQuantity;
    } else {
      enter(orderId, participant, order.side(), OrderType.LIMIT, newPriceTicks, newQuantity);
    }
    lastCancelled += order.remaining();
    return RejectReason.NONE;
  }

  private RejectReason refusal(long quantity, boolean hasLimit, long priceTicks) {
    if (matching) {
      return RejectReason.BOOK_BUSY;
    }
    if (quantity <= 0) {
      return RejectReason.NON_POSITIVE_QUANTITY;
    }
    if (quantity > OrderBook.MAX_QUANTITY) {
      return RejectReason.QUANTITY_TOO_LARGE;
    }
    if (hasLimit && (priceTicks < bandLow() || priceTicks > bandHigh())) {
      return RejectReason.PRICE_OUTSIDE_BAND;
    }
    return RejectReason.NONE;
  }

  private void enter(
      long orderId, int participant, Side side, OrderType type, long priceTicks, long quantity) {
    long left = quantity;
    matching = true;
    try {
      Resting best;
      while (left > 0
          && (best = bestOpposite(side)) != null
          && crosses(type, side, priceTicks, best)) {
        long traded = Math.min(left, best.remaining());
        left -= traded;
        orders.remove(best);
        if (traded < best.remaining()) {
          orders.add(
              new Resting(
                  best.id(),
                  best.participant(),
                  best.side(),
                  best.price(),
                  best.remaining() - traded,
                  best.arrival()));
        }
        lastTradeTicks = best.price();
        lastTradeQuantity = traded;
        sink.onMatch(
            best.id(), best.participant(), orderId, participant, side, best.price(), traded);
      }
    } finally {
      matching = false;
    }
    lastFilled = quantity - left;
    if (left > 0 && type == OrderType.LIMIT) {
      orders.add(new Resting(orderId, participant, side, priceTicks, left, arrivals++));
      lastResting = left;
    } else {
      lastCancelled = left;
    }
  }

  private static boolean crosses(OrderType type, Side side, long limit, Resting maker) {
    return type == OrderType.MARKET
        || (side == Side.BUY ? maker.price() <= limit : maker.price() >= limit);
  }

  /** The resting order a taker on {@code side} meets first: best price, then earliest arrival. */
  private Resting bestOpposite(Side side) {
    Comparator<Resting> byPrice = Comparator.comparingLong(Resting::price);
    Comparator<Resting> priority =
        (side == Side.BUY ? byPrice : byPrice.reversed()).thenComparingLong(Resting::arrival);
    return orders.stream().filter(o -> o.side() != side).min(priority).orElse(null);
  }

  /**
   * Why {@code participant} may not cancel or replace {@code order} (null: not resting), or NONE.
   */
  private static RejectReason ownership(Resting order, int participant) {
    if (order == null) {
      return RejectReason.UNKNOWN_ORDER;
    }
    return order.participant() != participant ? RejectReason.NOT_OWNER : RejectReason.NONE;
  }

  private Resting find(long orderId) {
    return orders.stream().filter(o -> o.id() == orderId).findFirst().orElse(null);
  }

  private void forgetLastOutcome() {
    lastFilled = 0;
    lastResting = 0;
    lastCancelled = 0;
  }

  /** One side's levels, best first: the sum of the remaining quantity at each price. */
  private List<Level> levels(Side side) {
    Comparator<Long> bestFirst =
        side == Side.BUY ? Comparator.reverseOrder() : Comparator.naturalOrder();
    Map<Long, Long> byPrice = new TreeMap<>(bestFirst);
    orders.stream()
        .filter(o -> o.side() == side)
        .forEach(o -> byPrice.merge(o.price(), o.remaining(), Long::sum));
    List<Level> levels = new ArrayList<>();
    byPrice.forEach((price, quantity) -> levels.add(new Level(price, quantity)));
    return levels;
  }

  private long referencePrice() {
    return lastTradeTicks == OrderBook.NO_PRICE ? openingTicks : lastTradeTicks;
  }

  @Override
  public long lastFilled() {
    return lastFilled;
  }

  @Override
  public long lastResting() {
    return lastResting;
  }

  @Override
  public long lastCancelled() {
    return lastCancelled;
  }

  @Override
  public long bestBid() {
    return hasBid() ? levels(Side.BUY).get(0).priceTicks() : OrderBook.NO_PRICE;
  }

  @Override
  public long bestAsk() {
    return hasAsk() ? levels(Side.SELL).get(0).priceTicks() : OrderBook.NO_PRICE;
  }

  @Override
  public long bestBidQuantity() {
    return hasBid() ? levels(Side.BUY).get(0).quantity() : 0;
  }

  @Override
  public long bestAskQuantity() {
    return hasAsk() ? levels(Side.SELL).get(0).quantity() : 0;
  }

  @Override
  public boolean hasBid() {
    return !levels(Side.BUY).isEmpty();
  }

  @Override
  public boolean hasAsk() {
    return !levels(Side.SELL).isEmpty();
  }

  @Override
  public long lastTradeTicks() {
    return lastTradeTicks;
  }

  @Override
  public long lastTradeQuantity() {
    return lastTradeQuantity;
  }

  @Override
  public long bandLow() {
    return Math.max(1, referencePrice() - referencePrice() * bandBasisPoints / 10_000);
  }

  @Override
  public long bandHigh() {
    return referencePrice() + referencePrice() * bandBasisPoints / 10_000;
  }

  @Override
  public long anchorTicks() {
    if (hasBid() && hasAsk()) {
      return (bestBid() + bestAsk()) / 2;
    }
    return hasBid() ? bestBid() : hasAsk() ? bestAsk() : referencePrice();
  }

  @Override
  public long restingQuantity(long orderId) {
    Resting order = find(orderId);
    return order == null ? 0 : order.remaining();
  }

  @Override
  public int liveOrders() {
    return orders.size();
  }

  @Override
  public int depth(Side side, int max, long[] ticksOut, long[] quantityOut) {
    List<Level> levels = levels(side);
    int n = Math.min(max, levels.size());
    for (int i = 0; i < n; i++) {
      ticksOut[i] = levels.get(i).priceTicks();
      quantityOut[i] = levels.get(i).quantity();
    }
    return n;
  }

  @Override
  public BookSnapshot snapshot(int levels) {
    return new BookSnapshot(
        symbol,
        top(levels(Side.BUY), levels),
        top(levels(Side.SELL), levels),
        lastTradeTicks,
        lastTradeQuantity);
  }

  private static List<Level> top(List<Level> levels, int max) {
    return levels.subList(0, Math.min(max, levels.size()));
  }
}
