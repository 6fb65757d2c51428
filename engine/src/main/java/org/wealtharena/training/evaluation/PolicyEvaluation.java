package org.wealtharena.training.evaluation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The episodes one policy played on the held-out seeds, e.g. "trained", "untrained", "heuristic".
 */
public record PolicyEvaluation(String policy, List<EpisodeScore> episodes) {

  public PolicyEvaluation {
    if (policy == null || policy.isBlank()) {
      throw new IllegalArgumentException("policy name must not be blank");
    }
    if (episodes.isEmpty()) {
      throw new IllegalArgumentException("policy " + policy + " has no evaluation episodes");
    }
    episodes = List.copyOf(episodes);
  }

  public ConfidenceInterval interval(EvaluationMetric metric, double level) {
    double[] values = episodes.stream().mapToDouble(metric::of).toArray();
    return ConfidenceInterval.ofMean(values, level);
  }

  /** Intervals for every metric, in {@link EvaluationMetric} order. */
  public Map<EvaluationMetric, ConfidenceInterval> intervals(double level) {
    Map<EvaluationMetric, ConfidenceInterval> intervals = new EnumMap<>(EvaluationMetric.class);
    for (EvaluationMetric metric : EvaluationMetric.values()) {
      intervals.put(metric, interval(metric, level));
    }
    return intervals;
  }
}
