package org.wealtharena.coordination.budget;

import java.util.List;
import org.wealtharena.agents.AgentSeat;
import org.wealtharena.agents.Budget;
import org.wealtharena.agents.MarketView;
import org.wealtharena.coordination.conflict.TeamOrders;
import org.wealtharena.metrics.BoundGauge;

/**
 * The team's {@link TeamBudget} split across its agents, and what each agent has in use:
 *
 * <ul>
 *   <li>capital: gross exposure at the marks plus the notional of its open orders, against its
 *       capital share;
 *   <li>risk budget: its loss from the high-water mark of its PnL since the last allocation,
 *       against its risk share;
 *   <li>order rate: new orders and replaces sent this step, against an equal share of the team's
 *       rate.
 * </ul>
 *
 * {@code shared_resource_utilization{resource_type=capital|risk_budget|order_rate}} is the team's
 * total in use over the team's budget, capped at 1 (exposure can outgrow a budget that shrank).
 */
public final class SharedBudgets {
  private final TeamBudget team;
  private final long ordersPerStep;
  private final long agentOrdersPerStep;
  private final double[] capitalShares;
  private final double[] riskShares;
  private final Budget[] budgets;
  private final long[] capitalInUse;
  private final long[] highWaterMarks;
  private final long[] riskInUse;
  private final int[] ordersThisStep;
  private final BoundGauge capitalGauge;
  private final BoundGauge riskGauge;
  private final BoundGauge orderRateGauge;

  public SharedBudgets(
      TeamBudget team,
      int agents,
      double stepSeconds,
      BoundGauge capitalGauge,
      BoundGauge riskGauge,
      BoundGauge orderRateGauge) {
    this.team = team;
    this.ordersPerStep = Math.max(1, Math.round(team.ordersPerSecond() * stepSeconds));
    this.agentOrdersPerStep = Math.max(1, ordersPerStep / agents);
    this.capitalShares = new double[agents];
    this.riskShares = new double[agents];
    this.budgets = new Budget[agents];
    this.capitalInUse = new long[agents];
    this.highWaterMarks = new long[agents];
    this.riskInUse = new long[agents];
    this.ordersThisStep = new int[agents];
    this.capitalGauge = capitalGauge;
    this.riskGauge = riskGauge;
    this.orderRateGauge = orderRateGauge;
  }

  /** Gives agent {@code a} these shares of the team's capital and risk budget. */
  public Budget allocate(int a, double capitalShare, double riskShare, double aggressiveness) {
    capitalShares[a] = capitalShare;
    riskShares[a] = riskShare;
    budgets[a] =
        new Budget(
            Math.max(1, Math.round(team.capitalMicros() * capitalShare)),
            Math.max(1, Math.round(team.riskBudgetMicros() * riskShare)),
            aggressiveness);
    return budgets[a];
  }

  /** Measures what every agent has in use at the start of a step's routing. */
  public void beginStep(List<AgentSeat> seats, MarketView market, TeamOrders orders) {
    for (int a = 0; a < seats.size(); a++) {
      AgentSeat seat = seats.get(a);
      capitalInUse[a] =
          seat.account().grossExposureMicros(market) + orders.openNotionalMicros(a, seat);
      long equity = seat.account().pnlMicros(market);
      highWaterMarks[a] = Math.max(highWaterMarks[a], equity);
      riskInUse[a] = highWaterMarks[a] - equity;
      ordersThisStep[a] = 0;
    }
  }

  /** A new allocation interval: each agent's risk is measured from its PnL now. */
  public void restartRiskInterval(List<AgentSeat> seats, MarketView market) {
    for (int a = 0; a < seats.size(); a++) {
      highWaterMarks[a] = seats.get(a).account().pnlMicros(market);
      riskInUse[a] = 0;
    }
  }

  /** Capital agent {@code a} may still commit. */
  public long capitalRoomMicros(int a) {
    return budgets[a].capitalMicros() - capitalInUse[a];
  }

  public boolean riskSpent(int a) {
    return riskInUse[a] >= budgets[a].riskBudgetMicros();
  }

  public boolean orderRateSpent(int a) {
    return ordersThisStep[a] >= agentOrdersPerStep;
  }

  /** Books an order sent for agent {@code a} that commits {@code notionalMicros} more capital. */
  public void sent(int a, long notionalMicros) {
    capitalInUse[a] += notionalMicros;
    ordersThisStep[a]++;
  }

  /** Sets the three utilization gauges from what is in use now. */
  public void recordUtilization() {
    long capital = 0;
    long risk = 0;
    long orders = 0;
    for (int a = 0; a < budgets.length; a++) {
      capital += capitalInUse[a];
      risk += riskInUse[a];
      orders += ordersThisStep[a];
    }
    capitalGauge.set(Math.min(1.0, capital / (double) team.capitalMicros()));
    riskGauge.set(Math.min(1.0, risk / (double) team.riskBudgetMicros()));
    orderRateGauge.set(Math.min(1.0, orders / (double) ordersPerStep));
  }

  public Budget budget(int a) {
    return budgets[a];
  }

  public double capitalShare(int a) {
    return capitalShares[a];
  }

  public double riskShare(int a) {
    return riskShares[a];
  }

  public long capitalInUseMicros(int a) {
    return capitalInUse[a];
  }

  public TeamBudget team() {
    return team;
  }
}
