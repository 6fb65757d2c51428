package org.wealtharena.market.flow;

import java.util.SplittableRandom;
import org.wealtharena.market.OrderIds;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.book.OrderBook;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.RejectReason;
import org.wealtharena.market.book.Side;

/**
 * A background participant trading one book. It wakes at Poisson times (the event loop asks {@link
 * #nextWake}), acts on the book directly, and keeps a bounded memory of its resting orders. Each
 * trader has its own participant id and random generator, so traders never share state.
 */
public abstract class BackgroundTrader {
  protected final int participant;
  protected final OrderBook book;
  protected final SplittableRandom random;
  private final double meanGapNanos;
  private final FlowSpec flow;
  private final RestingOrders resting;
  private long nextOrderId;

  protected BackgroundTrader(
      int participant,
      OrderBook book,
      SplittableRandom random,
      double ratePerSecond,
      int memory,
      FlowSpec flow) {
    if (!(ratePerSecond > 0)) {
      throw new IllegalArgumentException("arrival rate must be positive");
    }
    this.participant = participant;
    this.book = book;
    this.random = random;
    this.meanGapNanos = SimulationClock.SECOND / ratePerSecond;
    this.flow = flow;
    this.resting = new RestingOrders(Math.max(1, memory));
    this.nextOrderId = OrderIds.first(participant);
  }

  /** Does whatever this trader does at one arrival. */
  public abstract void act(long nowNanos);

  /** The next arrival after {@code nowNanos}: exponential gaps, at least 1 ns. */
  public long nextWake(long nowNanos) {
    return nowNanos + 1 + (long) (random.nextExponential() * meanGapNanos);
  }

  public int participant() {
    return participant;
  }

  protected Side randomSide() {
    return random.nextBoolean() ? Side.BUY : Side.SELL;
  }

  protected long randomQuantity() {
    return flow.lotSize() * (1 + (long) (random.nextExponential() * flow.meanExtraLots()));
  }

  protected void sendMarket(Side side, long quantity) {
    book.submit(nextOrderId++, participant, side, OrderType.MARKET, 0, quantity);
  }

  protected void sendIoc(Side side, long priceTicks, long quantity) {
    book.submit(nextOrderId++, participant, side, OrderType.IOC, clampToBand(priceTicks), quantity);
  }

  /** Enters a limit order and remembers it if it rests; forgetting the oldest cancels it. */
  protected void sendLimit(Side side, long priceTicks, long quantity) {
    long id = nextOrderId++;
    RejectReason reason =
        book.submit(id, participant, side, OrderType.LIMIT, clampToBand(priceTicks), quantity);
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

  private long clampToBand(long priceTicks) {
    return Math.max(book.bandLow(), Math.min(book.bandHigh(), priceTicks));
  }
}
