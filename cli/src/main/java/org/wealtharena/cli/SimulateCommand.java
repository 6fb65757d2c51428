package org.wealtharena.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wealtharena.agents.AgentOutcome;
import org.wealtharena.agents.AgentSummaries;
import org.wealtharena.agents.AgentType;
import org.wealtharena.agents.EpisodeOutcomes;
import org.wealtharena.agents.SpecializedAgentsEpisode;
import org.wealtharena.agents.marketmaker.MarketMakerSummary;
import org.wealtharena.agents.portfolio.PortfolioSummary;
import org.wealtharena.cli.config.DurationText;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.market.Prices;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.book.OrderBook;
import org.wealtharena.market.sim.FillDigest;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.market.sim.MarketSimulation;
import org.wealtharena.market.venue.Venue;
import org.wealtharena.metrics.MetricsOptions;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wealtharena simulate}: runs the simulated market for a stretch of simulated time and
 * reports what happened, in one of three shapes:
 *
 * <ul>
 *   <li>the default: the specialized agents chosen by {@code --agents} (all four by default) trade
 *       the market under {@link SpecializedAgentsEpisode}, each order through the risk manager's
 *       pre-trade checks when {@code risk} is among them; both metrics endpoints serve while it
 *       runs and, with {@code --linger}, for a while after;
 *   <li>{@code --agents none}: the background flow only; the endpoints start only with {@code
 *       --linger} (nothing records into them during a market-only run);
 *   <li>{@code --coordination TYPE}: episodes of the whole team under a coordinator with the
 *       heuristic policies ({@link TeamSimulation}); as before, metrics are only pushed. A
 *       coordinator plans for the whole team, so a subset of {@code --agents} is rejected there.
 * </ul>
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description =
        "Run the simulated market with the specialized agents (the default), alone, or with"
            + " the agent team under a coordinator, and summarise it.")
