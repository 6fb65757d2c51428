package org.wealtharena.training.trainer;

import java.io.Serializable;
import java.util.List;
import org.wealtharena.coordination.TeamEpisodeRunner;

/**
 * Where a batch of independent episodes runs: the training episodes of an iteration, or held-out
 * evaluation's. {@link EpisodePool} runs them on threads of this process; another engine may run
 * them elsewhere, which is why a batch is described by what crosses a wire: one {@code shared}
 * value for the whole batch (the policy snapshot, the episodes' specs; sent once), the episode's
 * index per task, and a value per episode back. Whatever the engine, the outcomes come back in
 * episode order and each depends only on {@code shared} and its index.
 */
public interface EpisodeEngine extends AutoCloseable {

  /**
   * One episode of a batch, run where the engine runs it, with the team runner found there.
   * Implementations must be stateless (a lambda capturing nothing): what an episode needs is in
   * {@code shared}.
   */
  @FunctionalInterface
  interface EpisodeTask<S, T> extends Serializable {
    T run(S shared, int episode, TeamEpisodeRunner runner);
  }

  /**
   * The engine itself could not run a batch (a cluster gave up after its retries, or lost its
   * driver): unlike an episode's exception, this ends the run.
   */
  final class EngineFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EngineFailedException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Runs {@code task} for episodes {@code 0 .. count - 1} and waits for all of them. An episode's
   * exception becomes its outcome; errors (out of memory and the like) are rethrown.
   *
   * @throws EngineFailedException when the engine cannot run the batch
   */
  <S, T> List<EpisodePool.Outcome<T>> runAll(S shared, int count, EpisodeTask<S, T> task)
      throws InterruptedException;

  /**
   * As {@link #runAll}, for a training run: an interrupted wait or a failed engine ends the run.
   *
   * @throws TrainingFailedException when the wait is interrupted or the engine cannot run the batch
   */
  default <S, T> List<EpisodePool.Outcome<T>> runBatch(S shared, int count, EpisodeTask<S, T> task)
      throws TrainingFailedException {
    try {
      return runAll(shared, count, task);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TrainingFailedException("interrupted while waiting for episodes", e);
    } catch (EngineFailedException e) {
      // the engine's message comes once, after this (TrainingFailedException appends its cause's)
      throw new TrainingFailedException("the engine gave up", e);
    }
  }

  @Override
  void close();
}
