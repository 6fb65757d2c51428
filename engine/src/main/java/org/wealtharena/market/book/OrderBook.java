package org.wealtharena.market.book;

import java.util.ArrayList;
import java.util.List;

/**
 * A limit order book for one symbol on one venue: integer price ticks, integer quantities,
 * price-time priority, limit / market / IOC orders, cancel and replace, partial fills.
 *
 * <p>Requests never throw for bad input: they return a {@link RejectReason} ({@code NONE} when
 * accepted) and leave the quantities of the accepted request in {@link #lastFilled()}, {@link
 * #lastResting()} and {@link #lastCancelled()}. For every order, filled + resting + cancelled
 * equals the quantity entered. A replace counts as cancelling the old remainder and entering the
 * new quantity, also when it keeps its place in the queue. Matches go to the {@link MatchSink} as
 * primitives; nothing is allocated while matching. Not thread-safe: a book belongs to one
 * simulation, which is single-threaded.
 */
public final class OrderBook {
  /** Largest order quantity. */
  public static final long MAX_QUANTITY = 1_000_000_000L;

  /**
   * The highest price in ticks a book holds: an order of {@link #MAX_QUANTITY} shares at it still
   * has a notional in ticks that fits a long. The band stops there; the book's memory does not
   * depend on the price (see {@link PriceLadder}).
   */
  public static final long MAX_PRICE_TICKS = Long.MAX_VALUE / MAX_QUANTITY;

  /** Returned by price getters when the side (or the trade history) is empty. */
  public static final long NO_PRICE = 0;

  private final String symbol;
  private final long bandBasisPoints;
  private final MatchSink sink;
  private final OrderPool pool = new OrderPool(256);
  private final OrderIndex live = new OrderIndex(256);
  private final PriceLadder bids;
  private final PriceLadder asks;
  private long referenceTicks;

  /** The band around {@link #referenceTicks}, recomputed when it moves. */
  private long bandLow;

  private long bandHigh;
  private long lastTradeTicks = NO_PRICE;
  private long lastTradeQuantity;
  private boolean matching;
  private long lastFilled;
  private long lastResting;
  private long lastCancelled;

  /**
   * @param referenceTicks the opening reference price; the price band is centred on it until the
   *     first trade, then on the last trade
   * @param bandBasisPoints half-width of the price band, e.g. 1000 for +-10 %
   */
  public OrderBook(String symbol, long referenceTicks, long bandBasisPoints, MatchSink sink) {
    if (referenceTicks <= 0 || bandBasisPoints <= 0) {
      throw new IllegalArgumentException("reference price and band must be positive");
    }
    if (referenceTicks > MAX_PRICE_TICKS) {
      throw new IllegalArgumentException(
          symbol + ": reference price " + referenceTicks + " ticks is above " + MAX_PRICE_TICKS);
    }
    this.symbol = symbol;
    this.bandBasisPoints = bandBasisPoints;
    this.sink = sink;
    moveReference(referenceTicks);
    this.bids = new PriceLadder(true, pool, referenceTicks);
    this.asks = new PriceLadder(false, pool, referenceTicks);
  }

  /** Enters an order; {@code priceTicks} is ignored for market orders. */
  public RejectReason submit(
      long orderId, int participant, Side side, OrderType type, long priceTicks, long quantity) {
    clearLast();
    RejectReason invalid = validate(quantity, type != OrderType.MARKET, priceTicks);
    if (invalid != RejectReason.NONE) {
      return invalid;
    }
    if (live.get(orderId) != 0) {
      return RejectReason.DUPLICATE_ORDER_ID;
    }
    enter(orderId, participant, side, type, priceTicks, quantity);
    return RejectReason.NONE;
  }

  public RejectReason cancel(long orderId, int participant) {
    clearLast();
    if (matching) {
      return RejectReason.BOOK_BUSY;
    }
    int slot = live.get(orderId);
    RejectReason notYours = ownership(slot, participant);
    if (notYours != RejectReason.NONE) {
      return notYours;
    }
    lastCancelled = pool.remaining[slot];
    removeResting(slot);
    return RejectReason.NONE;
  }

