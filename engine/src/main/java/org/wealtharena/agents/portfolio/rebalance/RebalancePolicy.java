package org.wealtharena.agents.portfolio.rebalance;

import java.util.Optional;
import org.wealtharena.metrics.RebalanceTrigger;

/**
 * Decides whether a portfolio should be rebalanced now, and why.
 *
 * <p>When several triggers fire at once the most urgent is reported: risk, then drift, then
 * scheduled. The policy is stateless: a caller that keeps breaching a risk limit is told to
 * rebalance at every step, so it should reset or damp its risk inputs after acting.
 *
 * @param scheduleEverySteps scheduled rebalance once this many steps have passed since the last one
 * @param driftBand drift trigger when some |w_current - w_target| exceeds this, in (0, 1]
 * @param maxDrawdown risk trigger when the current drawdown (0..1) exceeds this; {@code
 *     Double.POSITIVE_INFINITY} disables it
 * @param maxValueAtRisk risk trigger when the current VaR (positive loss) exceeds this; {@code
 *     Double.POSITIVE_INFINITY} disables it
 */
public record RebalancePolicy(
    int scheduleEverySteps, double driftBand, double maxDrawdown, double maxValueAtRisk) {

  public RebalancePolicy {
    if (scheduleEverySteps <= 0) {
      throw new IllegalArgumentException(
          "schedule interval must be positive, got " + scheduleEverySteps);
    }
    if (!(driftBand > 0.0 && driftBand <= 1.0)) {
      throw new IllegalArgumentException("drift band must be in (0, 1], got " + driftBand);
    }
    if (!(maxDrawdown > 0.0)) {
      throw new IllegalArgumentException(
          "max drawdown threshold must be positive, got " + maxDrawdown);
    }
    if (!(maxValueAtRisk > 0.0)) {
      throw new IllegalArgumentException(
          "max VaR threshold must be positive, got " + maxValueAtRisk);
    }
  }

  /**
   * @param stepsSinceRebalance steps since the last rebalance of any kind
   * @param currentWeights weights the holdings have drifted to
   * @param targetWeights weights of the last optimisation
   * @param drawdown current drawdown of the portfolio, 0..1
   * @param valueAtRisk current VaR as a positive loss
   * @return the trigger to rebalance for, or empty to hold
   */
  public Optional<RebalanceTrigger> decide(
      long stepsSinceRebalance,
      double[] currentWeights,
      double[] targetWeights,
      double drawdown,
      double valueAtRisk) {
    if (Double.isNaN(drawdown) || Double.isNaN(valueAtRisk)) {
      throw new IllegalArgumentException(
          "drawdown " + drawdown + " and VaR " + valueAtRisk + " must not be NaN");
    }
    if (drawdown > maxDrawdown || valueAtRisk > maxValueAtRisk) {
      return Optional.of(RebalanceTrigger.RISK);
    }
    if (largestDrift(currentWeights, targetWeights) > driftBand) {
      return Optional.of(RebalanceTrigger.DRIFT);
    }
    if (stepsSinceRebalance >= scheduleEverySteps) {
      return Optional.of(RebalanceTrigger.SCHEDULED);
    }
    return Optional.empty();
  }

  /**
   * Fraction of the portfolio traded to go from {@code from} to {@code to}: Σ |to_i - from_i| / 2.
   */
  public static double turnover(double[] from, double[] to) {
    requireSameLength(from, to);
    double traded = 0.0;
    for (int i = 0; i < from.length; i++) {
      traded += Math.abs(to[i] - from[i]);
    }
    return traded / 2.0;
  }

  private static double largestDrift(double[] current, double[] target) {
    requireSameLength(current, target);
    double largest = 0.0;
    for (int i = 0; i < current.length; i++) {
      largest = Math.max(largest, Math.abs(current[i] - target[i]));
    }
    return largest;
  }

  private static void requireSameLength(double[] a, double[] b) {
    if (a == null || b == null || a.length != b.length || a.length == 0) {
      throw new IllegalArgumentException(
          "weight vectors must be non-empty and of equal length, got "
              + (a == null ? "null" : a.length)
              + " and "
              + (b == null ? "null" : b.length));
    }
    for (int i = 0; i < a.length; i++) {
      if (!Double.isFinite(a[i]) || !Double.isFinite(b[i])) {
        throw new IllegalArgumentException(
            "weight of asset " + i + " is not finite: " + a[i] + ", " + b[i]);
      }
    }
  }
}