public final class SimulateCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(SimulateCommand.class);

  @Option(
      names = "--agents",
      paramLabel = "AGENTS",
      description =
          "Which specialized agents trade: a comma list of mm (market maker), arb (arbitrageur),"
              + " portfolio and risk (risk manager's pre-trade and post-trade checks; without it orders go"
              + " unchecked), or none for the background flow only. Default: "
              + AgentChoice.ALL
              + "."
              + " With --coordination only the whole team is allowed.")
  String agents;

  @Option(
      names = "--coordination",
      paramLabel = "TYPE",
      description =
          "Run the whole team under this coordinator with the heuristic policies:"
              + " hierarchical, centralized or decentralized. Metrics are then pushed (--pushgateway),"
              + " not served.")
  String coordination;

  @Option(
      names = "--episodes",
      defaultValue = "1",
      description =
          "With --coordination: team episodes to run, each with its own seed derived from"
              + " --seed. Default: 1.")
  int episodes;

  @Option(
      names = "--threads",
      defaultValue = "1",
      description =
          "With --coordination: episodes run in parallel on this many threads; results do not"
              + " depend on it. Default: 1.")
  int threads;

  @Option(
      names = "--linger",
      paramLabel = "TIME",
      description =
          "Keep serving both metrics endpoints this long after the run (e.g. 30s, 5m), or until"
              + " SIGINT/SIGTERM, then exit 0. With --agents none the endpoints start only with --linger.")
  String linger;

  @Option(
      names = "--duration",
      defaultValue = "6.5h",
      paramLabel = "TIME",
      description = "Simulated time to run, e.g. 6.5h (one session, the default), 30m, 90s.")
  String duration;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Seed of every random choice; the same seed gives the same fills.")
  long seed;

  @Option(
      names = "--symbols",
      split = ",",
      paramLabel = "SYMBOL",
      description =
          "Symbols of the embedded market (default: all of AAPL,MSFT,GOOGL,AMZN,NVDA);"
              + " with --csv, the one symbol name of the replayed file.")
  List<String> symbols;

  @Option(
      names = "--csv",
      paramLabel = "FILE",
      description =
          "Replay this bar file (Date,Open,High,Low,Close,Volume[,Adj Close]) as the"
              + " fundamental path; the symbol is the file name unless --symbols names it.")
  Path csv;

  @Option(names = "--json", description = "Print the summary as JSON on stdout.")
  boolean json;

  @Mixin MetricsEndpointOptions endpoints;

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

  /**
   * One agent's episode in the agents summary; the risk manager's row counts the team's violations.
   */
  record AgentRow(
      String agentId,
      String agentType,
      double pnlDollars,
      long fills,
      long sharesTraded,
      double feesDollars,
      long criticalRiskViolations,
      double reward,
      String finalState,
      boolean failed) {

    static AgentRow of(AgentOutcome outcome) {
      return new AgentRow(
          outcome.agentId(),
          outcome.type().label(),
          Prices.toDollars(outcome.pnlMicros()),
          outcome.fills(),
          outcome.sharesTraded(),
          Prices.toDollars(outcome.feesMicros()),
          // + 0.0 turns the -0.0 of "no penalty" into 0.0
          outcome.criticalViolations(),
          outcome.reward() + 0.0,
          outcome.finalState().name().toLowerCase(Locale.ROOT),
          outcome.failed());
    }
  }

  /**
   * What {@code --json} prints when agents trade: the market as with --agents none, then each
   * agent.
   */
  record AgentsSummary(
      List<String> team,
      Summary market,
      long steps,
      double meanStepMicros,
      List<AgentRow> agents,
      List<MarketMakerSummary> marketMakers,
      List<PortfolioSummary> portfolios) {}

  @Override
  @SuppressWarnings(
      "try") // the endpoints and the push session are held only to be closed at the end
  public Integer call() throws JsonProcessingException, InterruptedException {
    CoordinationType team = coordinationType();
    Set<AgentType> members = AgentChoice.parse(agents == null ? AgentChoice.ALL : agents);
    long durationNanos =
        DurationText.parse(duration)
            .orElseThrow(
                () ->
                    new CliException(
                        "--duration '"
                            + duration
                            + "' is not a positive duration like 6.5h, 30m, 90s or 250ms"))
            .toNanos();
    Duration lingerTime =
        linger == null
            ? null
            : DurationText.parse(linger)
                .orElseThrow(
                    () ->
                        new CliException(
                            "--linger '"
                                + linger
                                + "' is not a positive duration like 30s, 5m or 250ms"));
    if (!members.isEmpty() && durationNanos < SimulationClock.SECOND) {
      throw new CliException("--duration must be at least one decision step (1s) with agents");
    }
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
    MetricsOptions options = endpoints.metricsOptions();
    // The agents record into the specialized registry; nothing records multi-agent metrics without
    // a
    // coordinator, so that endpoint shows the process families (and, pushed, the pusher's
    // counters).
    MultiAgentMetrics multiAgent = new MultiAgentMetrics(options);
    SpecializedAgentMetrics specialized = new SpecializedAgentMetrics(options);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter notes = json ? err : out;
    boolean serve = !members.isEmpty() || lingerTime != null;
    try (MetricsEndpoints serving =
            serve
                ? MetricsEndpoints.start(
                    endpoints, multiAgent.registry(), specialized.registry(), notes)
                : null;
        PushOptions.Session pushing = push.start(multiAgent, specialized)) {
      long started = System.nanoTime();
      EpisodeOutcomes episode = null;
      SpecializedAgentsEpisode agentsEpisode = null;
      if (members.isEmpty()) {
        simulation.advanceTo(durationNanos);
      } else {
        agentsEpisode =
            SpecializedAgentsEpisode.defaultTeam(simulation, specialized, members).build();
        episode = agentsEpisode.run(durationNanos);
      }
      double wallSeconds = (System.nanoTime() - started) / 1e9;

      Summary summary = marketSummary(config, simulation, digest, volume, wallSeconds, warnings);
      if (json) {
        Object printed =
            episode == null
                ? summary
                : new AgentsSummary(
                    AgentChoice.names(members),
                    summary,
                    episode.steps(),
                    episode.meanStepMicros(),
                    episode.outcomes().stream().map(AgentRow::of).toList(),
                    AgentSummaries.marketMakers(agentsEpisode),
                    AgentSummaries.portfolios(agentsEpisode));
        out.println(
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(printed));
      } else {
        MarketChoice.printWarnings(err, warnings);
        printTable(out, summary, simulation, volume);
        if (episode != null) {
          printAgents(out, episode);
          AgentSummaries.print(out, agentsEpisode);
        }
      }
      out.flush();
      if (lingerTime != null) {
        linger(lingerTime, notes);
      }
    }
    return 0;
  }

  private Summary marketSummary(
      MarketConfig config,
      MarketSimulation simulation,
      FillDigest digest,
      long[][] volume,
      double wallSeconds,
      List<String> warnings) {
    long shares = 0;
    for (long[] perVenue : volume) {
      for (long v : perVenue) {
        shares += v;
      }
    }
    return new Summary(
        config.symbolNames(),
        config.venueNames(),
        seed,
        simulation.now() / (double) SimulationClock.SECOND,
        simulation.eventsProcessed(),
        simulation.fills(),
        shares,
        wallSeconds,
        simulation.eventsProcessed() / Math.max(wallSeconds, 1e-9),
        digest.hex(),
        warnings);
  }

  /** Serves on for {@code time}, or until SIGINT/SIGTERM, whichever comes first. */
  private static void linger(Duration time, PrintWriter notes) throws InterruptedException {
    ShutdownSignal signal = ShutdownSignal.install();
    notes.println(
        "lingering: serving metrics for " + time.toMillis() + " ms more, or until SIGINT/SIGTERM");
    notes.flush();
    signal
        .await(time)
        .ifPresent(name -> LOG.info("{} received, closing the metrics endpoints", name));
  }

  /** The coordination to run the whole team under, or null for the agents of --agents (or none). */
  private CoordinationType coordinationType() {
    if (coordination == null) {
      if (episodes != 1 || threads != 1) {
        throw new CliException("--episodes and --threads need --coordination");
      }
      return null;
    }
    if ("none".equals(agents)) {
      throw new CliException("--coordination needs the team; drop --agents none");
    }
    if (linger != null) {
      throw new CliException(
          "--linger keeps the metrics endpoints up, which --coordination does not start");
    }
    if (agents != null && !AgentChoice.isWholeTeam(AgentChoice.parse(agents))) {
      throw new CliException(
          "--coordination runs the whole team; drop --agents "
              + agents
              + " or give all of "
              + AgentChoice.ALL);
    }
    if (episodes < 1) {
      throw new CliException("--episodes must be at least 1, got " + episodes);
    }
    if (threads < 1) {
      throw new CliException("--threads must be at least 1, got " + threads);
    }
    try {
      return CoordinationType.fromLabel(coordination);
    } catch (IllegalArgumentException e) {
      throw new CliException("--coordination: " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("try") // the push session is held only to be closed after the run
  private int simulateTeam(
      MarketConfig config, CoordinationType type, long durationNanos, List<String> warnings)
      throws JsonProcessingException {
    MultiAgentMetrics multiAgent = new MultiAgentMetrics(endpoints.metricsOptions());
    SpecializedAgentMetrics specialized = new SpecializedAgentMetrics(endpoints.metricsOptions());
    TeamSimulation.Summary summary;
    try (PushOptions.Session pushing = push.start(multiAgent, specialized)) {
      summary =
          TeamSimulation.run(
              config, type, seed, durationNanos, episodes, threads, multiAgent, specialized);
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
    out.println("fills digest (SHA-256): " + summary.fillsDigest());
  }

  private static void printAgents(PrintWriter out, EpisodeOutcomes episode) {
    out.printf(
        Locale.ROOT,
        "%d decision steps (%.0f us each, wall, incl. market)%n",
        episode.steps(),
        episode.meanStepMicros());
    out.printf(
        Locale.ROOT,
        "%-12s %-13s %12s %8s %11s %10s %9s %9s %-8s%n",
        "agent",
        "type",
        "pnl $",
        "fills",
        "shares",
        "fees $",
        "critical",
        "reward",
        "state");
    for (AgentOutcome o : episode.outcomes()) {
      AgentRow row = AgentRow.of(o);
      out.printf(
          Locale.ROOT,
          "%-12s %-13s %,12.2f %,8d %,11d %,10.2f %9d %9.2f %-8s%n",
          row.agentId(),
          row.agentType(),
          row.pnlDollars(),
          row.fills(),
          row.sharesTraded(),
          row.feesDollars(),
          row.criticalRiskViolations(),
          row.reward(),
          row.failed() ? "failed" : row.finalState());
    }
    out.println(
        "critical: risk limit breaches (pre-trade per order, post-trade per rise); the risk"
            + " manager's row counts the whole team's");
  }

  private static String price(Venue venue, long ticks) {
    return ticks == OrderBook.NO_PRICE
        ? "-"
        : String.format(Locale.ROOT, "%.2f", Prices.toDollars(venue.spec().microsOf(ticks)));
  }
}
