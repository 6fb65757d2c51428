package org.wealtharena.agents;

import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.venue.RequestKind;

/**
 * A request an agent proposes; nothing reaches a venue until the routing step approves it. Venue
 * and symbol are indexes into {@link MarketView#venues()} and {@link MarketView#symbols()}.
 *
 * <p>For a cancel, {@code side}, {@code type}, {@code priceMicros} and {@code quantity} describe
 * nothing (zero / the order's side if known); for a replace, price and quantity are the new ones
 * and {@code side} the order's side, so risk checks can see what the replace adds.
 *
 * @param agentId the agent whose account the order trades for
 * @param orderId the id the order has (or will have) on the venue
 */
public record Intent(
    String agentId,
    RequestKind kind,
    IntentPurpose purpose,
    int venue,
    int symbol,
    Side side,
    OrderType type,
    long priceMicros,
    long quantity,
    long orderId) {

  /**
   * Quantity a fill of this intent adds to the agent's position: + buys, - sells, 0 for a cancel.
   */
  public long signedQuantity() {
    if (kind == RequestKind.CANCEL) {
      return 0;
    }
    return side == Side.BUY ? quantity : -quantity;
  }

  /**
   * Whether filling this intent in full only shrinks a position of {@code position} shares toward
   * zero, never through it; false for a flat position and for a cancel.
   */
  public boolean onlyReduces(long position) {
    long signed = signedQuantity();
    return position != 0
        && Long.signum(signed) == -Long.signum(position)
        && Math.abs(signed) <= Math.abs(position);
  }

  /**
   * The most one share of this intent can cost, what buying power holds back for it: its limit
   * price, or for a market order the venue's band high (a market order has no limit, and asks rest
   * within the band).
   */
  public long cashPriceMicros(MarketView market) {
    return type == OrderType.MARKET ? market.bandHighMicros(venue, symbol) : priceMicros;
  }

  /**
   * The price this intent's capital is counted at: its limit price, or for a market order the
   * {@linkplain MarketView#touchOrMarkMicros touch it would take, else the mark}.
   */
  public long notionalPriceMicros(MarketView market) {
    return type == OrderType.MARKET ? market.touchOrMarkMicros(venue, symbol, side) : priceMicros;
  }
}
