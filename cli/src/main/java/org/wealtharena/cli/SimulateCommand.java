package org.wealtharena.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wealtharena.cli.config.DurationText;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.market.Prices;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.book.OrderBook;
import org.wealtharena.market.sim.FillDigest;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.market.sim.MarketSimulation;
import org.wealtharena.market.venue.Venue;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wealtharena simulate}: runs the simulated market for a stretch of simulated time and
 * reports what happened: the background flow only ({@code --agents none}, the default), or the
 * default team under a coordinator with the heuristic policies ({@code --coordination TYPE}, see
 * {@link TeamSimulation}). Metrics are recorded into in-process registries, pushed with
 * {@code --pushgateway}; there is no scrape endpoint for a run this short.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = "Run the simulated market, alone or with the agent team under a coordinator,"
        + " and summarise it.")
public final class SimulateCommand implements Callable<Integer> {

  @Option(names = "--agents", paramLabel = "TEAM",
      description = "none (background flow only) or default (market maker, arbitrageur, portfolio"
          + " and risk manager). Default: none, or default when --coordination is given.")
  String agents;

  @Option(names = "--coordination", paramLabel = "TYPE",
      description = "Run the team under this coordinator with the heuristic policies:"
          + " hierarchical, centralized or decentralized (default with --agents default: hierarchical).")
  String coordination;

  @Option(names = "--episodes", defaultValue = "1",
      description = "Team episodes to run, each with its own seed derived from --seed. Default: 1.")
  int episodes;

  @Option(names = "--threads", defaultValue = "1",
      description = "Episodes run in parallel on this many threads; results do not depend on it."
          + " Default: 1.")
  int threads;

  @Option(names = "--duration", defaultValue = "6.5h", paramLabel = "TIME",
      description = "Simulated time to run, e.g. 6.5h (one session, the default), 30m, 90s.")
  String duration;

  @Option(names = "--seed", defaultValue = "42",
      description = "Seed of every random choice; the same seed gives the same fills.")
  long seed;

  @Option(names = "--symbols", split = ",", paramLabel = "SYMBOL",
      description = "Symbols of the embedded market (default: all of AAPL,MSFT,GOOGL,AMZN,NVDA);"
          + " with --csv, the one symbol name of the replayed file.")
  List<String> symbols;

  @Option(names = "--csv", paramLabel = "FILE",
      description = "Replay this bar file (Date,Open,High,Low,Close,Volume[,Adj Close]) as the"
          + " fundamental path; the symbol is the file name unless --symbols names it.")
  Path csv;

  @Option(names = "--json", description = "Print the summary as JSON on stdout.")
  boolean json;

  @Mixin PushOptions push;

  @Spec CommandSpec spec;

