package org.wealtharena.agents.risk;

import org.wealtharena.market.SimulationClock;
import org.wealtharena.metrics.Severity;

/**
 * The risk manager's limits, the same for every agent it watches except where an agent's budget
 * tightens them (drawdown: the agent's risk budget; exposure: multiples of its capital). A session
 * is the life of one risk manager: one episode.
 *
 * @param maxPositionShares per agent and symbol, worst case (position plus resting orders plus the
 *     new order)
 * @param maxOrderNotionalMicros price × quantity of one order (market orders at the touch)
 * @param maxOrdersPerSecond new orders and replaces per agent in any second of simulated time
 * @param maxDrawdownMicros loss from the agent's session high-water mark (never reset); the agent's
 *     risk budget lowers it. Beyond it the agent is halted for the rest of the session.
 * @param maxSessionLossMicros loss since the start of the session; beyond it the agent is halted
 *     for the rest of the session
 * @param maxValueAtRiskMicros historical 95 % VaR of the agent's PnL change over {@code
 *     varHorizonNanos}
 * @param grossExposureMultiple gross exposure limit as a multiple of the agent's capital budget
 * @param netExposureMultiple |net| exposure limit as a multiple of the agent's capital budget
 * @param teamGrossExposureMicros gross exposure of all agents together
 * @param shortMarginFraction margin a short sale needs in free cash, as a share of its notional;
 *     short proceeds are never spendable (Reg T style: 0.5 means 150 % of the short's value is held
 *     against it)
 * @param warningFraction a check at or beyond this fraction of its limit is a warning, beyond 1 a
 *     critical violation
 * @param resumeCooldownNanos a reducing agent resumes after being inside all limits this long (a
 *     halted one never does); also how long the limits keep an agent's budget from before a cut
 * @param varHorizonNanos the horizon of the VaR's PnL changes (non-overlapping)
 * @param varWindowSamples how many horizon PnL changes the VaR is computed over
 * @param varMinSamples no VaR check until this many changes were seen
 * @param reduceFraction share of a position the risk manager sells or buys back per step while it
 *     reduces an agent's exposure (a halt flattens all of it)
 * @param reduceCollarBasisPoints the risk manager's reducing IOC orders are limited this far
 *     through the touch, so one order may take a few levels but never sweeps a thin book
 */
public record RiskLimits(
    long maxPositionShares,
    long maxOrderNotionalMicros,
    int maxOrdersPerSecond,
    long maxDrawdownMicros,
    long maxSessionLossMicros,
    long maxValueAtRiskMicros,
    double grossExposureMultiple,
    double netExposureMultiple,
    long teamGrossExposureMicros,
    double shortMarginFraction,
    double warningFraction,
    long resumeCooldownNanos,
    long varHorizonNanos,
    int varWindowSamples,
    int varMinSamples,
    double reduceFraction,
    long reduceCollarBasisPoints) {

  /** The default {@link #maxSessionLossMicros}, in dollars. */
  public static final long DEFAULT_MAX_SESSION_LOSS_DOLLARS = 10_000;

  public RiskLimits {
    positive(maxPositionShares, "maxPositionShares");
    positive(maxOrderNotionalMicros, "maxOrderNotionalMicros");
    positive(maxOrdersPerSecond, "maxOrdersPerSecond");
    positive(maxDrawdownMicros, "maxDrawdownMicros");
    positive(maxSessionLossMicros, "maxSessionLossMicros");
    positive(maxValueAtRiskMicros, "maxValueAtRiskMicros");
    positiveFinite(grossExposureMultiple, "grossExposureMultiple");
    positiveFinite(netExposureMultiple, "netExposureMultiple");
    positive(teamGrossExposureMicros, "teamGrossExposureMicros");
    if (!(shortMarginFraction >= 0) || Double.isInfinite(shortMarginFraction)) {
      throw new IllegalArgumentException(
          "shortMarginFraction must be >= 0 and finite, got " + shortMarginFraction);
    }
    if (!(warningFraction > 0 && warningFraction < 1)) {
      throw new IllegalArgumentException(
          "warningFraction must be in (0, 1), got " + warningFraction);
    }
    if (resumeCooldownNanos < 0) {
      throw new IllegalArgumentException(
          "resumeCooldownNanos must not be negative, got " + resumeCooldownNanos);
    }
    positive(varHorizonNanos, "varHorizonNanos");
    if (varMinSamples < 2 || varWindowSamples < varMinSamples) {
      throw new IllegalArgumentException(
          "varMinSamples must be >= 2 and varWindowSamples >= it, got "
              + varMinSamples
              + " and "
              + varWindowSamples);
    }
    if (!(reduceFraction > 0 && reduceFraction <= 1)) {
      throw new IllegalArgumentException("reduceFraction must be in (0, 1], got " + reduceFraction);
    }
    if (reduceCollarBasisPoints < 0 || reduceCollarBasisPoints >= 10_000) {
      throw new IllegalArgumentException(
          "reduceCollarBasisPoints must be in [0, 10000), got " + reduceCollarBasisPoints);
    }
  }

  /**
   * Limits that let the default team trade a session while still binding when something goes wrong:
   * a $10k session loss, VaR on one-minute PnL changes over the last two hours.
   */
  public static RiskLimits defaults() {
    return new RiskLimits(
        5_000,
        500_000L * 1_000_000,
        50,
        20_000L * 1_000_000,
        DEFAULT_MAX_SESSION_LOSS_DOLLARS * 1_000_000,
        5_000L * 1_000_000,
        2.0,
        1.5,
        5_000_000L * 1_000_000,
        0.5,
        0.8,
        60 * SimulationClock.SECOND,
        60 * SimulationClock.SECOND,
        120,
        20,
        0.25,
        20);
  }

  /** These limits with another {@link #maxSessionLossMicros}. */
  public RiskLimits withMaxSessionLossMicros(long micros) {
    return new RiskLimits(
        maxPositionShares,
        maxOrderNotionalMicros,
        maxOrdersPerSecond,
        maxDrawdownMicros,
        micros,
        maxValueAtRiskMicros,
        grossExposureMultiple,
        netExposureMultiple,
        teamGrossExposureMicros,
        shortMarginFraction,
        warningFraction,
        resumeCooldownNanos,
        varHorizonNanos,
        varWindowSamples,
        varMinSamples,
        reduceFraction,
        reduceCollarBasisPoints);
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

  private static void positiveFinite(double value, String field) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + " must be positive and finite, got " + value);
    }
  }
}
