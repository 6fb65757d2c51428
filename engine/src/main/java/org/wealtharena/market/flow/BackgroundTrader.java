package org.wealtharena.market.flow;

import java.util.SplittableRandom;
import org.wealtharena.market.IntradayProfile;
import org.wealtharena.market.OrderIds;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.book.OrderBook;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.RejectReason;
import org.wealtharena.market.book.Side;

/**
 * A background participant trading one symbol from its home venue. It wakes at Poisson times whose
 * rate follows the {@link IntradayProfile} (the event loop asks {@link #nextWake}) and acts on the
 * books directly: limit orders rest on its home book, marketable orders (market, IOC) go to the
 * venue with the best price ({@link SymbolQuotes#route}). It keeps a bounded memory of its resting
 * orders. Each trader has its own participant id and random generator, so traders never share
 * state.
 */
public abstract class BackgroundTrader {
  protected final int participant;
  protected final SymbolQuotes quotes;
  protected final int home;
  protected final OrderBook book;
  protected final SplittableRandom random;
  private final double meanGapNanos;
  private final IntradayProfile intraday;
  private final FlowSpec flow;
  private final RestingOrders resting;
  private long nextOrderId;

  protected BackgroundTrader(
      int participant,
      SymbolQuotes quotes,
      int home,
      SplittableRandom random,
      double ratePerSecond,
      int memory,
      FlowSpec flow,
      IntradayProfile intraday) {
    if (!(ratePerSecond > 0)) {
      throw new IllegalArgumentException("arrival rate must be positive");
    }
    this.participant = participant;
    this.quotes = quotes;
    this.home = home;
    this.book = quotes.book(home);
    this.random = random;
    this.meanGapNanos = SimulationClock.SECOND / ratePerSecond;
    this.intraday = intraday;
    this.flow = flow;
    this.resting = new RestingOrders(Math.max(1, memory));
    this.nextOrderId = OrderIds.first(participant);
  }

  /** Does whatever this trader does at one arrival. */
  public abstract void act(long nowNanos);

  /**
   * The next arrival after {@code nowNanos}: an exponential gap at the rate of this moment of the
   * session, at least 1 ns.
   */
  public long nextWake(long nowNanos) {
    double gap =
        random.nextExponential()
            * meanGapNanos
            / (intraday.multiplier(nowNanos) * rateMultiplier(nowNanos));
    return nowNanos + 1 + (long) gap;
  }

  /** How much faster than its configured rate this trader arrives at {@code nowNanos}. */
  protected double rateMultiplier(long nowNanos) {
    return 1;
  }

  public int participant() {
    return participant;
  }

  /** The symbol this trader trades, as an index into the market's symbols. */
  public int symbol() {
    return quotes.symbol();
  }

  protected Side randomSide() {
    return random.nextBoolean() ? Side.BUY : Side.SELL;
  }

  protected long randomQuantity() {
    return flow.lotSize() * (1 + (long) (random.nextExponential() * flow.meanExtraLots()));
  }

  /** A market order on the venue with the best opposite touch. */
  protected void sendMarket(Side side, long quantity) {
    OrderBook target = quotes.book(quotes.route(side, home));
    target.submit(nextOrderId++, participant, side, OrderType.MARKET, 0, quantity);
  }

  /**
   * An IOC order on the venue with the best opposite touch, limited at {@code priceTicks} of the
   * home venue's grid (converted to the target's, rounded to the cautious side).
   */
  protected void sendIoc(Side side, long priceTicks, long quantity) {
    int venue = quotes.route(side, home);
    long limit = priceTicks;
    if (quotes.tickMicros(venue) != quotes.tickMicros(home)) {
      long micros = priceTicks * quotes.tickMicros(home);
      long tick = quotes.tickMicros(venue);
      limit = side == Side.BUY ? Math.floorDiv(micros, tick) : -Math.floorDiv(-micros, tick);
    }
    OrderBook target = quotes.book(venue);
    target.submit(
        nextOrderId++, participant, side, OrderType.IOC, clampToBand(target, limit), quantity);
  }

  /**
   * Enters a limit order on the home book and remembers it if it rests; forgetting the oldest
   * cancels it.
   */
  protected void sendLimit(Side side, long priceTicks, long quantity) {
    long id = nextOrderId++;
    RejectReason reason =
        book.submit(
            id, participant, side, OrderType.LIMIT, clampToBand(book, priceTicks), quantity);
    if (reason.accepted() && book.lastResting() > 0) {
      long forgotten = resting.add(id);
      if (forgotten != 0) {
        book.cancel(forgotten, participant);
      }
    }
  }

  /** Cancels a random remembered order (it may have filled meanwhile; then nothing happens). */
  protected void cancelRandom() {
    if (resting.size() > 0) {
      book.cancel(resting.remove(random.nextInt(resting.size())), participant);
    }
  }

  /**
   * The consolidated best ask in home ticks, rounded up ({@link OrderBook#NO_PRICE} if none): what
   * a buyer prices off.
   */
  protected long consolidatedAskTicks() {
    long ask = quotes.bestAskMicros();
    long tick = quotes.tickMicros(home);
    return ask == OrderBook.NO_PRICE ? OrderBook.NO_PRICE : -Math.floorDiv(-ask, tick);
  }

  /** The consolidated best bid in home ticks, rounded down ({@link OrderBook#NO_PRICE} if none). */
  protected long consolidatedBidTicks() {
    long bid = quotes.bestBidMicros();
    return bid == OrderBook.NO_PRICE ? OrderBook.NO_PRICE : bid / quotes.tickMicros(home);
  }

  private static long clampToBand(OrderBook target, long priceTicks) {
    return Math.max(target.bandLow(), Math.min(target.bandHigh(), priceTicks));
  }
}
