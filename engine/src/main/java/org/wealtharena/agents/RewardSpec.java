package org.wealtharena.agents;

import org.wealtharena.market.Prices;

/**
 * How PnL and critical risk violations become a reward, wherever one is paid: an agent's episode
 * reward ({@code specialized_agent_reward}) and the coordinator's interval rewards to its
 * allocation policies. {@link #reward}: the PnL change in dollars divided by {@code
 * dollarsPerUnit}, minus {@code penaltyPerCritical} for every critical risk violation in the same
 * span. The risk manager's reward ({@link #riskManagerReward}) is minus the penalty for every
 * critical violation of any agent or of the team: it is paid for keeping them away.
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

  /** One reward unit per $1000 of PnL, one unit off per critical violation. */
  public static RewardSpec defaults() {
    return new RewardSpec(1000, 1);
  }

  /** The reward of a PnL change of {@code pnlMicros} with {@code criticalViolations} on the way. */
  public double reward(long pnlMicros, long criticalViolations) {
    return Prices.toDollars(pnlMicros) / dollarsPerUnit - penaltyPerCritical * criticalViolations;
  }

  /** The risk manager's reward for {@code criticalViolations} of the team and its agents. */
  public double riskManagerReward(long criticalViolations) {
    return -penaltyPerCritical * criticalViolations;
  }
}
