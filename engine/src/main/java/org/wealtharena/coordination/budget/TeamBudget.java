package org.wealtharena.coordination.budget;

/**
 * The budgets the whole team shares; coordinators split them across agents.
 *
 * @param capitalMicros notional the team may have in use (gross exposure plus open orders)
 * @param riskBudgetMicros loss the team may take per allocation interval (each agent's share is its
 *     drawdown budget from its high-water mark since the last allocation)
 * @param ordersPerSecond new orders and replaces the team may send per second of simulated time
 */
public record TeamBudget(long capitalMicros, long riskBudgetMicros, int ordersPerSecond) {

  public TeamBudget {
    if (capitalMicros <= 0) {
      throw new IllegalArgumentException("capitalMicros must be positive, got " + capitalMicros);
    }
    if (riskBudgetMicros <= 0) {
      throw new IllegalArgumentException(
          "riskBudgetMicros must be positive, got " + riskBudgetMicros);
    }
    if (ordersPerSecond <= 0) {
      throw new IllegalArgumentException(
          "ordersPerSecond must be positive, got " + ordersPerSecond);
    }
  }
}
