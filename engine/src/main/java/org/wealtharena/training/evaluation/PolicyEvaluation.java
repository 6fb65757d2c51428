package org.wealtharena.training.evaluation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.wealtharena.coordination.EpisodeSharpe;

/**
 * The episodes one policy played on the held-out seeds, e.g. "trained", "untrained", "heuristic".
 *
 * @param episodeSeconds simulated length of each episode, seconds (annualises the Sharpe ratio)
 */
public record PolicyEvaluation(String policy, List<EpisodeScore> episodes, double episodeSeconds) {

  public PolicyEvaluation {
    if (policy == null || policy.isBlank()) {
      throw new IllegalArgumentException("policy name must not be blank");
    }
    if (episodes.isEmpty()) {
      throw new IllegalArgumentException("policy " + policy + " has no evaluation episodes");
    }
    if (!(episodeSeconds > 0)) {
      throw new IllegalArgumentException("episode length must be positive, got " + episodeSeconds);
    }
    episodes = List.copyOf(episodes);
  }

  /** The annualised Sharpe ratio of the episode returns and its standard error. */
  public EpisodeSharpe sharpe() {
    return EpisodeSharpe.of(values(EpisodeScore::episodeReturn), episodeSeconds);
  }

  /**
   * The figure's confidence interval, empty when it is not published: a Sharpe ratio under {@value
   * EpisodeSharpe#MIN_EPISODES} episodes, a coordination value the agents were not run alone for.
   * Means come with a Student t interval; the Sharpe ratio with ± t · its standard error; the win
   * rate is the mean of the episodes' win indicators (1 positive PnL, else 0).
   */
  public Optional<ConfidenceInterval> interval(EvaluationMetric metric, double level) {
    return switch (metric) {
      case REWARD -> Optional.of(ConfidenceInterval.ofMean(values(EpisodeScore::reward), level));
      case SHARPE -> {
        EpisodeSharpe sharpe = sharpe();
        yield sharpe.published()
            ? Optional.of(
                ConfidenceInterval.ofEstimate(
                    sharpe.value(), sharpe.standardError(), level, sharpe.episodes()))
            : Optional.empty();
      }
      case WIN_RATE ->
          Optional.of(ConfidenceInterval.ofMean(values(e -> e.pnlDollars() > 0 ? 1 : 0), level));
      case TOTAL_RETURN ->
          Optional.of(ConfidenceInterval.ofMean(values(EpisodeScore::episodeReturn), level));
      case COORDINATION_VALUE -> {
        double[] values = values(EpisodeScore::coordinationValueDollars);
        boolean measured = true;
        for (double v : values) {
          measured &= Double.isFinite(v);
        }
        yield measured ? Optional.of(ConfidenceInterval.ofMean(values, level)) : Optional.empty();
      }
    };
  }

  /** The published figures' intervals, in {@link EvaluationMetric} order. */
  public Map<EvaluationMetric, ConfidenceInterval> intervals(double level) {
    Map<EvaluationMetric, ConfidenceInterval> intervals = new EnumMap<>(EvaluationMetric.class);
    for (EvaluationMetric metric : EvaluationMetric.values()) {
      interval(metric, level).ifPresent(interval -> intervals.put(metric, interval));
    }
    return intervals;
  }

  private double[] values(ToDoubleFunction<EpisodeScore> value) {
    return episodes.stream().mapToDouble(value).toArray();
  }
}
