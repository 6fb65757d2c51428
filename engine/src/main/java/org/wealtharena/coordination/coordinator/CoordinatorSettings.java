package org.wealtharena.coordination.coordinator;

import org.wealtharena.agents.RewardSpec;
import org.wealtharena.coordination.budget.TeamBudget;

/**
 * What every coordinator is configured with.
 *
 * @param budget the team's shared budgets
 * @param allocationIntervalSteps decision steps between two allocations (policy decisions)
 * @param reward what the policies and the agents are paid; its reward unit also scales the PnL
 *     features of the policies' observation
 */
public record CoordinatorSettings(
    TeamBudget budget, int allocationIntervalSteps, RewardSpec reward) {

  public CoordinatorSettings {
    if (budget == null) {
      throw new IllegalArgumentException("budget must be given");
    }
    if (allocationIntervalSteps <= 0) {
      throw new IllegalArgumentException(
          "allocationIntervalSteps must be positive, got " + allocationIntervalSteps);
    }
    if (reward == null) {
      throw new IllegalArgumentException("reward must be given");
    }
  }
}