  /** What {@code --json} prints. */
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
      List<String> warnings) {}

  @Override
  @SuppressWarnings("try") // the push session is held only to be closed after the run
  public Integer call() throws JsonProcessingException {
    CoordinationType team = team();
    long durationNanos = DurationText.parse(duration)
        .orElseThrow(() -> new CliException("--duration '" + duration
            + "' is not a positive duration like 6.5h, 30m, 90s or 250ms"))
        .toNanos();
    List<String> warnings = new ArrayList<>();
    MarketConfig config = MarketChoice.of(symbols, csv, warnings);
    if (team != null) {
      return simulateTeam(config, team, durationNanos, warnings);
    }

    MarketSimulation simulation = MarketSimulation.create(config, seed);
    FillDigest digest = new FillDigest();
    simulation.addFillListener(digest);
    long[][] volume = new long[config.venues().size()][config.symbols().size()];
    simulation.addFillListener(f -> volume[f.venueIndex()][f.symbolIndex()] += f.quantity());
    // Nothing records into these yet (no agents); pushed, they carry the pusher's own counters.
    MultiAgentMetrics multiAgent = new MultiAgentMetrics();
    SpecializedAgentMetrics specialized = new SpecializedAgentMetrics();
    double wallSeconds;
    try (PushOptions.Session pushing = push.start(multiAgent, specialized)) {
      long started = System.nanoTime();
      simulation.advanceTo(durationNanos);
      wallSeconds = (System.nanoTime() - started) / 1e9;
    }

    long shares = 0;
    for (long[] perVenue : volume) {
      for (long v : perVenue) {
        shares += v;
      }
    }
    Summary summary = new Summary(config.symbolNames(), config.venueNames(), seed,
        durationNanos / (double) SimulationClock.SECOND, simulation.eventsProcessed(),
        simulation.fills(), shares, wallSeconds,
        simulation.eventsProcessed() / Math.max(wallSeconds, 1e-9), digest.hex(), warnings);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(summary));
    } else {
      MarketChoice.printWarnings(spec.commandLine().getErr(), warnings);
      printTable(out, summary, simulation, volume);
    }
    out.flush();
    return 0;
  }

  /** The coordination to run the team under, or null for the market alone. */
  private CoordinationType team() {
    String team = agents != null ? agents : coordination != null ? "default" : "none";
    if (!team.equals("none") && !team.equals("default")) {
      throw new CliException("--agents " + agents + ": unknown team (use none or default)");
    }
    if (team.equals("none")) {
      if (coordination != null) {
        throw new CliException("--coordination needs the team; drop --agents none");
      }
      return null;
    }
    if (episodes < 1) {
      throw new CliException("--episodes must be at least 1, got " + episodes);
    }
    if (threads < 1) {
      throw new CliException("--threads must be at least 1, got " + threads);
    }
    try {
      return coordination == null ? CoordinationType.HIERARCHICAL : CoordinationType.fromLabel(coordination);
    } catch (IllegalArgumentException e) {
      throw new CliException("--coordination: " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("try") // the push session is held only to be closed after the run
  private int simulateTeam(MarketConfig config, CoordinationType type, long durationNanos, List<String> warnings)
      throws JsonProcessingException {
    if (durationNanos < SimulationClock.SECOND) {
      throw new CliException("--duration must be at least one decision step (1s) with a team");
    }
    MultiAgentMetrics multiAgent = new MultiAgentMetrics();
    SpecializedAgentMetrics specialized = new SpecializedAgentMetrics();
    TeamSimulation.Summary summary;
    try (PushOptions.Session pushing = push.start(multiAgent, specialized)) {
      summary = TeamSimulation.run(config, type, seed, durationNanos, episodes, threads, multiAgent, specialized);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(summary));
    } else {
      MarketChoice.printWarnings(spec.commandLine().getErr(), warnings);
      TeamSimulation.printTable(out, summary);
    }
    out.flush();
    return 0;
  }

  private static void printTable(
      PrintWriter out, Summary summary, MarketSimulation simulation, long[][] volume) {
    out.printf(Locale.ROOT, "Simulated %.0f s on %s, seed %d: %,d events, %,d fills, %,d shares"
            + " in %.2f s wall (%,.0f events/s)%n",
        summary.simulatedSeconds(), String.join(" + ", summary.venues()), summary.seed(),
        summary.eventsProcessed(), summary.fills(), summary.sharesTraded(), summary.wallSeconds(),
        summary.eventsPerSecond());
    out.printf(Locale.ROOT, "%-6s %-7s %11s %11s %11s %11s %14s%n",
        "symbol", "venue", "fundamental", "bid", "ask", "last", "volume");
    for (int s = 0; s < simulation.symbols().size(); s++) {
      for (Venue venue : simulation.venues()) {
        OrderBook book = venue.book(s);
        out.printf(Locale.ROOT, "%-6s %-7s %11.2f %11s %11s %11s %,14d%n",
            simulation.symbols().get(s), venue.name(), simulation.fundamental(s),
            price(venue, book.bestBid()), price(venue, book.bestAsk()),
            price(venue, book.lastTradeTicks()), volume[venue.index()][s]);
      }
    }
    out.println("fills digest (SHA-256): " + summary.fillsDigest());
  }

  private static String price(Venue venue, long ticks) {
    return ticks == OrderBook.NO_PRICE ? "-"
        : String.format(Locale.ROOT, "%.2f", Prices.toDollars(venue.spec().microsOf(ticks)));
  }
}
