package org.wealtharena.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wealtharena.coordination.TeamEnvironments.environment;
import static org.wealtharena.coordination.TeamEnvironments.spec;
import static org.wealtharena.coordination.TeamEnvironments.strictMultiAgent;

import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wealtharena.coordination.bus.MessageType;
import org.wealtharena.coordination.coordinator.TeamObserver;
import org.wealtharena.coordination.env.TeamEpisodeReport;
import org.wealtharena.coordination.policy.HeuristicPolicies;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.testing.Scrape;

/** agent_communication_total counts exactly the messages the bus delivered. */
class BusCountsTest {

  @Test
  void registryCountsEqualTheMessagesSeenOnTheBus() {
    Map<String, Long> seen = new HashMap<>();
    long[] lastStep = {0};
    boolean[] inOrder = {true};
    TeamObserver tap =
        new TeamObserver() {
          @Override
          public void onMessage(long step, String from, String to, MessageType type) {
            seen.merge(from + "|" + to + "|" + type.label(), 1L, Long::sum);
            inOrder[0] &= step >= lastStep[0];
            lastStep[0] = step;
          }
        };
    MultiAgentMetrics metrics = strictMultiAgent();
    var environment = environment(metrics);
    long reported = 0;
    for (CoordinationType type : CoordinationType.values()) {
      lastStep[0] = 0;
      TeamEpisodeReport report =
          environment.runDetailed(
              spec(type, 3, 10 * SimulationClock.MINUTE), new HeuristicPolicies(), tap);
      reported += report.totalMessages();
    }

    Map<String, Long> counted = new HashMap<>();
    for (var point : Scrape.points(metrics.registry(), "agent_communication_total")) {
      var labels = point.getLabels();
      counted.put(
          labels.get("from_agent")
              + "|"
              + labels.get("to_agent")
              + "|"
              + labels.get("message_type"),
          (long) ((CounterDataPointSnapshot) point).getValue());
    }
    assertThat(counted).isEqualTo(seen);
    assertThat(inOrder[0]).as("delivered step by step").isTrue();
    assertThat(seen.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(reported);
    for (MessageType type : MessageType.values()) {
      assertThat(seen.keySet()).as(type.label()).anyMatch(key -> key.endsWith("|" + type.label()));
    }
    assertThat(seen)
        .containsKeys(
            "mm-1|coordinator|intent",
            "market|arb-1|fill_report",
            "coordinator|portfolio-1|allocation");
  }
}