  /**
   * Changes a resting order's price and remaining quantity. Keeps its time priority only when the
   * price is unchanged and the quantity does not grow; otherwise it goes to the back of the queue
   * at its new price and may match right away, like a new limit order with the same id.
   */
  public RejectReason replace(long orderId, int participant, long newPriceTicks, long newQuantity) {
    clearLast();
    RejectReason invalid = validate(newQuantity, true, newPriceTicks);
    if (invalid != RejectReason.NONE) {
      return invalid;
    }
    int slot = live.get(orderId);
    RejectReason notYours = ownership(slot, participant);
    if (notYours != RejectReason.NONE) {
      return notYours;
    }
    long remaining = pool.remaining[slot];
    if (newPriceTicks == pool.priceTicks[slot] && newQuantity <= remaining) {
      (pool.buy[slot] ? bids : asks).reduce(slot, remaining - newQuantity);
      pool.remaining[slot] = newQuantity;
      lastCancelled = remaining;
      lastResting = newQuantity;
      return RejectReason.NONE;
    }
    Side side = pool.buy[slot] ? Side.BUY : Side.SELL;
    removeResting(slot);
    enter(orderId, participant, side, OrderType.LIMIT, newPriceTicks, newQuantity);
    lastCancelled += remaining;
    return RejectReason.NONE;
  }

  /** Why {@code participant} may not cancel or replace the order in {@code slot} (0: not live). */
  private RejectReason ownership(int slot, int participant) {
    if (slot == 0) {
      return RejectReason.UNKNOWN_ORDER;
    }
    return pool.participant[slot] != participant ? RejectReason.NOT_OWNER : RejectReason.NONE;
  }

  private RejectReason validate(long quantity, boolean hasLimit, long priceTicks) {
    if (matching) {
      return RejectReason.BOOK_BUSY;
    }
    if (quantity <= 0) {
      return RejectReason.NON_POSITIVE_QUANTITY;
    }
    if (quantity > MAX_QUANTITY) {
      return RejectReason.QUANTITY_TOO_LARGE;
    }
    if (hasLimit && (priceTicks < bandLow || priceTicks > bandHigh)) {
      return RejectReason.PRICE_OUTSIDE_BAND;
    }
    return RejectReason.NONE;
  }

  private void enter(
      long orderId, int participant, Side side, OrderType type, long priceTicks, long quantity) {
    boolean buy = side == Side.BUY;
    long limit = type != OrderType.MARKET ? priceTicks : buy ? Long.MAX_VALUE : Long.MIN_VALUE;
    long remaining = match(orderId, participant, side, limit, quantity);
    lastFilled = quantity - remaining;
    if (remaining == 0) {
      return;
    }
    if (type == OrderType.LIMIT) {
      int slot = pool.allocate(orderId, participant, buy, priceTicks, remaining);
      (buy ? bids : asks).append(slot);
      live.put(orderId, slot);
      lastResting = remaining;
    } else {
      lastCancelled = remaining;
    }
  }

  /** Takes liquidity from the opposite side up to {@code limit}; returns the unfilled quantity. */
  private long match(long takerId, int taker, Side side, long limit, long quantity) {
    PriceLadder opposite = side == Side.BUY ? asks : bids;
    matching = true;
    try {
      while (quantity > 0 && !opposite.isEmpty()) {
        long price = opposite.bestTick();
        if (side == Side.BUY ? price > limit : price < limit) {
          break;
        }
        int maker = opposite.bestHead();
        long makerId = pool.orderId[maker];
        int makerParticipant = pool.participant[maker];
        long traded = Math.min(quantity, pool.remaining[maker]);
        quantity -= traded;
        if (traded == pool.remaining[maker]) {
          removeResting(maker);
        } else {
          opposite.reduceBest(traded);
          pool.remaining[maker] -= traded;
        }
        lastTradeTicks = price;
        lastTradeQuantity = traded;
        moveReference(price);
        sink.onMatch(makerId, makerParticipant, takerId, taker, side, price, traded);
      }
    } finally {
      matching = false;
    }
    return quantity;
  }

  private void removeResting(int slot) {
    (pool.buy[slot] ? bids : asks).remove(slot);
    live.remove(pool.orderId[slot]);
    pool.free(slot);
  }

  private void clearLast() {
    lastFilled = 0;
    lastResting = 0;
    lastCancelled = 0;
  }

  public String symbol() {
    return symbol;
  }

  /** Quantity the last accepted request filled. */
  public long lastFilled() {
    return lastFilled;
  }

  /** Quantity the last accepted request left resting on the book. */
  public long lastResting() {
    return lastResting;
  }

  /** Quantity the last accepted request cancelled (IOC/market remainder, cancel, replace). */
  public long lastCancelled() {
    return lastCancelled;
  }

