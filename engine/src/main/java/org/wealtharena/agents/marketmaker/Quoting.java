package org.wealtharena.agents.marketmaker;

import org.wealtharena.agents.MarketView;
import org.wealtharena.agents.SlidingWindowRatio;
import org.wealtharena.market.Prices;
import org.wealtharena.metrics.MarketMakerMetrics;

/** Per-symbol quoting state; it reads the symbol's tape too. */
final class Quoting implements MarketView.TradeVisitor {
  final MarketMakerMetrics metrics;
  final EwmaVariance variance;
  final SlidingWindowRatio fills;
  final Markouts markouts;
  final long[] liveIds;
  ArrivalIntensity arrivals;

  /** The newest trade of the tape read so far, and the mid the next trades are measured from. */
  long tapeSequence = -1;

  long tapeMidMicros = MarketView.NO_PRICE;
  long observedNanos = Long.MIN_VALUE;

  /** The mark of the last step: the arrival mark of the fills until the next. */
  long markMicros;

  long sharesTraded;

  /** Shares traded on the venue in this symbol, by anyone, since the market maker started. */
  long venueVolume;

  int symbol = -1;
  int live;
  long lastQuoteNanos = Long.MIN_VALUE / 2;
  boolean filledSinceQuote;

  /** Quote pairs computed so far, to pick the ones whose latency is observed. */
  int quoteComputations;

  /** Quotes posted since the last publication, per side. */
  long bidsPosted;

  long asksPosted;

  /** The last requote's top-level spread; 0 before the first. */
  long spreadTicks;

  /** This step's inventory limit, shares: what the capital budget affords. */
  long inventoryLimit;

  /** The last order that traded inventory beyond the limit down (none: Long.MIN_VALUE). */
  long unwindOrderId = Long.MIN_VALUE;

  long postedBid;
  long postedAsk;
  long postedBidSize = -1;
  long postedAskSize = -1;

  Quoting(MarketMakerMetrics metrics, MarketMakerConfig config) {
    this.metrics = metrics;
    this.variance =
        new EwmaVariance(
            config.initialVolatility() * config.initialVolatility(),
            config.volatilityHalfLifeSeconds());
    this.fills = new SlidingWindowRatio(config.fillRateWindowQuotes());
    this.markouts = new Markouts(config.markoutWindowFills());
    this.liveIds = new long[2 * config.levels()];
  }

  @Override
  public void trade(long timeNanos, long priceMicros, long quantity) {
    venueVolume += quantity;
    if (tapeMidMicros != MarketView.NO_PRICE) {
      arrivals.trade(Prices.toDollars(priceMicros - tapeMidMicros), quantity);
    }
  }
}
