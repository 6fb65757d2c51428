package org.wealtharena.agents;

/**
 * How an episode becomes a reward: reward = (PnL at the end - PnL at the start) in dollars divided
 * by {@code dollarsPerUnit}, minus {@code penaltyPerCritical} for every critical risk violation of
 * the agent during the episode. The risk manager's reward is minus the penalty for every critical
 * violation of any agent or of the team: it is paid for keeping them away.
 */
public record RewardSpec(double dollarsPerUnit, double penaltyPerCritical) {

  public RewardSpec {
    if (!(dollarsPerUnit > 0) || Double.isInfinite(dollarsPerUnit)) {
      throw new IllegalArgumentException("dollarsPerUnit must be positive, got " + dollarsPerUnit);
    }
    if (!(penaltyPerCritical >= 0) || Double.isInfinite(penaltyPerCritical)) {
      throw new IllegalArgumentException(
          "penaltyPerCritical must be >= 0, got " + penaltyPerCritical);
    }
  }

  /** One reward unit per $100 of PnL, one unit off per critical violation. */
  public static RewardSpec defaults() {
    return new RewardSpec(100, 1);
  }
}
