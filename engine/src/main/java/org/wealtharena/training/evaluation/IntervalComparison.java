package org.wealtharena.training.evaluation;

import java.util.Locale;

/**
 * Two policies' confidence intervals for one metric side by side. Disjoint intervals mean a clear
 * difference; overlapping ones do not prove there is none (the overlap check is conservative: two
 * 95% intervals can overlap while a direct test of the difference would still reject equality).
 */
public record IntervalComparison(
    EvaluationMetric metric,
    String first,
    ConfidenceInterval firstInterval,
    String second,
    ConfidenceInterval secondInterval) {

  public static IntervalComparison of(
      EvaluationMetric metric, PolicyEvaluation first, PolicyEvaluation second, double level) {
    return new IntervalComparison(
        metric,
        first.policy(),
        first.interval(metric, level),
        second.policy(),
        second.interval(metric, level));
  }

  public boolean overlap() {
    return firstInterval.overlaps(secondInterval);
  }

  /** E.g. "trained > untrained on reward (95% intervals disjoint)". */
  public String verdict() {
    String level = String.format(Locale.ROOT, "%.0f%%", 100 * firstInterval.level());
    if (overlap()) {
      return first
          + " ~ "
          + second
          + " on "
          + metric.label()
          + " ("
          + level
          + " intervals overlap)";
    }
    boolean firstHigher = firstInterval.lower() > secondInterval.upper();
    return first
        + (firstHigher ? " > " : " < ")
        + second
        + " on "
        + metric.label()
        + " ("
        + level
        + " intervals disjoint)";
  }
}