  public long bestBid() {
    return bids.isEmpty() ? NO_PRICE : bids.bestTick();
  }

  public long bestAsk() {
    return asks.isEmpty() ? NO_PRICE : asks.bestTick();
  }

  public long bestBidQuantity() {
    return bids.bestQuantity();
  }

  public long bestAskQuantity() {
    return asks.bestQuantity();
  }

  public boolean hasBid() {
    return !bids.isEmpty();
  }

  public boolean hasAsk() {
    return !asks.isEmpty();
  }

  public long lastTradeTicks() {
    return lastTradeTicks;
  }

  public long lastTradeQuantity() {
    return lastTradeQuantity;
  }

  /** Lowest acceptable limit price: the reference minus the band, at least one tick. */
  public long bandLow() {
    return bandLow;
  }

  /**
   * Highest acceptable limit price: the reference plus the band, at most {@link #MAX_PRICE_TICKS}.
   */
  public long bandHigh() {
    return bandHigh;
  }

  private void moveReference(long ticks) {
    if (ticks == referenceTicks) {
      return;
    }
    referenceTicks = ticks;
    long band =
        ticks <= Long.MAX_VALUE / bandBasisPoints
            ? ticks * bandBasisPoints / 10_000
            : Long.MAX_VALUE; // a band so wide that it reaches both limits anyway
    bandLow = Math.max(1, ticks - band);
    bandHigh = ticks + Math.min(band, MAX_PRICE_TICKS - ticks);
  }

  /**
   * A price to lean on: the mid when both sides quote, else the one quoted side, else the last
   * trade, else the opening reference.
   */
  public long anchorTicks() {
    if (!bids.isEmpty() && !asks.isEmpty()) {
      return (bids.bestTick() + asks.bestTick()) / 2;
    }
    if (!bids.isEmpty()) {
      return bids.bestTick();
    }
    if (!asks.isEmpty()) {
      return asks.bestTick();
    }
    return referenceTicks;
  }

  /** Remaining quantity of a live order, 0 if it is not live. */
  public long restingQuantity(long orderId) {
    int slot = live.get(orderId);
    return slot == 0 ? 0 : pool.remaining[slot];
  }

  public int liveOrders() {
    return live.size();
  }

  /** Writes up to {@code max} levels of one side, best first; returns how many. Allocation-free. */
  public int depth(Side side, int max, long[] ticksOut, long[] quantityOut) {
    return (side == Side.BUY ? bids : asks).depth(max, ticksOut, quantityOut);
  }

  /** A copy of the top {@code levels} levels of both sides. */
  public BookSnapshot snapshot(int levels) {
    return new BookSnapshot(
        symbol,
        levels(Side.BUY, levels),
        levels(Side.SELL, levels),
        lastTradeTicks,
        lastTradeQuantity);
  }

  /**
   * Checks that ladder, index and pool agree and throws {@link IllegalStateException} naming the
   * first disagreement: every resting order sits at its own price level in price-time order and is
   * the index's entry for its id, level totals are the sums of their orders, the index holds
   * exactly the resting orders, every pool slot is either resting or free, and the book is not
   * crossed. Walks the whole book; for tests.
   */
  void checkInvariants() {
    int resting = bids.checkInvariants(live) + asks.checkInvariants(live);
    live.checkInvariants();
    if (resting != live.size()) {
      throw new IllegalStateException(
          resting + " orders rest on the ladders but the index holds " + live.size());
    }
    int free = pool.checkFreeList();
    if (free + resting != pool.allocated()) {
      throw new IllegalStateException(
          "pool: " + free + " free + " + resting + " resting != " + pool.allocated() + " slots");
    }
    if (hasBid() && hasAsk() && bestBid() >= bestAsk()) {
      throw new IllegalStateException("crossed: bid " + bestBid() + " >= ask " + bestAsk());
    }
  }

  /**
   * Level slots (16 bytes each) the two ladders hold: their fixed windows and their far levels'
   * arrays. With the order pool and the index, this is all the book's memory; for tests.
   */
  int levelSlots() {
    return bids.windowWidth() + bids.farCapacity() + asks.windowWidth() + asks.farCapacity();
  }

  private List<Level> levels(Side side, int max) {
    long[] ticks = new long[max];
    long[] quantities = new long[max];
    int n = depth(side, max, ticks, quantities);
    List<Level> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new Level(ticks[i], quantities[i]));
    }
    return out;
  }
}
