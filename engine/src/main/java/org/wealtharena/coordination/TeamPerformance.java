package org.wealtharena.coordination;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.wealtharena.metrics.CoordinationMetrics;

/**
 * Performance over a batch of episodes (a training iteration, an evaluation, a {@code simulate}
 * run) per agent group: {@value #ALL_AGENTS} for the team, and each agent type. Each figure is the
 * mean over the batch of the per-episode figure, over the values that are finite; a group with no
 * finite figure at all (the risk manager, which trades nothing) is left out.
 */
public record TeamPerformance(Map<String, Figures> byGroup) {

  /** The multi_agent_* performance families' agent group for the whole team. */
  public static final String ALL_AGENTS = "all";

  /** Mean annualised Sharpe ratio, win rate (0..1) and total return (0.12 = +12 %). */
  public record Figures(double sharpe, double winRate, double totalReturn) {
    boolean anyFinite() {
      return Double.isFinite(sharpe) || Double.isFinite(winRate) || Double.isFinite(totalReturn);
    }
  }

  public TeamPerformance {
    byGroup = Collections.unmodifiableMap(new LinkedHashMap<>(byGroup));
  }

  /** {@value #ALL_AGENTS} first, then the agent types in the order the team lists them. */
  public static TeamPerformance of(List<TeamEpisodeResult> episodes) {
    Map<String, Figures> groups = new LinkedHashMap<>();
    groups.put(
        ALL_AGENTS,
        new Figures(
            finiteMean(episodes, TeamEpisodeResult::sharpe),
            finiteMean(episodes, TeamEpisodeResult::winRate),
            finiteMean(episodes, TeamEpisodeResult::totalReturn)));
    Map<String, List<AgentEpisodeResult>> byType = new LinkedHashMap<>();
    for (TeamEpisodeResult episode : episodes) {
      for (AgentEpisodeResult agent : episode.agents()) {
        byType.computeIfAbsent(agent.agentType(), type -> new ArrayList<>()).add(agent);
      }
    }
    byType.forEach(
        (type, agents) -> {
          Figures figures =
              new Figures(
                  finiteMean(agents, AgentEpisodeResult::sharpe),
                  finiteMean(agents, AgentEpisodeResult::winRate),
                  finiteMean(agents, AgentEpisodeResult::totalReturn));
          if (figures.anyFinite()) {
            groups.put(type, figures);
          }
        });
    return new TeamPerformance(groups);
  }

  /** The team's figures ({@value #ALL_AGENTS}). */
  public Figures team() {
    return byGroup.get(ALL_AGENTS);
  }

  /** Sets the performance gauges of every group. */
  public void recordTo(CoordinationMetrics metrics) {
    byGroup.forEach(
        (group, f) -> metrics.performance(group, f.sharpe(), f.winRate(), f.totalReturn()));
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
