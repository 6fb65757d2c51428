package org.wealtharena.agents;

import java.util.List;
import org.wealtharena.market.book.Side;

/**
 * What an agent may see of the market: top of book and depth per venue and symbol, venue rules and
 * the time. Read-only, and every price is micro-dollars (the view converts the books' ticks), so
 * agents never depend on a venue's tick representation. Venue and symbol are indexes into {@link
 * #venues()} and {@link #symbols()}. No method allocates.
 */
public interface MarketView {
  /** Returned by price getters when there is no price (empty side). */
  long NO_PRICE = 0;

  /** Simulated time, nanoseconds since the session start. */
  long now();

  List<String> venues();

  List<String> symbols();

  long bestBidMicros(int venue, int symbol);

  long bestAskMicros(int venue, int symbol);

  long bestBidQuantity(int venue, int symbol);

  long bestAskQuantity(int venue, int symbol);

  /** Price of the last trade, or {@link #NO_PRICE}. */
  long lastTradeMicros(int venue, int symbol);

  /** Receives the trades {@link #tradesSince} visits. */
  @FunctionalInterface
  interface TradeVisitor {
    void trade(long timeNanos, long priceMicros, long quantity);
  }

  /** Trades of each book a view holds at least, for {@link #tradesSince}. */
  int TAPE_TRADES = 1024;

  /**
   * The public tape of one book: visits, oldest first, its trades (one per fill) whose market-wide
   * sequence number is above {@code afterSequence}, of the last {@link #TAPE_TRADES} the view
   * holds, and returns the sequence of the newest one visited, or {@code afterSequence} when none.
   * Start with -1 to see every trade held.
   */
  long tradesSince(int venue, int symbol, long afterSequence, TradeVisitor visitor);

  /**
   * How many trades (fills) one book has printed since the view began, those {@link #tradesSince}
   * no longer holds included: the difference of two readings is the trades between them.
   */
  long tradesPrinted(int venue, int symbol);

  /** Writes up to {@code max} levels of one side, best first, prices in micro-dollars. */
  int depth(int venue, int symbol, Side side, int max, long[] pricesMicrosOut, long[] quantityOut);

  /** Lowest and highest limit prices the venue accepts now (its band around the last trade). */
  long bandLowMicros(int venue, int symbol);

  long bandHighMicros(int venue, int symbol);

  long tickMicros(int venue);

  long makerFeeMicrosPerShare(int venue);

  long takerFeeMicrosPerShare(int venue);

  /**
   * Cash one share bought on {@code venue} at {@code priceMicros} can take: the price plus the
   * taker fee (a buy that rests may fill as a maker, which costs no more). Buying power counts buys
   * at this, so whoever sizes a buy to its cash sizes it at this too.
   */
  default long buyCashPerShareMicros(int venue, long priceMicros) {
    return priceMicros + takerFeeMicrosPerShare(venue);
  }

  /**
   * The mark every agent's PnL uses: the mean over venues of each book's mid (one quoted side or
   * the reference price when a side is empty). Never {@link #NO_PRICE}.
   */
  long markMicros(int symbol);

  /**
   * The best price an order of {@code side} would take on one book: the best ask for a buy, the
   * best bid for a sell; {@link #NO_PRICE} if that side is empty.
   */
  default long touchMicros(int venue, int symbol, Side side) {
    return side == Side.BUY ? bestAskMicros(venue, symbol) : bestBidMicros(venue, symbol);
  }

  /** {@link #touchMicros}, or the symbol's {@link #markMicros mark} if that side is empty. */
  default long touchOrMarkMicros(int venue, int symbol, Side side) {
    long touch = touchMicros(venue, symbol, side);
    return touch != NO_PRICE ? touch : markMicros(symbol);
  }

  /** The mid of one book, or {@link #NO_PRICE} unless both sides quote. */
  default long midMicros(int venue, int symbol) {
    long bid = bestBidMicros(venue, symbol);
    long ask = bestAskMicros(venue, symbol);
    return bid == NO_PRICE || ask == NO_PRICE ? NO_PRICE : (bid + ask) / 2;
  }

  default int venueIndex(String venue) {
    int index = venues().indexOf(venue);
    if (index < 0) {
      throw new IllegalArgumentException("unknown venue " + venue + " (known: " + venues() + ")");
    }
    return index;
  }

  default int symbolIndex(String symbol) {
    int index = symbols().indexOf(symbol);
    if (index < 0) {
      throw new IllegalArgumentException(
          "unknown symbol " + symbol + " (known: " + symbols() + ")");
    }
    return index;
  }
}
