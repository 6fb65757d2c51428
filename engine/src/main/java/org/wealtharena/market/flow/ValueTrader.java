package org.wealtharena.market.flow;

import java.util.SplittableRandom;
import org.wealtharena.market.book.OrderBook;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.path.FundamentalPaths;

/**
 * Informed trader: sees the fundamental price through private noise. When the book offers below its
 * belief minus an edge (or bids above belief plus the edge) it takes that liquidity with an IOC;
 * otherwise it quotes a few ticks around its belief. This is the flow that pulls every venue's book
 * towards the same fundamental, closes cross-venue gaps, and makes stale quotes pay for adverse
 * selection.
 */
public final class ValueTrader extends BackgroundTrader {
  private final FlowSpec.Value spec;
  private final FundamentalPaths paths;
  private final int symbol;
  private final double tickDollars;

  public ValueTrader(
      int participant,
      OrderBook book,
      SplittableRandom random,
      FlowSpec flow,
      FundamentalPaths paths,
      int symbol,
      double tickDollars) {
    super(participant, book, random, flow.value().ratePerSecond(), flow.value().memory(), flow);
    this.spec = flow.value();
    this.paths = paths;
    this.symbol = symbol;
    this.tickDollars = tickDollars;
  }

  @Override
  public void act(long nowNanos) {
    double belief =
        paths.price(symbol)
            / tickDollars
            * (1 + spec.beliefNoiseBps() * 1e-4 * random.nextGaussian());
    long buyBelow = (long) Math.floor(belief) - spec.edgeTicks();
    long sellAbove = (long) Math.ceil(belief) + spec.edgeTicks();
    long quantity = randomQuantity();
    if (book.hasAsk() && book.bestAsk() <= buyBelow) {
      sendIoc(Side.BUY, buyBelow, quantity);
    } else if (book.hasBid() && book.bestBid() >= sellAbove) {
      sendIoc(Side.SELL, sellAbove, quantity);
    } else if (random.nextDouble() < 0.3) {
      cancelRandom();
    } else {
      Side side = randomSide();
      long depth = random.nextInt(spec.quoteDepthTicks() + 1);
      sendLimit(side, side == Side.BUY ? buyBelow - depth : sellAbove + depth, quantity);
    }
  }
}
