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

  /** A new order the agent proposes, to carry {@code orderId} on the venue. */
  public static Intent newOrder(
      String agentId,
      IntentPurpose purpose,
      int venue,
      int symbol,
      Side side,
      OrderType type,
      long priceMicros,
      long quantity,
      long orderId) {
    return new Intent(
        agentId,
        RequestKind.NEW,
        purpose,
        venue,
        symbol,
        side,
        type,
        priceMicros,
        quantity,
        orderId);
  }

  /** A cancel of the agent's order {@code orderId}; it describes no side, type, price or size. */
  public static Intent cancel(
      String agentId, IntentPurpose purpose, int venue, int symbol, long orderId) {
    return new Intent(
        agentId, RequestKind.CANCEL, purpose, venue, symbol, null, null, 0, 0, orderId);
  }

  /**
   * A replace of the agent's limit order {@code orderId} (of {@code side}) by a new price and size.
   */
  public static Intent replace(
      String agentId,
      IntentPurpose purpose,
      int venue,
      int symbol,
      long orderId,
      Side side,
      long newPriceMicros,
      long newQuantity) {
    return new Intent(
        agentId,
        RequestKind.REPLACE,
        purpose,
        venue,
        symbol,
        side,
        OrderType.LIMIT,
        newPriceMicros,
        newQuantity,
        orderId);
  }

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
