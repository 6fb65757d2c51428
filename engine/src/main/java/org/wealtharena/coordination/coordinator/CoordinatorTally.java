package org.wealtharena.coordination.coordinator;

import java.util.List;
import org.wealtharena.agents.AgentSeat;
import org.wealtharena.agents.AgentType;
import org.wealtharena.agents.MetricsCadence;
import org.wealtharena.agents.TradingState;
import org.wealtharena.coordination.budget.SharedBudgets;
import org.wealtharena.coordination.bus.MessageBus;
import org.wealtharena.metrics.ConflictType;
import org.wealtharena.metrics.CoordinationMetrics;

/**
 * What one coordinator writes to the endpoint-1 metrics. Steps, messages, conflicts, vetoes, active
 * agents and budget utilization are held back and published on the {@link MetricsCadence} and at
 * the end: counters that parallel episodes share cost more to update once per event than finding
 * the events does. A failed agent's error counts once, when the coordinator first sees it.
 */
final class CoordinatorTally {
  private static final ConflictType[] CONFLICT_TYPES = ConflictType.values();
  private static final CoordinationMethod[] METHODS = CoordinationMethod.values();

  private final CoordinationInstruments instruments;
  private final CoordinationMetrics metrics;
  private final EpisodeStatistics statistics;
  private final MessageBus bus;
  private final SharedBudgets budgets;
  private final boolean[] failureCounted;

  /** Of the episode's conflicts, the ones already added to shared_environment_conflicts_total. */
  private final long[] recordedConflicts = new long[CONFLICT_TYPES.length];

  /** Vetoes by the mechanism that vetoed, not yet counted. */
  private final long[] vetoes = new long[METHODS.length];

  /** Steps routed since the last publication, and the live agents at the last step. */
  private long unpublishedSteps;

  private int activeAgents;

  CoordinatorTally(
      CoordinationInstruments instruments,
      EpisodeStatistics statistics,
      MessageBus bus,
      SharedBudgets budgets,
      int agents) {
    this.instruments = instruments;
    this.metrics = instruments.metrics;
    this.statistics = statistics;
    this.bus = bus;
    this.budgets = budgets;
    this.failureCounted = new boolean[agents];
  }

  /** One {@code agent_episodes_total} for every agent and the risk manager. */
  void agentEpisodes(List<AgentSeat> seats, String riskManagerId) {
    for (AgentSeat seat : seats) {
      metrics.agentEpisode(seat.agentId(), seat.agent().type().label());
    }
    metrics.agentEpisode(riskManagerId, AgentType.RISK_MANAGER.label());
  }

  /** At the start of a step: new failures, and the agents neither failed nor halted. */
  void observeAgents(List<AgentSeat> seats) {
    int active = 0;
    for (int a = 0; a < seats.size(); a++) {
      AgentSeat seat = seats.get(a);
      countFailure(a, seat);
      if (!seat.failed() && seat.tradingState() != TradingState.HALTED) {
        active++;
      }
    }
    activeAgents = active;
  }

  void veto(CoordinationMethod by) {
    vetoes[by.ordinal()]++;
  }

  /** Step {@code step} (from 1) is routed; publishes on the cadence. */
  void stepRouted(long step) {
    unpublishedSteps++;
    if (MetricsCadence.publishes(step - 1)) {
      publish();
    }
  }

  /** The routing overhead of step {@code step}, begun at {@code startNanos}, on the cadence. */
  void routingTime(long step, long startNanos) {
    if (MetricsCadence.timed(step - 1)) {
      instruments
          .method(CoordinationMethod.ROUTING)
          .overhead((System.nanoTime() - startNanos) * 1e-9);
    }
  }

  /** The end of the episode: what is held back, and failures after the last step. */
  void finish(List<AgentSeat> seats) {
    publish();
    for (int a = 0; a < seats.size(); a++) {
      countFailure(a, seats.get(a));
    }
  }

  void efficiency(double efficiency) {
    metrics.efficiency(efficiency);
  }

  private void countFailure(int a, AgentSeat seat) {
    if (seat.failure() != null && !failureCounted[a]) {
      failureCounted[a] = true;
      metrics.error(seat.failure().label());
    }
  }

  private void publish() {
    metrics.environmentSteps(unpublishedSteps);
    unpublishedSteps = 0;
    metrics.activeAgents(activeAgents);
    budgets.recordUtilization();
    bus.recordCounts();
    for (int c = 0; c < CONFLICT_TYPES.length; c++) {
      long found = statistics.conflicts(CONFLICT_TYPES[c]) - recordedConflicts[c];
      if (found > 0) {
        metrics.conflict(CONFLICT_TYPES[c], found);
        recordedConflicts[c] = statistics.conflicts(CONFLICT_TYPES[c]);
      }
    }
    for (int m = 0; m < vetoes.length; m++) {
      if (vetoes[m] > 0) {
        instruments.method(METHODS[m]).used(vetoes[m]);
        vetoes[m] = 0;
      }
    }
  }
}
