package org.wealtharena.market.tape;

import java.util.Arrays;
import java.util.List;
import org.wealtharena.market.book.Side;

/**
 * What a market session left behind, as an analyst sees it: for every venue and symbol the top of
 * book once per simulated second, and every trade with its aggressor side. Prices are integer
 * micro-dollars, sizes shares, times nanoseconds since the session start. Filled by a {@link
 * TapeRecorder} or read from CSV by {@link TapeCsv}; the stylized facts are computed from it.
 */
public final class Tape {
  /** A quote or trade price that is not there (an empty side). */
  public static final long NO_PRICE = 0;

  private final List<String> venues;
  private final List<String> symbols;
  private final long[] tickMicros;
  private final long[] makerFeeMicros;
  private final long[] takerFeeMicros;
  private final Column quoteTime = new Column();
  private final Column[] bid;
  private final Column[] bidSize;
  private final Column[] ask;
  private final Column[] askSize;
  private final Column tradeTime = new Column();
  private final Column tradeBook = new Column();
  private final Column tradePrice = new Column();
  private final Column tradeQuantity = new Column();
  private final Column tradeBuyerAggressor = new Column();

  /**
   * @param tickMicros per venue, its tick size in micro-dollars
   * @param makerFeeMicros per venue, its maker fee per share in micro-dollars (negative: rebate)
   * @param takerFeeMicros per venue, its taker fee per share in micro-dollars
   */
  public Tape(
      List<String> venues,
      List<String> symbols,
      long[] tickMicros,
      long[] makerFeeMicros,
      long[] takerFeeMicros) {
    if (tickMicros.length != venues.size()
        || makerFeeMicros.length != venues.size()
        || takerFeeMicros.length != venues.size()) {
      throw new IllegalArgumentException("one tick size and two fees per venue");
    }
    this.makerFeeMicros = makerFeeMicros.clone();
    this.venues = List.copyOf(venues);
    this.symbols = List.copyOf(symbols);
    this.tickMicros = tickMicros.clone();
    this.takerFeeMicros = takerFeeMicros.clone();
    int books = venues.size() * symbols.size();
    bid = columns(books);
    bidSize = columns(books);
    ask = columns(books);
    askSize = columns(books);
  }

  private static Column[] columns(int n) {
    Column[] out = new Column[n];
    for (int i = 0; i < n; i++) {
      out[i] = new Column();
    }
    return out;
  }

  /** Starts a new one-second snapshot; then {@link #quote} once for every venue and symbol. */
  public void beginSnapshot(long timeNanos) {
    int books = bid.length;
    if (quoteTime.size() > 0 && bid[books - 1].size() != quoteTime.size()) {
      throw new IllegalStateException("the previous snapshot is missing books");
    }
    quoteTime.add(timeNanos);
  }

  public void quote(
      int venue, int symbol, long bidMicros, long bidShares, long askMicros, long askShares) {
    int b = book(venue, symbol);
    bid[b].add(bidMicros);
    bidSize[b].add(bidShares);
    ask[b].add(askMicros);
    askSize[b].add(askShares);
  }

  public void trade(
      long timeNanos, int venue, int symbol, long priceMicros, long quantity, Side aggressor) {
    tradeTime.add(timeNanos);
    tradeBook.add(book(venue, symbol));
    tradePrice.add(priceMicros);
    tradeQuantity.add(quantity);
    tradeBuyerAggressor.add(aggressor == Side.BUY ? 1 : 0);
  }

  private int book(int venue, int symbol) {
    return venue * symbols.size() + symbol;
  }

  public List<String> venues() {
    return venues;
  }

  public List<String> symbols() {
    return symbols;
  }

  public long tickMicros(int venue) {
    return tickMicros[venue];
  }

  public long makerFeeMicros(int venue) {
    return makerFeeMicros[venue];
  }

  public long takerFeeMicros(int venue) {
    return takerFeeMicros[venue];
  }

  public int snapshots() {
    return quoteTime.size();
  }

  public long snapshotTime(int i) {
    return quoteTime.get(i);
  }

  public long bidMicros(int venue, int symbol, int snapshot) {
    return bid[book(venue, symbol)].get(snapshot);
  }

  public long bidShares(int venue, int symbol, int snapshot) {
    return bidSize[book(venue, symbol)].get(snapshot);
  }

  public long askMicros(int venue, int symbol, int snapshot) {
    return ask[book(venue, symbol)].get(snapshot);
  }

  public long askShares(int venue, int symbol, int snapshot) {
    return askSize[book(venue, symbol)].get(snapshot);
  }

  public int trades() {
    return tradeTime.size();
  }

  public long tradeTime(int i) {
    return tradeTime.get(i);
  }

  public int tradeVenue(int i) {
    return (int) tradeBook.get(i) / symbols.size();
  }

  public int tradeSymbol(int i) {
    return (int) tradeBook.get(i) % symbols.size();
  }

  public long tradePriceMicros(int i) {
    return tradePrice.get(i);
  }

  public long tradeQuantity(int i) {
    return tradeQuantity.get(i);
  }

  public Side tradeAggressor(int i) {
    return tradeBuyerAggressor.get(i) == 1 ? Side.BUY : Side.SELL;
  }

  /** A growable column of longs. */
  private static final class Column {
    private long[] values = new long[1024];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    long get(int i) {
      if (i >= size) {
        throw new IndexOutOfBoundsException(i);
      }
      return values[i];
    }

    int size() {
      return size;
    }
  }
}
