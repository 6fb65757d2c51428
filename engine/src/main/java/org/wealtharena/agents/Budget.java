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

  /**
   * An agent holding more than this multiple of what its budget affords trades the excess down at
   * once rather than waiting for its usual trading to shed it. Holdings get there when the
   * coordinator cuts a budget; a deep cut would otherwise outlast the risk manager's grace and end
   * in a critical exposure breach, while below this multiple the exposure limits (multiples of the
   * capital above 1) leave room to shed it at no cost.
   */
  public static final double UNWIND_BEYOND = 1.25;

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
