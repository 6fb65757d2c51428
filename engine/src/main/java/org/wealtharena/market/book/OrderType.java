package org.wealtharena.market.book;

public enum OrderType {
  /** Matches what it can at its limit or better, the rest rests on the book. */
  LIMIT,
  /** Matches at any price against what rests; the unfilled rest is cancelled. */
  MARKET,
  /** Immediate-or-cancel: matches at its limit or better, the unfilled rest is cancelled. */
  IOC
}
