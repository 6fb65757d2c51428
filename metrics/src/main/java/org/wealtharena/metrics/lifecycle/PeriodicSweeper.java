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

  private final ScheduledExecutorService executor;

  private PeriodicSweeper(ScheduledExecutorService executor) {
    this.executor = executor;
  }

  /** Starts sweeping with {@code sweep} on a daemon thread named {@code threadName}. */
  public static PeriodicSweeper start(String threadName, long ttlNanos, Runnable sweep) {
    long period = Math.max(MIN_PERIOD.toNanos(), Math.min(MAX_PERIOD.toNanos(), ttlNanos / 2));
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, threadName);
              thread.setDaemon(true);
              return thread;
            });
    executor.scheduleWithFixedDelay(sweep, period, period, TimeUnit.NANOSECONDS);
    return new PeriodicSweeper(executor);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
