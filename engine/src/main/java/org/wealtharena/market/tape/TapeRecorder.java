package org.wealtharena.market.tape;

import java.util.List;
import org.wealtharena.market.book.OrderBook;
import org.wealtharena.market.sim.MarketSimulation;
import org.wealtharena.market.venue.Venue;

/**
 * Records a simulation onto a {@link Tape}: every fill as a trade, and every simulated second the
 * top of every book. Only reads the market, so the fills are the same with and without it.
 */
public final class TapeRecorder {
  private TapeRecorder() {}

  /** Starts recording {@code simulation} from now on; the tape fills as it runs. */
  public static Tape attach(MarketSimulation simulation) {
    List<Venue> venues = simulation.venues();
    long[] ticks = new long[venues.size()];
    long[] makerFees = new long[venues.size()];
    long[] takerFees = new long[venues.size()];
    for (Venue venue : venues) {
      ticks[venue.index()] = venue.spec().tickMicros();
      makerFees[venue.index()] = venue.spec().makerFeeMicrosPerShare();
      takerFees[venue.index()] = venue.spec().takerFeeMicrosPerShare();
    }
    Tape tape =
        new Tape(
            venues.stream().map(Venue::name).toList(),
            simulation.symbols(),
            ticks,
            makerFees,
            takerFees);
    simulation.addFillListener(
        fill ->
            tape.trade(
                fill.timeNanos(),
                fill.venueIndex(),
                fill.symbolIndex(),
                fill.priceMicros(),
                fill.quantity(),
                fill.takerSide()));
    int symbols = simulation.symbols().size();
    simulation.sampleEverySecond(
        now -> {
          tape.beginSnapshot(now);
          for (Venue venue : venues) {
            for (int s = 0; s < symbols; s++) {
              OrderBook book = venue.book(s);
              tape.quote(
                  venue.index(),
                  s,
                  book.hasBid() ? venue.spec().microsOf(book.bestBid()) : Tape.NO_PRICE,
                  book.bestBidQuantity(),
                  book.hasAsk() ? venue.spec().microsOf(book.bestAsk()) : Tape.NO_PRICE,
                  book.bestAskQuantity());
            }
          }
        });
    return tape;
  }
}
