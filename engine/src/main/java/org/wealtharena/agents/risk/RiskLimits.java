package org.wealtharena.agents.risk;

import org.wealtharena.market.SimulationClock;
import org.wealtharena.metrics.Severity;

/**
 * The risk manager's limits, the same for every agent it watches except where an agent's budget
 * tightens them (drawdown: the agent's risk budget; exposure: multiples of its capital).
 *
 * @param maxPositionShares per agent and symbol, worst case (position plus resting orders plus the
 *     new order)
 * @param maxOrderNotionalMicros price × quantity of one order (market orders at the touch)
 * @param maxOrdersPerSecond new orders and replaces per agent in any second of simulated time
 * @param maxDrawdownMicros loss from the agent's high-water mark; the agent's risk budget lowers it
 * @param maxValueAtRiskMicros historical 95 % VaR of the agent's per-step PnL changes
 * @param grossExposureMultiple gross exposure limit as a multiple of the agent's capital budget
 * @param netExposureMultiple |net| exposure limit as a multiple of the agent's capital budget
 * @param teamGrossExposureMicros gross exposure of all agents together
 * @param warningFraction a check at or beyond this fraction of its limit is a warning, beyond 1 a
 *     critical violation
 * @param resumeCooldownNanos a reducing or halted agent resumes after being inside all limits this
 *     long
 * @param varWindowSteps how many per-step PnL changes the VaR is computed over
 * @param varMinSamples no VaR check until this many changes were seen
 * @param reduceFraction share of a position the risk manager sells or buys back per step while it
 *     reduces an agent's exposure
 */
public record RiskLimits(
    long maxPositionShares,
    long maxOrderNotionalMicros,
    int maxOrdersPerSecond,
    long maxDrawdownMicros,
    long maxValueAtRiskMicros,
    double grossExposureMultiple,
    double netExposureMultiple,
    long teamGrossExposureMicros,
    double warningFraction,
    long resumeCooldownNanos,
    int varWindowSteps,
    int varMinSamples,
    double reduceFraction) {

  public RiskLimits {
    positive(maxPositionShares, "maxPositionShares");
    positive(maxOrderNotionalMicros, "maxOrderNotionalMicros");
    positive(maxOrdersPerSecond, "maxOrdersPerSecond");
    positive(maxDrawdownMicros, "maxDrawdownMicros");
    positive(maxValueAtRiskMicros, "maxValueAtRiskMicros");
    if (!(grossExposureMultiple > 0) || Double.isInfinite(grossExposureMultiple)) {
      throw new IllegalArgumentException(
          "grossExposureMultiple must be positive and finite, got " + grossExposureMultiple);
    }
    if (!(netExposureMultiple > 0) || Double.isInfinite(netExposureMultiple)) {
      throw new IllegalArgumentException(
          "netExposureMultiple must be positive and finite, got " + netExposureMultiple);
    }
    positive(teamGrossExposureMicros, "teamGrossExposureMicros");
    if (!(warningFraction > 0 && warningFraction < 1)) {
      throw new IllegalArgumentException(
          "warningFraction must be in (0, 1), got " + warningFraction);
    }
    if (resumeCooldownNanos < 0) {
      throw new IllegalArgumentException(
          "resumeCooldownNanos must not be negative, got " + resumeCooldownNanos);
    }
    if (varMinSamples < 2 || varWindowSteps < varMinSamples) {
      throw new IllegalArgumentException(
          "varMinSamples must be >= 2 and varWindowSteps >= it, got "
              + varMinSamples
              + " and "
              + varWindowSteps);
    }
    if (!(reduceFraction > 0 && reduceFraction <= 1)) {
      throw new IllegalArgumentException("reduceFraction must be in (0, 1], got " + reduceFraction);
    }
  }

  /**
   * Limits that let the default team trade an hour while still binding when something goes wrong.
   */
  public static RiskLimits defaults() {
    return new RiskLimits(
        5_000,
        500_000L * 1_000_000,
        50,
        20_000L * 1_000_000,
        5_000L * 1_000_000,
        2.0,
        1.5,
        5_000_000L * 1_000_000,
        0.8,
        60 * SimulationClock.SECOND,
        300,
        30,
        0.25);
  }

  /**
   * The severity of a check at {@code ratioToLimit} of its limit: critical beyond the limit, a
   * warning from {@link #warningFraction} of it, else null (within).
   */
  Severity severity(double ratioToLimit) {
    if (ratioToLimit > 1.0) {
      return Severity.CRITICAL;
    }
    return ratioToLimit >= warningFraction ? Severity.WARNING : null;
  }

  private static void positive(long value, String field) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be positive, got " + value);
    }
  }
}
