package org.wealtharena.coordination.coordinator;

import java.util.List;
import org.wealtharena.agents.AgentSeat;
import org.wealtharena.agents.Intent;
import org.wealtharena.coordination.budget.SharedBudgets;
import org.wealtharena.coordination.bus.MessageBus;
import org.wealtharena.coordination.bus.MessageType;
import org.wealtharena.market.venue.RequestKind;
import org.wealtharena.metrics.ConflictType;

/**
 * What one coordinated episode did, as its report shows it: each agent's capital budget over the
 * steps, the order intents (new orders; not cancels, nor replaces that requote a resting order) and
 * those routed without conflict or veto, the conflicts by type, the bus messages by type and the
 * rewards paid to the allocation policies. Written by the coordinator as the episode runs.
 */
public final class EpisodeStatistics {
  private final SharedBudgets budgets;
  private final MessageBus bus;
  private final double[] capitalSum;
  private final long[] conflicts = new long[ConflictType.values().length];
  private long steps;
  private long intents;
  private long cleanIntents;
  private double policyRewards;

  EpisodeStatistics(int agents, SharedBudgets budgets, MessageBus bus) {
    this.budgets = budgets;
    this.bus = bus;
    this.capitalSum = new double[agents];
  }

  /** A decision step begins: each agent's capital budget. */
  void observeStep(List<AgentSeat> seats) {
    steps++;
    for (int a = 0; a < capitalSum.length; a++) {
      capitalSum[a] += budgets.budget(a).capitalMicros();
    }
  }

  /** An intent reached the coordinator; only order intents (new orders) count. */
  void intent(Intent intent) {
    if (intent.kind() == RequestKind.NEW) {
      intents++;
    }
  }

  /** An intent was routed without conflict or veto; only order intents (new orders) count. */
  void cleanIntent(Intent intent) {
    if (intent.kind() == RequestKind.NEW) {
      cleanIntents++;
    }
  }

  void conflict(ConflictType conflict) {
    conflicts[conflict.ordinal()]++;
  }

  void policyReward(double reward) {
    policyRewards += reward;
  }

  /** Share (0..1) of order intents executed without conflict or veto; 1 if there were none. */
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

  /** Agent {@code a}'s capital budget averaged over the steps, micro-dollars. */
  public double meanCapitalMicros(int a) {
    return steps == 0 ? budgets.budget(a).capitalMicros() : capitalSum[a] / steps;
  }

  public long steps() {
    return steps;
  }
}
