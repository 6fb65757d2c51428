package org.wealtharena.metrics.agents;

import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.wealtharena.metrics.EndpointMetrics;
import org.wealtharena.metrics.lifecycle.PeriodicSweeper;

/**
 * The agent lifecycle over both endpoints, so agents that come and go do not pile up series until
 * the cardinality limit rejects new ones. {@link #removeAgent} drops every series of an agent on
 * every endpoint at once (for an agent that is known to leave); agents that record nothing for the
 * idle TTL expire by themselves at the next {@link #sweep()}.
 *
 * <p>An agent is live while any of its series changes between sweeps (a counter or histogram count
 * grows, a gauge takes another value): recording costs nothing extra for this. A live agent never
 * loses a sample: an expired agent that records again gets its series back, bound views included.
 * Sweeps happen by hand or, after {@link #startSweeping()}, every TTL/2 (1 s to 1 min) on a daemon
 * thread; time comes from an injected nanosecond clock, so tests sweep without waiting. A TTL of
 * zero never expires agents ({@link #removeAgent} still works).
 */
public final class AgentSeriesJanitor implements AutoCloseable {

  public static final Duration DEFAULT_IDLE_TTL = Duration.ofMinutes(10);

  private final List<EndpointMetrics> endpoints;
  private final long ttlNanos;
  private final LongSupplier nanoTime;

  /** Per agent: the fingerprint of its series at the last sweep, and when it last changed. */
  private final Map<String, Seen> seen = new HashMap<>();

  private final PeriodicSweeper sweeper = new PeriodicSweeper("wealtharena-agent-janitor");

  /** A janitor on the system's monotonic clock ({@link System#nanoTime()}). */
  public AgentSeriesJanitor(Duration idleTtl, EndpointMetrics... endpoints) {
    this(idleTtl, System::nanoTime, endpoints);
  }

  /** A janitor on {@code nanoTime}, a monotonic nanosecond clock such as a test's fake clock. */
  public AgentSeriesJanitor(Duration idleTtl, LongSupplier nanoTime, EndpointMetrics... endpoints) {
    if (idleTtl.isNegative()) {
      throw new IllegalArgumentException("agent idle TTL must not be negative, got " + idleTtl);
    }
    if (endpoints.length == 0) {
      throw new IllegalArgumentException("an agent janitor needs at least one endpoint");
    }
    this.endpoints = List.of(endpoints);
    this.ttlNanos = idleTtl.toNanos();
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
  }

  /** Removes every series of {@code agentId} on every endpoint now. */
  public synchronized void removeAgent(String agentId) {
    endpoints.forEach(endpoint -> endpoint.removeAgent(agentId));
    seen.remove(agentId);
  }

  /** Removes the agents whose series did not change for the idle TTL; returns how many. */
  public synchronized int sweep() {
    long now = nanoTime.getAsLong();
    Map<String, Long> activity = new HashMap<>();
    for (EndpointMetrics endpoint : endpoints) {
      endpoint.agentActivity().forEach((agent, print) -> activity.merge(agent, print, Long::sum));
    }
    seen.keySet().retainAll(activity.keySet()); // removed by other means
    int expired = 0;
    for (Map.Entry<String, Long> agent : activity.entrySet()) {
      Seen before = seen.get(agent.getKey());
      if (before == null || before.fingerprint != agent.getValue()) {
        seen.put(agent.getKey(), new Seen(agent.getValue(), now));
      }
    }
    if (ttlNanos == 0) {
      return 0;
    }
    for (Iterator<Map.Entry<String, Seen>> it = seen.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Seen> agent = it.next();
      if (now - agent.getValue().changedAt >= ttlNanos) {
        endpoints.forEach(endpoint -> endpoint.removeAgent(agent.getKey()));
        it.remove();
        expired++;
      }
    }
    return expired;
  }

  /** Sweeps periodically on a daemon thread; no thread when the TTL is 0. */
  public AgentSeriesJanitor startSweeping() {
    sweeper.start(ttlNanos, this::sweep);
    return this;
  }

  /** Stops periodic sweeping. */
  @Override
  public void close() {
    sweeper.close();
  }

  private record Seen(long fingerprint, long changedAt) {}
}
