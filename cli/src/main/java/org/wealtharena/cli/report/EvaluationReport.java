package org.wealtharena.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wealtharena.coordination.EpisodeSharpe;
import org.wealtharena.training.evaluation.ConfidenceInterval;
import org.wealtharena.training.evaluation.EvaluationMetric;
import org.wealtharena.training.evaluation.IntervalComparison;
import org.wealtharena.training.evaluation.PolicyEvaluation;

/**
 * Evaluation results as JSON, CSV and a terminal table: per policy and metric the mean and its
 * confidence interval, and the first policy (normally the trained one) compared with each other.
 */
public final class EvaluationReport {

  /** What a figure that is not published reads in the table. */
  private static final String NA = "n/a";

  private final List<PolicyEvaluation> evaluations;
  private final double level;

  public EvaluationReport(List<PolicyEvaluation> evaluations, double level) {
    if (evaluations.isEmpty()) {
      throw new IllegalArgumentException("nothing was evaluated");
    }
    this.evaluations = List.copyOf(evaluations);
    this.level = level;
  }

  /** Every pair (first policy, other policy) for every metric. */
  public List<IntervalComparison> comparisons() {
    List<IntervalComparison> comparisons = new ArrayList<>();
    PolicyEvaluation first = evaluations.get(0);
    for (PolicyEvaluation other : evaluations.subList(1, evaluations.size())) {
      for (EvaluationMetric metric : EvaluationMetric.values()) {
        IntervalComparison.of(metric, first, other, level).ifPresent(comparisons::add);
      }
    }
    return comparisons;
  }

  /**
   * {"level", "policies": [{"policy", "episodes", "metrics": {"reward": {"mean", "lower", "upper"},
   * "sharpe": {"mean", "lower", "upper", "standardError"}, ...}}], "comparisons": [{"metric",
   * "first", "second", "overlap", "verdict"}]}. A figure that is not published (a Sharpe ratio
   * under ten episodes, a coordination value not measured) is null; so are unbounded interval ends
   * (one episode only), JSON having no infinity.
   */
  public String toJson() {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("level", level);
    List<Map<String, Object>> policies = new ArrayList<>();
    for (PolicyEvaluation evaluation : evaluations) {
      Map<String, Object> metrics = new LinkedHashMap<>();
      for (EvaluationMetric metric : EvaluationMetric.values()) {
        Map<String, Object> json =
            evaluation.interval(metric, level).map(EvaluationReport::intervalJson).orElse(null);
        if (json != null && metric == EvaluationMetric.SHARPE) {
          json.put("standardError", evaluation.sharpe().standardError());
        }
        metrics.put(metric.label(), json);
      }
      Map<String, Object> policy = new LinkedHashMap<>();
      policy.put("policy", evaluation.policy());
      policy.put("episodes", evaluation.episodes().size());
      policy.put("metrics", metrics);
      policies.add(policy);
    }
    document.put("policies", policies);
    document.put(
        "comparisons",
        comparisons().stream()
            .map(
                comparison -> {
                  Map<String, Object> entry = new LinkedHashMap<>();
                  entry.put("metric", comparison.metric().label());
                  entry.put("first", comparison.first());
                  entry.put("second", comparison.second());
                  entry.put("overlap", comparison.overlap());
                  entry.put("verdict", comparison.verdict());
                  return entry;
                })
            .toList());
    return Json.of(document);
  }

  /**
   * One row per policy and published metric: policy,metric,episodes,mean,lower,upper,level; numbers
   * in full precision.
   */
  public String toCsv() {
    List<List<String>> rows = new ArrayList<>();
    for (PolicyEvaluation evaluation : evaluations) {
      evaluation
          .intervals(level)
          .forEach(
              (metric, interval) ->
                  rows.add(
                      List.of(
                          evaluation.policy(),
                          metric.label(),
                          Integer.toString(interval.samples()),
                          Double.toString(interval.mean()),
                          Double.toString(interval.lower()),
                          Double.toString(interval.upper()),
                          Double.toString(level))));
    }
    return Csv.of(List.of("policy", "metric", "episodes", "mean", "lower", "upper", "level"), rows);
  }

  /** A table of mean ± half-width per policy and metric, then the comparisons' verdicts. */
  public String toText() {
    List<String> header = new ArrayList<>(List.of("policy", "episodes"));
    for (EvaluationMetric metric : EvaluationMetric.values()) {
      header.add(metric.label());
    }
    List<List<String>> rows = new ArrayList<>();
    for (PolicyEvaluation evaluation : evaluations) {
      List<String> row =
          new ArrayList<>(
              List.of(evaluation.policy(), Integer.toString(evaluation.episodes().size())));
      for (EvaluationMetric metric : EvaluationMetric.values()) {
        row.add(evaluation.interval(metric, level).map(EvaluationReport::meanPlusMinus).orElse(NA));
      }
      rows.add(row);
    }
    StringBuilder text = new StringBuilder(TextTable.of(header, rows));
    text.append(
        String.format(
            Locale.ROOT,
            "(mean ± half-width of the %.0f%% confidence interval; sharpe annualised from the"
                + " episode returns, %s under %d episodes)%n",
            100 * level,
            NA,
            EpisodeSharpe.MIN_EPISODES));
    comparisons().forEach(comparison -> text.append(comparison.verdict()).append('\n'));
    return text.toString();
  }

  private static String meanPlusMinus(ConfidenceInterval interval) {
    double halfWidth = interval.halfWidth();
    return String.format(
        Locale.ROOT,
        "%.4f ± %s",
        interval.mean(),
        Double.isFinite(halfWidth) ? String.format(Locale.ROOT, "%.4f", halfWidth) : "∞");
  }

  private static Map<String, Object> intervalJson(ConfidenceInterval interval) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("mean", interval.mean());
    json.put("lower", finiteOrNull(interval.lower()));
    json.put("upper", finiteOrNull(interval.upper()));
    return json;
  }

  private static Double finiteOrNull(double value) {
    return Double.isFinite(value) ? value : null;
  }
}
