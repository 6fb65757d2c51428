package org.wealtharena.coordination.bus;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.wealtharena.metrics.BoundCounter;
import org.wealtharena.metrics.MultiAgentMetrics;

/**
 * The {@code agent_communication_total} series of every (from, to, type) channel, bound once and
 * shared by all episodes (and threads) of one environment. The set is bounded: a team has a fixed
 * set of endpoints.
 */
public final class ChannelCounters {
  private final MultiAgentMetrics metrics;
  private final Map<String, BoundCounter> bound = new ConcurrentHashMap<>();

  public ChannelCounters(MultiAgentMetrics metrics) {
    this.metrics = metrics;
  }

  BoundCounter channel(String from, String to, MessageType type) {
    return bound.computeIfAbsent(
        from + '\u0000' + to + '\u0000' + type.label(),
        key -> metrics.communication(from, to, type.label()));
  }
}
