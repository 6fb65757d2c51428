package org.wealtharena.training.evaluation;

import java.util.Locale;
import java.util.Optional;

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

  /** The comparison, empty when either policy's figure is not published. */
  public static Optional<IntervalComparison> of(
      EvaluationMetric metric, PolicyEvaluation first, PolicyEvaluation second, double level) {
    Optional<ConfidenceInterval> firstInterval = first.interval(metric, level);
    Optional<ConfidenceInterval> secondInterval = second.interval(metric, level);
    if (firstInterval.isEmpty() || secondInterval.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new IntervalComparison(
            metric, first.policy(), firstInterval.get(), second.policy(), secondInterval.get()));
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
