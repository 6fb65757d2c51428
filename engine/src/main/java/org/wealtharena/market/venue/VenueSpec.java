package org.wealtharena.market.venue;

import org.wealtharena.market.Prices;
import org.wealtharena.market.book.OrderBook;

/**
 * A venue's rules. Fees are integer micro-dollars per share (30 mils = $0.003 = 3000 micros); a
 * negative maker fee is a rebate. Every listed symbol trades in the same tick size.
 *
 * @param bandBasisPoints limit prices must lie within this many basis points of the reference price
 *     (the last trade, or the opening price before any trade)
 */
public record VenueSpec(
    String name,
    long tickMicros,
    long makerFeeMicrosPerShare,
    long takerFeeMicrosPerShare,
    long bandBasisPoints,
    LatencyModel latency) {

  public VenueSpec {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("venue name must not be blank");
    }
    if (tickMicros <= 0 || bandBasisPoints <= 0) {
      throw new IllegalArgumentException(name + ": tick size and band must be positive");
    }
    if (makerFeeMicrosPerShare + takerFeeMicrosPerShare < 0) {
      throw new IllegalArgumentException(name + ": rebates larger than fees pay traders to wash");
    }
  }

  /** What {@link #ticksOf} returns for a price between two ticks. */
  public static final long OFF_GRID = Long.MIN_VALUE;

  /** Tick count of a price in micro-dollars, or {@link #OFF_GRID}. */
  public long ticksOf(long priceMicros) {
    return priceMicros % tickMicros == 0 ? priceMicros / tickMicros : OFF_GRID;
  }

  /** The highest price in dollars this venue's books hold: {@link OrderBook#MAX_PRICE_TICKS}. */
  public double highestPriceDollars() {
    return OrderBook.MAX_PRICE_TICKS * (double) tickMicros / Prices.MICROS_PER_DOLLAR;
  }

  public long microsOf(long ticks) {
    return ticks * tickMicros;
  }
}
