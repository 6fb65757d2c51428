package org.wealtharena.metrics.runs;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.lifecycle.PeriodicSweeper;

/**
 * Removes a finished training run's {@code run_id} series (current iteration, reward mean, PPO
 * diagnostics, evaluation rewards: {@link MultiAgentMetrics#removeRun}) a while after it finished,
 * so a long-lived process that trains run after run does not grow those families without end. The
 * trainer reports {@link #runStarted} and {@link #runFinished}; a run is removed by the first
 * {@link #sweep()} at least {@code ttl} after it finished. A running run is never removed, and runs
 * never reported here are left alone.
 *
 * <p>Sweeps happen on every {@link #runStarted} and, after {@link #startSweeping()}, periodically
 * on one daemon thread. Time comes from an injected nanosecond clock, so tests sweep by hand
 * instead of waiting. A TTL of zero keeps finished runs' series forever.
 */
public final class RunSeriesJanitor implements AutoCloseable {

  public static final Duration DEFAULT_TTL = Duration.ofMinutes(10);

  private final MultiAgentMetrics metrics;
  private final long ttlNanos;
  private final LongSupplier nanoTime;

  /** Finished runs by finish time, oldest first (insertion order = finish order). */
  private final LinkedHashMap<String, Long> finishedAt = new LinkedHashMap<>();

  private final PeriodicSweeper sweeper = new PeriodicSweeper("wealtharena-run-janitor");

  /** A janitor on the system's monotonic clock ({@link System#nanoTime()}). */
  public RunSeriesJanitor(MultiAgentMetrics metrics, Duration ttl) {
    this(metrics, ttl, System::nanoTime);
  }

  /** A janitor on {@code nanoTime}, a monotonic nanosecond clock such as a test's fake clock. */
  public RunSeriesJanitor(MultiAgentMetrics metrics, Duration ttl, LongSupplier nanoTime) {
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    if (ttl.isNegative()) {
      throw new IllegalArgumentException("stale run TTL must not be negative, got " + ttl);
    }
    this.ttlNanos = ttl.toNanos();
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
  }

  /** Cancels a pending removal of {@code runId} (a reused id is running again), then sweeps. */
  public synchronized void runStarted(String runId) {
    finishedAt.remove(runId);
    sweep();
  }

  /** Marks {@code runId} as finished now; its series go with the first sweep after the TTL. */
  public synchronized void runFinished(String runId) {
    if (ttlNanos > 0) {
      finishedAt.remove(runId); // re-insert: keeps the map in finish order
      finishedAt.put(runId, nanoTime.getAsLong());
    }
  }

  /** Removes the series of every run that finished at least the TTL ago; returns how many runs. */
  public synchronized int sweep() {
    long now = nanoTime.getAsLong();
    int removed = 0;
    for (Iterator<Map.Entry<String, Long>> it = finishedAt.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Long> run = it.next();
      if (now - run.getValue() < ttlNanos) {
        break; // finish order: every later run finished even more recently
      }
      metrics.removeRun(run.getKey());
      it.remove();
      removed++;
    }
    return removed;
  }

  /**
   * Sweeps periodically on a daemon thread, every TTL/2 (at least 1 s, at most 1 min), so series go
   * at most that long after their TTL even when no new run starts. No thread when the TTL is 0.
   */
  public RunSeriesJanitor startSweeping() {
    sweeper.start(ttlNanos, this::sweep);
    return this;
  }

  /** Stops periodic sweeping; series of finished runs stay until the next sweep, if any. */
  @Override
  public void close() {
    sweeper.close();
  }
}
