package org.wealtharena.market.book;

import java.util.List;

/**
 * An immutable copy of the top levels of a book, best first on each side. {@code lastTradeTicks} is
 * 0 when nothing has traded yet.
 */
public record BookSnapshot(
    String symbol,
    List<Level> bids,
    List<Level> asks,
    long lastTradeTicks,
    long lastTradeQuantity) {

  public BookSnapshot {
    bids = List.copyOf(bids);
    asks = List.copyOf(asks);
  }
}
