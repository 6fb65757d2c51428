package org.wealtharena.coordination.coordinator;

import org.wealtharena.coordination.budget.TeamBudget;

/**
 * What every coordinator is configured with.
 *
 * @param budget the team's shared budgets
 * @param allocationIntervalSteps decision steps between two allocations (policy decisions)
 * @param rewardDollarsPerUnit PnL in dollars worth one reward unit
 * @param penaltyPerCritical reward units taken off per critical risk violation
 */
public record CoordinatorSettings(
    TeamBudget budget,
    int allocationIntervalSteps,
    double rewardDollarsPerUnit,
    double penaltyPerCritical) {

  public CoordinatorSettings {
    if (budget == null) {
      throw new IllegalArgumentException("budget must be given");
    }
    if (allocationIntervalSteps <= 0) {
      throw new IllegalArgumentException(
          "allocationIntervalSteps must be positive, got " + allocationIntervalSteps);
    }
    if (!(rewardDollarsPerUnit > 0) || Double.isInfinite(rewardDollarsPerUnit)) {
      throw new IllegalArgumentException(
          "rewardDollarsPerUnit must be positive, got " + rewardDollarsPerUnit);
    }
    if (!(penaltyPerCritical >= 0) || Double.isInfinite(penaltyPerCritical)) {
      throw new IllegalArgumentException(
          "penaltyPerCritical must be >= 0, got " + penaltyPerCritical);
    }
  }
}
