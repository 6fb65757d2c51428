package org.wealtharena.market.flow;

import java.util.SplittableRandom;
import org.wealtharena.market.book.OrderBook;
import org.wealtharena.market.book.Side;

/**
 * Zero-intelligence trader: knows nothing about value. Cancels, sends a market order, or places a
 * limit order 1 + Exp(meanOffset) ticks behind the opposite best quote (so it never crosses). Its
 * market orders are what a market maker earns the spread from.
 */
public final class NoiseTrader extends BackgroundTrader {
  private final FlowSpec.Noise spec;

  public NoiseTrader(int participant, OrderBook book, SplittableRandom random, FlowSpec flow) {
    super(participant, book, random, flow.noise().ratePerSecond(), flow.noise().memory(), flow);
    this.spec = flow.noise();
  }

  @Override
  public void act(long nowNanos) {
    double u = random.nextDouble();
    if (u < spec.cancelShare()) {
      cancelRandom();
      return;
    }
    Side side = randomSide();
    long quantity = randomQuantity();
    if (u < spec.cancelShare() + spec.marketShare()) {
      sendMarket(side, quantity);
      return;
    }
    long offset = 1 + (long) (random.nextExponential() * spec.meanOffsetTicks());
    long price =
        side == Side.BUY
            ? (book.hasAsk() ? book.bestAsk() : book.anchorTicks() + 1) - offset
            : (book.hasBid() ? book.bestBid() : book.anchorTicks() - 1) + offset;
    sendLimit(side, price, quantity);
  }
}
