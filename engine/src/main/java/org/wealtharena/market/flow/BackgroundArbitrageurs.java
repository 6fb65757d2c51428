package org.wealtharena.market.flow;

import java.util.SplittableRandom;
import org.wealtharena.market.OrderIds;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.regime.RegimePath;
import org.wealtharena.market.venue.LatencyModel;

/**
 * The fast background arbitrageurs, one account for all of them. When a symbol's venues cross (a
 * bid on one above an ask on another by more than both taker fees) they react: after their latency,
 * the slower of the two venues' order-entry latencies plus {@link
 * FlowSpec.Arbitrage#agentAdvantageNanos}, plus the regime's delay (a spec may let them step back
 * in a volatility burst, when their risk limits bind), they sell the bid and buy the ask with IOC
 * orders for the smaller touch, level by level, until the venues no longer cross. Both legs execute
 * at the same instant, so they stay flat. The event loop asks {@link #crossed} after every change
 * to a book and schedules {@link #take} at {@link #reactionTime}.
 */
public final class BackgroundArbitrageurs {
  private final int participant;
  private final SymbolQuotes[] quotes;
  private final LatencyModel[] latency;
  private final long advantageNanos;
  private final RegimePath regimes;
  private final SplittableRandom random;
  private final boolean[] pending;
  private long nextOrderId;

  public BackgroundArbitrageurs(
      int participant,
      SymbolQuotes[] quotes,
      LatencyModel[] latency,
      FlowSpec.Arbitrage spec,
      RegimePath regimes,
      SplittableRandom random) {
    this.participant = participant;
    this.quotes = quotes.clone();
    this.latency = latency.clone();
    this.advantageNanos = spec.agentAdvantageNanos();
    this.regimes = regimes;
    this.random = random;
    this.pending = new boolean[quotes.length];
    this.nextOrderId = OrderIds.first(participant);
  }

  public int participant() {
    return participant;
  }

  /** True when {@code symbol} is crossed and no reaction to it is scheduled yet. */
  public boolean crossed(int symbol) {
    return !pending[symbol] && quotes[symbol].bestCross() >= 0;
  }

  /** When the reaction to a cross seen at {@code nowNanos} reaches the venues; marks it pending. */
  public long reactionTime(int symbol, long nowNanos) {
    pending[symbol] = true;
    long slowest = 0;
    for (LatencyModel model : latency) {
      slowest = Math.max(slowest, model.sample(random));
    }
    return nowNanos + slowest + advantageNanos + regimes.effects(nowNanos).arbitrageDelayNanos();
  }

  /** Takes every cross of {@code symbol} that is still there. */
  public void take(int symbol) {
    pending[symbol] = false;
    SymbolQuotes q = quotes[symbol];
    int venues = q.venues();
    for (int cross = q.bestCross(); cross >= 0; cross = q.bestCross()) {
      int sell = cross / venues;
      int buy = cross % venues;
      long quantity = Math.min(q.book(sell).bestBidQuantity(), q.book(buy).bestAskQuantity());
      q.book(sell)
          .submit(
              nextOrderId++,
              participant,
              Side.SELL,
              OrderType.IOC,
              q.book(sell).bestBid(),
              quantity);
      q.book(buy)
          .submit(
              nextOrderId++, participant, Side.BUY, OrderType.IOC, q.book(buy).bestAsk(), quantity);
    }
  }
}
