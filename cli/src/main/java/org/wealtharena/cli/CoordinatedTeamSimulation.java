package org.wealtharena.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;
import org.wealtharena.agents.risk.RiskLimits;
import org.wealtharena.coordination.AgentEpisodeResult;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.coordination.EpisodeSharpe;
import org.wealtharena.coordination.TeamEpisodeSpec;
import org.wealtharena.coordination.TeamPerformance;
import org.wealtharena.coordination.coordinator.TeamObserver;
import org.wealtharena.coordination.env.TeamConfig;
import org.wealtharena.coordination.env.TeamEnvironment;
import org.wealtharena.coordination.env.TeamEpisodeReport;
import org.wealtharena.coordination.policy.HeuristicPolicies;
import org.wealtharena.market.Seeds;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * {@code simulate --coordination TYPE}: episodes of the default team under one coordinator with the
 * heuristic policies, run on a pool of threads, each with its own seed derived from the run's seed
 * and the episode index, merged in episode order (so the summary does not depend on the thread
 * count). As the aggregator of the run, it records multi_agent_sharpe_ratio (from the episode
 * returns, from {@value EpisodeSharpe#MIN_EPISODES} episodes on), _win_rate and _total_return per
 * agent type and for {@code all}; only episode 0 writes the gauges of one world.
 */
final class CoordinatedTeamSimulation implements SimulationMode {

  record Communications(long total, Map<String, Long> byType) {}

  /**
   * One agent group's figures over the run's episodes; sharpe and its standard error are null under
   * {@value EpisodeSharpe#MIN_EPISODES} episodes.
   */
  record GroupFigures(
      String group,
      int episodes,
      Double sharpe,
      Double sharpeStandardError,
      double winRate,
      double totalReturn,
      double meanPnlDollars) {

    static GroupFigures of(String group, TeamPerformance.Figures f) {
      EpisodeSharpe sharpe = f.sharpe();
      return new GroupFigures(
          group,
          sharpe.episodes(),
          sharpe.published() ? sharpe.value() : null,
          sharpe.published() ? sharpe.standardError() : null,
          f.winRate(),
          f.totalReturn(),
          f.meanPnlDollars());
    }
  }

  record Episode(
      int episode,
      long seed,
      AgentEpisodeResult team,
      List<AgentEpisodeResult> agents,
      Map<String, Long> conflicts,
      double efficiency,
      Communications communications) {}

  /**
   * What {@code simulate --coordination X --json} prints: means over episodes, then each episode.
   */
  record Summary(
      String coordination,
      long seed,
      int episodes,
      double simulatedSecondsPerEpisode,
      AgentEpisodeResult team,
      List<AgentEpisodeResult> agents,
      List<GroupFigures> performance,
      Map<String, Long> conflicts,
      double efficiency,
      Communications communications,
      List<Episode> episodeResults,
      double wallSeconds,
      double meanStepMicros) {}

  private final CoordinationType type;
  private final int episodes;
  private final int threads;
  private final RiskLimits riskLimits;

  /**
   * @param episodes team episodes to run, at least one
   * @param threads threads they run on, at least one; the summary does not depend on it
   * @param riskLimits the limits of the team's risk manager
   */
  CoordinatedTeamSimulation(
      CoordinationType type, int episodes, int threads, RiskLimits riskLimits) {
    this.type = type;
    this.episodes = episodes;
    this.threads = threads;
    this.riskLimits = riskLimits;
  }

  @Override
  public String coordinationType() {
    return type.label();
  }

  @Override
  public boolean recordsMetrics() {
    return true;
  }

  @Override
  public Report run(SimulationSetup setup, RunMetrics metrics) {
    Summary summary =
        run(
            setup.market(),
            type,
            setup.seed(),
            setup.durationNanos(),
            episodes,
            threads,
            riskLimits,
            metrics.multiAgent(),
            metrics.specialized());
    return new Report(summary, out -> printTable(out, summary));
  }

  static Summary run(
      MarketConfig market,
      CoordinationType type,
      long seed,
      long durationNanos,
      int episodes,
      int threads,
      RiskLimits riskLimits,
      MultiAgentMetrics multiAgent,
      SpecializedAgentMetrics specialized) {
    TeamEnvironment environment =
        new TeamEnvironment(
            market, TeamConfig.defaults().withRiskLimits(riskLimits), multiAgent, specialized);
    long started = System.nanoTime();
    List<TeamEpisodeReport> reports = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<TeamEpisodeReport>> futures = new ArrayList<>();
      for (int i = 0; i < episodes; i++) {
        TeamEpisodeSpec spec =
            new TeamEpisodeSpec(
                type,
                Seeds.derive(seed, "episode", i),
                durationNanos,
                SimulationClock.SECOND,
                TeamEpisodeSpec.watchedSlot(i));
        futures.add(
            pool.submit(
                () -> environment.runDetailed(spec, new HeuristicPolicies(), TeamObserver.NONE)));
      }
      for (Future<TeamEpisodeReport> future : futures) {
        reports.add(future.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException("interrupted", e);
    } catch (ExecutionException e) {
      throw new CliException("an episode failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double wallSeconds = (System.nanoTime() - started) / 1e9;
    TeamPerformance performance =
        TeamPerformance.of(reports.stream().map(TeamEpisodeReport::result).toList());
    performance.recordTo(multiAgent.coordination(type.label()));
    return summarize(type, seed, durationNanos, reports, performance, wallSeconds);
  }

  private static Summary summarize(
      CoordinationType type,
      long seed,
      long durationNanos,
      List<TeamEpisodeReport> reports,
      TeamPerformance performance,
      double wallSeconds) {
    List<Episode> episodes = new ArrayList<>();
    Map<String, Long> conflicts = new LinkedHashMap<>();
    Map<String, Long> messages = new LinkedHashMap<>();
    for (int i = 0; i < reports.size(); i++) {
      TeamEpisodeReport r = reports.get(i);
      r.conflicts().forEach((k, v) -> conflicts.merge(k, v, Long::sum));
      r.messages().forEach((k, v) -> messages.merge(k, v, Long::sum));
      episodes.add(
          new Episode(
              i,
              r.result().seed(),
              r.team(),
              r.agents(),
              sorted(r.conflicts()),
              r.efficiency(),
              new Communications(r.totalMessages(), sorted(r.messages()))));
    }
    List<AgentEpisodeResult> agents = new ArrayList<>();
    for (int a = 0; a < episodes.get(0).agents().size(); a++) {
      int agent = a;
      agents.add(mean(episodes.stream().map(e -> e.agents().get(agent)).toList()));
    }
    AgentEpisodeResult team = mean(episodes.stream().map(Episode::team).toList());
    double efficiency = episodes.stream().mapToDouble(Episode::efficiency).average().orElse(0);
    long steps = reports.stream().mapToLong(TeamEpisodeReport::steps).sum();
    long stepNanos = reports.stream().mapToLong(TeamEpisodeReport::wallNanos).sum();
    return new Summary(
        type.label(),
        seed,
        reports.size(),
        durationNanos / (double) SimulationClock.SECOND,
        team,
        agents,
        performance.byGroup().entrySet().stream()
            .map(g -> GroupFigures.of(g.getKey(), g.getValue()))
            .toList(),
        sorted(conflicts),
        efficiency,
        new Communications(
            messages.values().stream().mapToLong(Long::longValue).sum(), sorted(messages)),
        episodes,
        wallSeconds,
        steps == 0 ? 0 : stepNanos / 1e3 / steps);
  }

  private static void printTable(PrintWriter out, Summary s) {
    out.printf(
        Locale.ROOT,
        "%s coordination, seed %d: %d episode(s) of %.0f s in %.2f s wall (%.0f us per step)%n",
        s.coordination(),
        s.seed(),
        s.episodes(),
        s.simulatedSecondsPerEpisode(),
        s.wallSeconds(),
        s.meanStepMicros());
    out.printf(
        Locale.ROOT,
        "%-12s %-13s %12s %9s %8s%n",
        "agent",
        "type",
        "mean pnl $",
        "reward",
        "return");
    List<AgentEpisodeResult> rows = new ArrayList<>(s.agents());
    rows.add(s.team());
    for (AgentEpisodeResult f : rows) {
      out.printf(
          Locale.ROOT,
          "%-12s %-13s %,12.2f %9.2f %8.4f%n",
          f.agentId(),
          f.agentType(),
          f.pnlDollars(),
          f.reward(),
          f.episodeReturn());
    }
    out.printf(
        Locale.ROOT,
        "%-13s %8s %17s %6s %8s%n",
        "group",
        "episodes",
        "sharpe ± se",
        "win",
        "return");
    for (GroupFigures g : s.performance()) {
      out.printf(
          Locale.ROOT,
          "%-13s %8d %17s %6.3f %8.4f%n",
          g.group(),
          g.episodes(),
          g.sharpe() == null
              ? "n/a"
              : String.format(Locale.ROOT, "%.2f ± %.2f", g.sharpe(), g.sharpeStandardError()),
          g.winRate(),
          g.totalReturn());
    }
    out.printf(
        Locale.ROOT,
        "conflicts %s, efficiency %.3f, messages %,d %s%n",
        s.conflicts(),
        s.efficiency(),
        s.communications().total(),
        s.communications().byType());
  }

  private static Map<String, Long> sorted(Map<String, Long> counts) {
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.keySet().stream().sorted().forEach(k -> sorted.put(k, counts.get(k)));
    return sorted;
  }

  /** One agent's (or the team's) reward, PnL and capital averaged over episodes. */
  private static AgentEpisodeResult mean(List<AgentEpisodeResult> episodes) {
    AgentEpisodeResult first = episodes.get(0);
    return new AgentEpisodeResult(
        first.agentId(),
        first.agentType(),
        avg(episodes, AgentEpisodeResult::reward),
        avg(episodes, AgentEpisodeResult::pnlDollars),
        avg(episodes, AgentEpisodeResult::capitalDollars));
  }

  private static double avg(
      List<AgentEpisodeResult> all, ToDoubleFunction<AgentEpisodeResult> field) {
    return all.stream().mapToDouble(field).average().orElse(0);
  }
}
