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

  /** The last {@link #TAPE_TRADES} trades of one book, in a ring. */
  private static final class Tape {
    private final long[] sequences = new long[TAPE_TRADES];
    private final long[] times = new long[TAPE_TRADES];
    private final long[] prices = new long[TAPE_TRADES];
    private final long[] quantities = new long[TAPE_TRADES];
    private long count;

    void add(Fill fill) {
      int at = (int) (count++ % TAPE_TRADES);
      sequences[at] = fill.sequence();
      times[at] = fill.timeNanos();
      prices[at] = fill.priceMicros();
      quantities[at] = fill.quantity();
    }

    long visitSince(long afterSequence, TradeVisitor visitor) {
      long first = count;
      while (first > Math.max(0, count - TAPE_TRADES)
          && sequences[(int) ((first - 1) % TAPE_TRADES)] > afterSequence) {
        first--;
      }
      long newest = afterSequence;
      for (long k = first; k < count; k++) {
        int at = (int) (k % TAPE_TRADES);
        visitor.trade(times[at], prices[at], quantities[at]);
        newest = sequences[at];
      }
      return newest;
    }
  }
}
