package org.wealtharena.market.path;

/**
 * What makes the fundamental prices move like real ones beyond their processes' own volatility:
 * stochastic volatility, heavy-tailed shocks and jumps correlated across symbols.
 *
 * <ul>
 *   <li>Volatility: every symbol's volatility is multiplied by {@code exp(h)}, where the log
 *       volatility {@code h} is a market-wide Ornstein-Uhlenbeck factor plus one per symbol, each
 *       with stationary standard deviation {@code volOfVol / sqrt(2)} and the given half-life, and
 *       is normalised so that the mean variance stays the process's own. So volatility clusters.
 *   <li>Shocks: Student-t with {@code tailDegreesOfFreedom} (scaled to unit variance), correlated
 *       across symbols through the configured correlation's Cholesky factor.
 *   <li>Jumps: market-wide jumps hit every symbol at once with the same normal log size (so they
 *       are correlated across symbols), plus jumps of one symbol alone; both in numbers per session
 *       and log-size standard deviations.
 * </ul>
 *
 * @param tailDegreesOfFreedom of the Student-t shocks, above 4 (so the kurtosis is finite); {@code
 *     Double.POSITIVE_INFINITY} for normal shocks
 */
public record ShockSpec(
    double tailDegreesOfFreedom,
    double volOfVol,
    double volHalfLifeMinutes,
    double marketJumpsPerSession,
    double marketJumpSize,
    double symbolJumpsPerSession,
    double symbolJumpSize) {

  public ShockSpec {
    if (!(tailDegreesOfFreedom > 4)) {
      throw new IllegalArgumentException(
          "tail degrees of freedom must exceed 4, got " + tailDegreesOfFreedom);
    }
    if (!(volOfVol >= 0)
        || !(volHalfLifeMinutes > 0)
        || !(marketJumpsPerSession >= 0)
        || !(marketJumpSize >= 0)
        || !(symbolJumpsPerSession >= 0)
        || !(symbolJumpSize >= 0)) {
      throw new IllegalArgumentException(
          "volatility of volatility, jump rates and sizes must not be negative, half-life positive");
    }
  }

  /** Normal shocks, constant volatility, no jumps: the price processes alone. */
  public static ShockSpec none() {
    return new ShockSpec(Double.POSITIVE_INFINITY, 0, 60, 0, 0, 0, 0);
  }

  /**
   * The embedded market's: t(5) shocks, log volatility with standard deviation 0.7 and a 45 minute
   * half-life, two market-wide jumps per session of about 0.35 % and three of each symbol alone of
   * about 0.4 %.
   */
  public static ShockSpec defaults() {
    return new ShockSpec(5, 0.7, 45, 2, 0.0035, 3, 0.004);
  }
}
