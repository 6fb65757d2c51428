package org.wealtharena.agents;

import java.util.List;
import org.wealtharena.market.book.OrderBook;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.sim.MarketSimulation;
import org.wealtharena.market.venue.Fill;
import org.wealtharena.market.venue.Venue;
import org.wealtharena.market.venue.VenueSpec;

/** The {@link MarketView} of a {@link MarketSimulation}: its books, read through tick sizes. */
public final class SimulationMarketView implements MarketView {
  private final MarketSimulation simulation;
  private final List<String> venues;
  private final List<String> symbols;
  private final OrderBook[][] books;
  private final VenueSpec[] specs;
  private final Tape[][] tapes;

  public SimulationMarketView(MarketSimulation simulation) {
    this.simulation = simulation;
    List<Venue> venueList = simulation.venues();
    this.venues = venueList.stream().map(Venue::name).toList();
    this.symbols = List.copyOf(simulation.symbols());
    this.books = new OrderBook[venueList.size()][symbols.size()];
    this.specs = new VenueSpec[venueList.size()];
    this.tapes = new Tape[venueList.size()][symbols.size()];
    for (int v = 0; v < books.length; v++) {
      specs[v] = venueList.get(v).spec();
      for (int s = 0; s < symbols.size(); s++) {
        books[v][s] = venueList.get(v).book(s);
        tapes[v][s] = new Tape();
      }
    }
    simulation.addFillListener(fill -> tapes[fill.venueIndex()][fill.symbolIndex()].add(fill));
  }

  @Override
  public long now() {
    return simulation.now();
  }

  @Override
  public List<String> venues() {
    return venues;
  }

  @Override
  public List<String> symbols() {
    return symbols;
  }

  @Override
  public long bestBidMicros(int venue, int symbol) {
    return micros(venue, books[venue][symbol].bestBid());
  }

  @Override
  public long bestAskMicros(int venue, int symbol) {
    return micros(venue, books[venue][symbol].bestAsk());
  }

  @Override
  public long bestBidQuantity(int venue, int symbol) {
    return books[venue][symbol].bestBidQuantity();
  }

  @Override
  public long bestAskQuantity(int venue, int symbol) {
    return books[venue][symbol].bestAskQuantity();
  }

  @Override
  public long lastTradeMicros(int venue, int symbol) {
    return micros(venue, books[venue][symbol].lastTradeTicks());
  }

  @Override
  public long tradesSince(int venue, int symbol, long afterSequence, TradeVisitor visitor) {
    return tapes[venue][symbol].visitSince(afterSequence, visitor);
  }

  @Override
  public long tradesPrinted(int venue, int symbol) {
    return tapes[venue][symbol].count;
  }

  @Override
  public int depth(
      int venue, int symbol, Side side, int max, long[] pricesMicrosOut, long[] quantityOut) {
    int levels = books[venue][symbol].depth(side, max, pricesMicrosOut, quantityOut);
    for (int i = 0; i < levels; i++) {
      pricesMicrosOut[i] = specs[venue].microsOf(pricesMicrosOut[i]);
    }
    return levels;
  }

  @Override
  public long bandLowMicros(int venue, int symbol) {
    return specs[venue].microsOf(books[venue][symbol].bandLow());
  }

  @Override
  public long bandHighMicros(int venue, int symbol) {
    return specs[venue].microsOf(books[venue][symbol].bandHigh());
  }

  @Override
  public long tickMicros(int venue) {
    return specs[venue].tickMicros();
  }

  @Override
  public long makerFeeMicrosPerShare(int venue) {
    return specs[venue].makerFeeMicrosPerShare();
  }

  @Override
  public long takerFeeMicrosPerShare(int venue) {
    return specs[venue].takerFeeMicrosPerShare();
  }

  @Override
  public long markMicros(int symbol) {
    long sum = 0;
    for (int v = 0; v < books.length; v++) {
      OrderBook book = books[v][symbol];
      long mid = midMicros(v, symbol);
      sum += mid != NO_PRICE ? mid : specs[v].microsOf(book.anchorTicks());
    }
    return sum / books.length;
  }

  private long micros(int venue, long ticks) {
    return ticks == OrderBook.NO_PRICE ? NO_PRICE : specs[venue].microsOf(ticks);
  }

  /**
   * The last {@link #TAPE_TRADES} trades of one book, in a ring; a trade's four fields sit side by
   * side, so recording one (every fill of the market) writes one cache line, not four.
   */
  private static final class Tape {
    private static final int FIELDS = 4;
    private static final int SEQUENCE = 0;
    private static final int TIME = 1;
    private static final int PRICE = 2;
    private static final int QUANTITY = 3;

    private final long[] trades = new long[FIELDS * TAPE_TRADES];
    private long count;

    void add(Fill fill) {
      int at = FIELDS * (int) (count++ % TAPE_TRADES);
      trades[at + SEQUENCE] = fill.sequence();
      trades[at + TIME] = fill.timeNanos();
      trades[at + PRICE] = fill.priceMicros();
      trades[at + QUANTITY] = fill.quantity();
    }

    long visitSince(long afterSequence, TradeVisitor visitor) {
      long first = count;
      while (first > Math.max(0, count - TAPE_TRADES)
          && trades[FIELDS * (int) ((first - 1) % TAPE_TRADES) + SEQUENCE] > afterSequence) {
        first--;
      }
      long newest = afterSequence;
      for (long k = first; k < count; k++) {
        int at = FIELDS * (int) (k % TAPE_TRADES);
        visitor.trade(trades[at + TIME], trades[at + PRICE], trades[at + QUANTITY]);
        newest = trades[at + SEQUENCE];
      }
      return newest;
    }
  }
}
