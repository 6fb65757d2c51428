package org.wealtharena.market.flow;

import java.util.SplittableRandom;
import org.wealtharena.market.IntradayProfile;
import org.wealtharena.market.book.OrderBook;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.regime.RegimePath;

/**
 * Zero-intelligence trader: knows nothing about value. Cancels, sends a market order (to the venue
 * with the best price), or places a limit order on its home venue 1 + Exp(meanOffset) ticks behind
 * the opposite consolidated best quote, so it never crosses any venue. Its market orders are what a
 * market maker earns the spread from.
 */
public final class NoiseTrader extends BackgroundTrader {
  private final FlowSpec.Noise spec;
  private final RegimePath regimes;

  public NoiseTrader(
      int participant,
      SymbolQuotes quotes,
      int home,
      SplittableRandom random,
      FlowSpec flow,
      IntradayProfile intraday,
      RegimePath regimes) {
    super(
        participant,
        quotes,
        home,
        random,
        flow.noise().ratePerSecond(),
        flow.noise().memory(),
        flow,
        intraday);
    this.spec = flow.noise();
    this.regimes = regimes;
  }

  /** Fewer of them in a liquidity drought. */
  @Override
  protected double rateMultiplier(long nowNanos) {
    return regimes.effects(nowNanos).noiseRateMultiplier();
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
    long price;
    if (side == Side.BUY) {
      long ask = consolidatedAskTicks();
      price = (ask != OrderBook.NO_PRICE ? ask : book.anchorTicks() + 1) - offset;
    } else {
      long bid = consolidatedBidTicks();
      price = (bid != OrderBook.NO_PRICE ? bid : book.anchorTicks() - 1) + offset;
    }
    sendLimit(side, price, quantity);
  }
}
