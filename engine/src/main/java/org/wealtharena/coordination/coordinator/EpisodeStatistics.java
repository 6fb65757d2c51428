package org.wealtharena.coordination.coordinator;

import java.util.Arrays;
import java.util.List;
import org.wealtharena.agents.AgentSeat;
import org.wealtharena.agents.MarketView;
import org.wealtharena.coordination.budget.SharedBudgets;
import org.wealtharena.coordination.bus.MessageBus;
import org.wealtharena.coordination.bus.MessageType;
import org.wealtharena.market.Prices;
import org.wealtharena.metrics.ConflictType;

/**
 * What one coordinated episode did, as its report shows it: each agent's and the team's per-step
 * PnL series, each agent's capital budget over the steps, the non-cancel intents and those routed
 * without conflict or veto, the conflicts by type, the bus messages by type and the rewards paid to
 * the allocation policies. Written by the coordinator as the episode runs.
 */
public final class EpisodeStatistics {
  private final SharedBudgets budgets;
  private final MessageBus bus;
  private final PnlSeries[] agentSeries;
  private final PnlSeries teamSeries = new PnlSeries();
  private final long[] lastPnl;
  private final double[] capitalSum;
  private final long[] conflicts = new long[ConflictType.values().length];
  private long steps;
  private long intents;
  private long cleanIntents;
  private double policyRewards;

  EpisodeStatistics(int agents, SharedBudgets budgets, MessageBus bus) {
    this.budgets = budgets;
    this.bus = bus;
    this.agentSeries = new PnlSeries[agents];
    Arrays.setAll(agentSeries, a -> new PnlSeries());
    this.lastPnl = new long[agents];
    this.capitalSum = new double[agents];
  }

  /** A decision step begins: each agent's PnL change since the last one and its capital budget. */
  void observeStep(List<AgentSeat> seats, MarketView market) {
    steps++;
    double teamChange = 0;
    for (int a = 0; a < agentSeries.length; a++) {
      long pnl = seats.get(a).account().pnlMicros(market);
      double change = Prices.toDollars(pnl - lastPnl[a]);
      lastPnl[a] = pnl;
      agentSeries[a].add(change);
      teamChange += change;
      capitalSum[a] += budgets.budget(a).capitalMicros();
    }
    teamSeries.add(teamChange);
  }

  void intent() {
    intents++;
  }

  void cleanIntent() {
    cleanIntents++;
  }

  void conflict(ConflictType conflict) {
    conflicts[conflict.ordinal()]++;
  }

  void policyReward(double reward) {
    policyRewards += reward;
  }

  /** Share (0..1) of non-cancel intents executed without conflict or veto; 1 if there were none. */
  public double efficiency() {
    return intents == 0 ? 1 : cleanIntents / (double) intents;
  }

  /** Sum of every reward paid to the allocation policies. */
  public double policyRewards() {
    return policyRewards;
  }

  public long conflicts(ConflictType conflict) {
    return conflicts[conflict.ordinal()];
  }

  public long messages(MessageType messageType) {
    return bus.delivered(messageType);
  }

  public PnlSeries agentSeries(int a) {
    return agentSeries[a];
  }

  public PnlSeries teamSeries() {
    return teamSeries;
  }

  /** Agent {@code a}'s capital budget averaged over the steps, micro-dollars. */
  public double meanCapitalMicros(int a) {
    return steps == 0 ? budgets.budget(a).capitalMicros() : capitalSum[a] / steps;
  }

  public long steps() {
    return steps;
  }
}
