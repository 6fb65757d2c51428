package org.wealtharena.bench;

import java.util.List;
import org.wealtharena.agents.MarketView;
import org.wealtharena.market.book.Side;

/**
 * A market view whose clock the benchmark moves on by itself: the books are a real simulation's,
 * frozen, while {@link #now()} advances, so time-windowed state (order-rate windows, volatility
 * estimates, requote intervals) behaves as in a run without the cost of simulating the market.
 */
final class SteppingMarketView implements MarketView {
  private final MarketView market;
  private long now;

  SteppingMarketView(MarketView market) {
    this.market = market;
    this.now = market.now();
  }

  void advance(long nanos) {
    now += nanos;
  }

  @Override
  public long now() {
    return now;
  }

  @Override
  public List<String> venues() {
    return market.venues();
  }

  @Override
  public List<String> symbols() {
    return market.symbols();
  }

  @Override
  public long bestBidMicros(int venue, int symbol) {
    return market.bestBidMicros(venue, symbol);
  }

  @Override
  public long bestAskMicros(int venue, int symbol) {
    return market.bestAskMicros(venue, symbol);
  }

  @Override
  public long bestBidQuantity(int venue, int symbol) {
    return market.bestBidQuantity(venue, symbol);
  }

  @Override
  public long bestAskQuantity(int venue, int symbol) {
    return market.bestAskQuantity(venue, symbol);
  }

  @Override
  public long lastTradeMicros(int venue, int symbol) {
    return market.lastTradeMicros(venue, symbol);
  }

  @Override
  public long tradesSince(int venue, int symbol, long afterSequence, TradeVisitor visitor) {
    return market.tradesSince(venue, symbol, afterSequence, visitor);
  }

  @Override
  public long tradesPrinted(int venue, int symbol) {
    return market.tradesPrinted(venue, symbol);
  }

  @Override
  public int depth(
      int venue, int symbol, Side side, int max, long[] pricesMicrosOut, long[] quantityOut) {
    return market.depth(venue, symbol, side, max, pricesMicrosOut, quantityOut);
  }

  @Override
  public long bandLowMicros(int venue, int symbol) {
    return market.bandLowMicros(venue, symbol);
  }

  @Override
  public long bandHighMicros(int venue, int symbol) {
    return market.bandHighMicros(venue, symbol);
  }

  @Override
  public long tickMicros(int venue) {
    return market.tickMicros(venue);
  }

  @Override
  public long makerFeeMicrosPerShare(int venue) {
    return market.makerFeeMicrosPerShare(venue);
  }

  @Override
  public long takerFeeMicrosPerShare(int venue) {
    return market.takerFeeMicrosPerShare(venue);
  }

  @Override
  public long markMicros(int symbol) {
    return market.markMicros(symbol);
  }
}
