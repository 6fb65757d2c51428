package org.wealtharena.metrics.lifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a janitor's sweep on one daemon thread every TTL/2 (at least 1 s, at most 1 min), so series
 * go at most that long after their TTL even when nothing else triggers a sweep.
 */
public final class PeriodicSweeper implements AutoCloseable {

  private static final Duration MIN_PERIOD = Duration.ofSeconds(1);
  private static final Duration MAX_PERIOD = Duration.ofMinutes(1);

  private final String threadName;
  private ScheduledExecutorService executor;

  /**
   * @param threadName the name of the daemon thread, once started
   */
  public PeriodicSweeper(String threadName) {
    this.threadName = threadName;
  }

  /**
   * Starts sweeping with {@code sweep} every {@code ttlNanos}/2 (clamped); nothing when the TTL is
   * 0 or sweeping has started already.
   */
  public synchronized void start(long ttlNanos, Runnable sweep) {
    if (ttlNanos <= 0 || executor != null) {
      return;
    }
    long period = Math.max(MIN_PERIOD.toNanos(), Math.min(MAX_PERIOD.toNanos(), ttlNanos / 2));
    executor =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, threadName);
              thread.setDaemon(true);
              return thread;
            });
    executor.scheduleWithFixedDelay(sweep, period, period, TimeUnit.NANOSECONDS);
  }

  /** Stops sweeping; a later {@link #start} starts again. */
  @Override
  public synchronized void close() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }
}
