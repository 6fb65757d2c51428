package org.wealtharena.training.trainer;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.wealtharena.coordination.TeamEpisodeRunner;

/**
 * The in-process engine: a fixed number of threads that run a batch of independent episodes on one
 * team runner and hand back their outcomes in episode order, whatever order they finished in. The
 * batch's shared value is handed to the episodes as it is, never copied.
 */
public final class EpisodePool implements EpisodeEngine {

  /** What one episode gave: a value, or the exception that ended it (exactly one is non-null). */
  public record Outcome<T>(T value, RuntimeException failure) implements Serializable {
    public boolean failed() {
      return failure != null;
    }
  }

  private final ExecutorService executor;
  private final TeamEpisodeRunner runner;

  public EpisodePool(int threads, TeamEpisodeRunner runner) {
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
    this.runner = runner;
  }

  @Override
  public <S, T> List<Outcome<T>> runAll(S shared, int count, EpisodeTask<S, T> task)
      throws InterruptedException {
    List<Callable<Outcome<T>>> tasks = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int index = i;
      tasks.add(
          () -> {
            try {
              return new Outcome<>(task.run(shared, index, runner), null);
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
