package org.wealtharena.market.flow;

import java.util.SplittableRandom;
import org.wealtharena.market.IntradayProfile;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.path.FundamentalPaths;
import org.wealtharena.market.regime.RegimeEffects;
import org.wealtharena.market.regime.RegimePath;

/**
 * Informed trader: sees the fundamental price through private noise and watches its home book. When
 * the home book offers below its belief minus an edge (or bids above belief plus the edge) it takes
 * that liquidity with an IOC, routed to the venue with the best price; otherwise it quotes a few
 * ticks around its belief on its home book. This is the flow that brings information into the books
 * and makes stale quotes pay for adverse selection. Since it quotes from its belief and its home
 * book only, a quote may cross another venue's after news: those crosses are what the background
 * arbitrageurs take. The session's regime sets how sharp its belief is and how thin an edge it
 * takes on ({@link RegimeEffects#informedNoiseScale}): when news breaks, it knows the fundamental.
 */
public final class ValueTrader extends BackgroundTrader {
  private final FlowSpec.Value spec;
  private final FundamentalPaths paths;
  private final RegimePath regimes;
  private final double tickDollars;

  public ValueTrader(
      int participant,
      SymbolQuotes quotes,
      int home,
      SplittableRandom random,
      FlowSpec flow,
      IntradayProfile intraday,
      FundamentalPaths paths,
      RegimePath regimes,
      double tickDollars) {
    super(
        participant,
        quotes,
        home,
        random,
        flow.value().ratePerSecond(),
        flow.value().memory(),
        flow,
        intraday);
    this.spec = flow.value();
    this.paths = paths;
    this.regimes = regimes;
    this.tickDollars = tickDollars;
  }

  @Override
  protected double rateMultiplier(long nowNanos) {
    return regimes.effects(nowNanos).informedRateMultiplier();
  }

  @Override
  public void act(long nowNanos) {
    RegimeEffects regime = regimes.effects(nowNanos);
    double noiseBps = spec.beliefNoiseBps() * regime.informedNoiseScale();
    double belief =
        paths.price(symbol()) / tickDollars * (1 + noiseBps * 1e-4 * random.nextGaussian());
    // News sharpens what it takes, not the markets it makes: its quotes keep their usual edge.
    long takingEdge = Math.round(spec.edgeTicks() * regime.informedEdgeScale());
    long beliefFloor = (long) Math.floor(belief);
    long beliefCeiling = (long) Math.ceil(belief);
    long buyBelow = beliefFloor - takingEdge;
    long sellAbove = beliefCeiling + takingEdge;
    long quantity = randomQuantity();
    if (book.hasAsk() && book.bestAsk() <= buyBelow) {
      sendIoc(Side.BUY, buyBelow, quantity);
    } else if (book.hasBid() && book.bestBid() >= sellAbove) {
      sendIoc(Side.SELL, sellAbove, quantity);
    } else if (random.nextDouble() < 0.3) {
      cancelRandom();
    } else {
      Side side = randomSide();
      long away = spec.edgeTicks() + random.nextInt(spec.quoteDepthTicks() + 1);
      sendLimit(side, side == Side.BUY ? beliefFloor - away : beliefCeiling + away, quantity);
    }
  }
}
