package org.wealtharena.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.wealtharena.market.Prices;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.book.OrderBook;
import org.wealtharena.market.sim.FillDigest;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.market.sim.MarketSimulation;
import org.wealtharena.market.tape.Tape;
import org.wealtharena.market.tape.TapeCsv;
import org.wealtharena.market.tape.TapeRecorder;
import org.wealtharena.market.venue.Venue;

/**
 * The market of a {@code simulate} run without a coordinator, watched while it runs (the fills'
 * digest, the volume per venue and symbol) and reported after: the market part of the summary and
 * of the table, the same with or without agents.
 */
final class SimulatedMarket {

  /** What {@code --json} prints of the market. */
  record Summary(
      List<String> symbols,
      List<String> venues,
      long seed,
      double simulatedSeconds,
      long eventsProcessed,
      long fills,
      long sharesTraded,
      double wallSeconds,
      double eventsPerSecond,
      String fillsDigest,
      List<String> warnings,
      TapeWritten tape) {}

  /** Where {@code --tape} wrote the run's tape and how much of it; null without {@code --tape}. */
  record TapeWritten(String directory, long snapshots, long trades) {}

  private final SimulationSetup setup;
  private final MarketSimulation simulation;
  private final FillDigest digest = new FillDigest();
  private final long[][] volume;
  private final Tape tape;

  SimulatedMarket(SimulationSetup setup) {
    MarketConfig config = setup.market();
    this.setup = setup;
    this.simulation = MarketSimulation.create(config, setup.seed());
    this.volume = new long[config.venues().size()][config.symbols().size()];
    simulation.addFillListener(digest);
    simulation.addFillListener(f -> volume[f.venueIndex()][f.symbolIndex()] += f.quantity());
    this.tape = setup.tape().isPresent() ? TapeRecorder.attach(simulation) : null;
  }

  MarketSimulation simulation() {
    return simulation;
  }

  /** The market after a run that took {@code wallSeconds}; writes the tape first if asked. */
  Summary summary(double wallSeconds) {
    TapeWritten written = null;
    if (tape != null) {
      Path directory = setup.tape().get();
      try {
        TapeCsv.write(tape, directory);
      } catch (UncheckedIOException e) {
        throw new CliException("--tape " + e.getMessage(), e);
      }
      written = new TapeWritten(directory.toString(), tape.snapshots(), tape.trades());
    }
    long shares = 0;
    for (long[] perVenue : volume) {
      for (long v : perVenue) {
        shares += v;
      }
    }
    return new Summary(
        setup.market().symbolNames(),
        setup.market().venueNames(),
        setup.seed(),
        simulation.now() / (double) SimulationClock.SECOND,
        simulation.eventsProcessed(),
        simulation.fills(),
        shares,
        wallSeconds,
        simulation.eventsProcessed() / Math.max(wallSeconds, 1e-9),
        digest.hex(),
        setup.warnings(),
        written);
  }

  /**
   * The run in a line, then each book's fundamental, touch, last trade and volume, then the digest.
   */
  void printTable(PrintWriter out, Summary summary) {
    out.printf(
        Locale.ROOT,
        "Simulated %.0f s on %s, seed %d: %,d events, %,d fills, %,d shares"
            + " in %.2f s wall (%,.0f events/s)%n",
        summary.simulatedSeconds(),
        String.join(" + ", summary.venues()),
        summary.seed(),
        summary.eventsProcessed(),
        summary.fills(),
        summary.sharesTraded(),
        summary.wallSeconds(),
        summary.eventsPerSecond());
    out.printf(
        Locale.ROOT,
        "%-6s %-7s %11s %11s %11s %11s %14s%n",
        "symbol",
        "venue",
        "fundamental",
        "bid",
        "ask",
        "last",
        "volume");
    for (int s = 0; s < simulation.symbols().size(); s++) {
      for (Venue venue : simulation.venues()) {
        OrderBook book = venue.book(s);
        out.printf(
            Locale.ROOT,
            "%-6s %-7s %11.2f %11s %11s %11s %,14d%n",
            simulation.symbols().get(s),
            venue.name(),
            simulation.fundamental(s),
            price(venue, book.bestBid()),
            price(venue, book.bestAsk()),
            price(venue, book.lastTradeTicks()),
            volume[venue.index()][s]);
      }
    }
    if (summary.tape() != null) {
      out.printf(
          Locale.ROOT,
          "tape: %,d snapshots, %,d trades in %s%n",
          summary.tape().snapshots(),
          summary.tape().trades(),
          summary.tape().directory());
    }
    out.println("fills digest (SHA-256): " + summary.fillsDigest());
  }

  private static String price(Venue venue, long ticks) {
    return ticks == OrderBook.NO_PRICE
        ? "-"
        : String.format(Locale.ROOT, "%.2f", Prices.toDollars(venue.spec().microsOf(ticks)));
  }
}
