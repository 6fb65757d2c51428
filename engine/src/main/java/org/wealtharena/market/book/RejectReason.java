package org.wealtharena.market.book;

/** Why a venue refused a request; {@link #NONE} means it was accepted. */
public enum RejectReason {
  NONE,
  NON_POSITIVE_QUANTITY,
  /** Above {@link OrderBook#MAX_QUANTITY}; keeps notional arithmetic far from long overflow. */
  QUANTITY_TOO_LARGE,
  /** The price is not a whole number of the venue's ticks. */
  PRICE_OFF_TICK,
  /** Outside the venue's band around the reference price (the last trade, else the open). */
  PRICE_OUTSIDE_BAND,
  UNKNOWN_SYMBOL,
  UNKNOWN_VENUE,
  /** An order with this id is already live on the book. */
  DUPLICATE_ORDER_ID,
  /** Cancel or replace of an order that is not live (never entered, filled or cancelled). */
  UNKNOWN_ORDER,
  /** Cancel or replace of another participant's order. */
  NOT_OWNER,
  /** The request came from inside a fill callback of the same book; send it later instead. */
  BOOK_BUSY;

  public boolean accepted() {
    return this == NONE;
  }
}
