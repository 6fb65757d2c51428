package org.wealtharena.training.trainer;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.wealtharena.coordination.TeamEpisodeResult;
import org.wealtharena.metrics.CoordinationMetrics;

/**
 * The team's performance over a batch of episodes (a training iteration or an evaluation): the
 * mean over episodes of each episode's Sharpe ratio, win rate and total return, each over the
 * episodes where it is finite (NaN when none is).
 */
public record TeamPerformance(double sharpe, double winRate, double totalReturn) {

  /** The multi_agent_* performance families' agent group for the whole team. */
  public static final String ALL_AGENTS = "all";

  public static TeamPerformance of(List<TeamEpisodeResult> episodes) {
    return new TeamPerformance(
        finiteMean(episodes, TeamEpisodeResult::sharpe),
        finiteMean(episodes, TeamEpisodeResult::winRate),
        finiteMean(episodes, TeamEpisodeResult::totalReturn));
  }

  /** Sets the performance gauges of agent group {@value #ALL_AGENTS}. */
  public void recordTo(CoordinationMetrics metrics) {
    metrics.performance(ALL_AGENTS, sharpe, winRate, totalReturn);
  }

  static <T> double finiteMean(List<T> items, ToDoubleFunction<T> value) {
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
