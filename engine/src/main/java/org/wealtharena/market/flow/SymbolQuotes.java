package org.wealtharena.market.flow;

import org.wealtharena.market.book.OrderBook;
import org.wealtharena.market.book.Side;

/**
 * One symbol's books on every venue, seen together: the consolidated best bid and offer, the venue
 * a marketable order goes to, and the crosses between venues net of taker fees. Prices here are
 * micro-dollars, so venues with different ticks compare correctly.
 */
public final class SymbolQuotes {
  private final int symbol;
  private final OrderBook[] books;
  private final long[] tickMicros;
  private final long[] takerFeeMicros;

  public SymbolQuotes(int symbol, OrderBook[] books, long[] tickMicros, long[] takerFeeMicros) {
    this.symbol = symbol;
    this.books = books.clone();
    this.tickMicros = tickMicros.clone();
    this.takerFeeMicros = takerFeeMicros.clone();
  }

  public int symbol() {
    return symbol;
  }

  public int venues() {
    return books.length;
  }

  public OrderBook book(int venue) {
    return books[venue];
  }

  public long tickMicros(int venue) {
    return tickMicros[venue];
  }

  public long takerFeeMicros(int venue) {
    return takerFeeMicros[venue];
  }

  /** Best bid of a venue in micro-dollars, {@link OrderBook#NO_PRICE} if it has none. */
  public long bidMicros(int venue) {
    OrderBook book = books[venue];
    return book.hasBid() ? book.bestBid() * tickMicros[venue] : OrderBook.NO_PRICE;
  }

  /** Best ask of a venue in micro-dollars, {@link OrderBook#NO_PRICE} if it has none. */
  public long askMicros(int venue) {
    OrderBook book = books[venue];
    return book.hasAsk() ? book.bestAsk() * tickMicros[venue] : OrderBook.NO_PRICE;
  }

  /** Consolidated best bid in micro-dollars, {@link OrderBook#NO_PRICE} if no venue bids. */
  public long bestBidMicros() {
    long best = OrderBook.NO_PRICE;
    for (int v = 0; v < books.length; v++) {
      long bid = bidMicros(v);
      if (bid != OrderBook.NO_PRICE && (best == OrderBook.NO_PRICE || bid > best)) {
        best = bid;
      }
    }
    return best;
  }

  /** Consolidated best ask in micro-dollars, {@link OrderBook#NO_PRICE} if no venue offers. */
  public long bestAskMicros() {
    long best = OrderBook.NO_PRICE;
    for (int v = 0; v < books.length; v++) {
      long ask = askMicros(v);
      if (ask != OrderBook.NO_PRICE && (best == OrderBook.NO_PRICE || ask < best)) {
        best = ask;
      }
    }
    return best;
  }

  /**
   * Where a marketable order of {@code side} from a trader at venue {@code home} goes: the venue
   * with the best opposite touch; on a tie the home venue if it is among the best, else the lowest
   * index (so ties do not all drain to one venue); {@code home} when no venue has that side.
   */
  public int route(Side side, int home) {
    int best = home;
    long bestTouch = side == Side.BUY ? askMicros(home) : bidMicros(home);
    for (int v = 0; v < books.length; v++) {
      long touch = side == Side.BUY ? askMicros(v) : bidMicros(v);
      if (v == home || touch == OrderBook.NO_PRICE) {
        continue;
      }
      boolean better =
          bestTouch == OrderBook.NO_PRICE
              || (side == Side.BUY ? touch < bestTouch : touch > bestTouch);
      if (better) {
        best = v;
        bestTouch = touch;
      }
    }
    return best;
  }

  /**
   * The most profitable cross between two venues: a bid on one above an ask on another by more than
   * both taker fees. Returns {@code sellVenue * venues + buyVenue}, or -1 if there is none.
   */
  public int bestCross() {
    int found = -1;
    long bestEdge = 0;
    for (int sell = 0; sell < books.length; sell++) {
      long bid = bidMicros(sell);
      if (bid == OrderBook.NO_PRICE) {
        continue;
      }
      for (int buy = 0; buy < books.length; buy++) {
        if (buy == sell) {
          continue;
        }
        long ask = askMicros(buy);
        if (ask == OrderBook.NO_PRICE) {
          continue;
        }
        long edge = bid - ask - takerFeeMicros[sell] - takerFeeMicros[buy];
        if (edge > bestEdge) {
          bestEdge = edge;
          found = sell * books.length + buy;
        }
      }
    }
    return found;
  }
}
