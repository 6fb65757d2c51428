package org.wealtharena.coordination;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.wealtharena.metrics.CoordinationMetrics;

/**
 * Performance over a batch of independent episodes (a training iteration, an evaluation, a {@code
 * simulate} run) per agent group: {@value #ALL_AGENTS} for the team, and each agent type that
 * trades capital (not the risk manager). A group's episode return is its agents' PnL over their
 * capital budget in that episode; from those returns come the {@link EpisodeSharpe Sharpe ratio},
 * the win rate (share of episodes with positive PnL) and the total return (mean episode return).
 */
public record TeamPerformance(Map<String, Figures> byGroup) {

  /** The multi_agent_* performance families' agent group for the whole team. */
  public static final String ALL_AGENTS = "all";

  /**
   * One group's figures.
   *
   * @param sharpe annualised Sharpe ratio of the episode returns, with its standard error
   * @param winRate share (0..1) of the episodes with positive PnL
   * @param totalReturn mean episode PnL / capital budget (0.12 = +12 %)
   * @param meanPnlDollars mean episode PnL, dollars
   */
  public record Figures(
      EpisodeSharpe sharpe, double winRate, double totalReturn, double meanPnlDollars) {

    /** The figures of a group whose episode results are {@code episodes}. */
    public static Figures of(List<AgentEpisodeResult> episodes, double episodeSeconds) {
      double[] returns = episodes.stream().mapToDouble(AgentEpisodeResult::episodeReturn).toArray();
      long wins = episodes.stream().filter(e -> e.pnlDollars() > 0).count();
      return new Figures(
          EpisodeSharpe.of(returns, episodeSeconds),
          wins / (double) episodes.size(),
          mean(returns),
          episodes.stream().mapToDouble(AgentEpisodeResult::pnlDollars).average().orElseThrow());
    }
  }

  public TeamPerformance {
    byGroup = Collections.unmodifiableMap(new LinkedHashMap<>(byGroup));
  }

  /** {@value #ALL_AGENTS} first, then the agent types in the order the team lists them. */
  public static TeamPerformance of(List<TeamEpisodeResult> episodes) {
    if (episodes.isEmpty()) {
      throw new IllegalArgumentException("performance needs at least one episode");
    }
    double seconds = episodes.get(0).durationSeconds();
    Map<String, Figures> groups = new LinkedHashMap<>();
    groups.put(
        ALL_AGENTS, Figures.of(episodes.stream().map(TeamEpisodeResult::team).toList(), seconds));
    Map<String, List<AgentEpisodeResult>> byType = new LinkedHashMap<>();
    for (TeamEpisodeResult episode : episodes) {
      for (AgentEpisodeResult group : groupsOf(episode)) {
        byType.computeIfAbsent(group.agentType(), type -> new ArrayList<>()).add(group);
      }
    }
    byType.forEach((type, results) -> groups.put(type, Figures.of(results, seconds)));
    return new TeamPerformance(groups);
  }

  /** The team's figures ({@value #ALL_AGENTS}). */
  public Figures team() {
    return byGroup.get(ALL_AGENTS);
  }

  /**
   * Sets the performance gauges of every group; a Sharpe ratio that is not published (under {@value
   * EpisodeSharpe#MIN_EPISODES} episodes) leaves its gauge unset.
   */
  public void recordTo(CoordinationMetrics metrics) {
    byGroup.forEach(
        (group, f) -> {
          if (f.sharpe().published()) {
            metrics.sharpeRatio(group, f.sharpe().value());
          }
          metrics.winRate(group, f.winRate());
          metrics.totalReturn(group, f.totalReturn());
        });
  }

  /** Each agent type's result in one episode: its agents' PnL summed over their capital summed. */
  private static List<AgentEpisodeResult> groupsOf(TeamEpisodeResult episode) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (AgentEpisodeResult agent : episode.agents()) {
      if (agent.trades()) {
        double[] sum = sums.computeIfAbsent(agent.agentType(), type -> new double[3]);
        sum[0] += agent.reward();
        sum[1] += agent.pnlDollars();
        sum[2] += agent.capitalDollars();
      }
    }
    List<AgentEpisodeResult> groups = new ArrayList<>();
    sums.forEach(
        (type, sum) -> groups.add(new AgentEpisodeResult(type, type, sum[0], sum[1], sum[2])));
    return groups;
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  /** The mean of the finite values, NaN when there is none. */
  public static <T> double finiteMean(List<T> items, ToDoubleFunction<T> value) {
    double sum = 0;
    int count = 0;
    for (T item : items) {
      double v = value.applyAsDouble(item);
      if (Double.isFinite(v)) {
        sum += v;
        count++;
      }
    }
    return count == 0 ? Double.NaN : sum / count;
  }
}
