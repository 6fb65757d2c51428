package org.wealtharena.agents;

/**
 * What an agent may use, set from outside the agent: by the episode, or under coordination by the
 * coordinator's allocator at every allocation interval.
 *
 * @param capitalMicros notional the agent may deploy, micro-dollars; the risk manager's gross
 *     exposure limit is a multiple of it
 * @param riskBudgetMicros loss from its high-water mark the agent may take before it is halted,
 *     micro-dollars
 * @param aggressiveness in [0, 1]: how much of its configured size an agent uses (0 = stand aside)
 */
public record Budget(long capitalMicros, long riskBudgetMicros, double aggressiveness) {

  public Budget {
    if (capitalMicros <= 0) {
      throw new IllegalArgumentException("capitalMicros must be positive, got " + capitalMicros);
    }
    if (riskBudgetMicros <= 0) {
      throw new IllegalArgumentException(
          "riskBudgetMicros must be positive, got " + riskBudgetMicros);
    }
    if (!(aggressiveness >= 0.0 && aggressiveness <= 1.0)) {
      throw new IllegalArgumentException("aggressiveness must be in [0, 1], got " + aggressiveness);
    }
  }

  /** A budget in whole dollars at full aggressiveness. */
  public static Budget ofDollars(long capitalDollars, long riskBudgetDollars) {
    return new Budget(capitalDollars * 1_000_000L, riskBudgetDollars * 1_000_000L, 1.0);
  }
}
