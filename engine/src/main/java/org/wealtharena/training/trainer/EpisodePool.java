package org.wealtharena.training.trainer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A fixed number of threads that run a batch of independent episodes and hand back their outcomes
 * in episode order, whatever order they finished in.
 */
public final class EpisodePool implements AutoCloseable {

  /** What one episode gave: a value, or the exception that ended it (exactly one is non-null). */
  public record Outcome<T>(T value, RuntimeException failure) {
    public boolean failed() {
      return failure != null;
    }
  }

  private final ExecutorService executor;

  public EpisodePool(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    AtomicInteger number = new AtomicInteger();
    executor =
        Executors.newFixedThreadPool(
            threads,
            runnable -> {
              Thread thread =
                  new Thread(runnable, "wealtharena-episode-" + number.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Runs {@code episode.apply(0 .. count - 1)} on the pool and waits for all of them. An episode's
   * exception becomes its outcome; errors (out of memory and the like) are rethrown.
   */
  public <T> List<Outcome<T>> runAll(int count, IntFunction<T> episode)
      throws InterruptedException {
    List<Callable<Outcome<T>>> tasks = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int index = i;
      tasks.add(
          () -> {
            try {
              return new Outcome<>(episode.apply(index), null);
            } catch (RuntimeException e) {
              return new Outcome<>(null, e);
            }
          });
    }
    List<Outcome<T>> outcomes = new ArrayList<>(count);
    for (Future<Outcome<T>> future : executor.invokeAll(tasks)) {
      try {
        outcomes.add(future.get());
      } catch (ExecutionException e) {
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException("episode task threw a checked exception", e.getCause());
      }
    }
    return outcomes;
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
