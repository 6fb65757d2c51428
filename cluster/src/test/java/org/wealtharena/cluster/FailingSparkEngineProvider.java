package org.wealtharena.cluster;

import java.util.List;
import org.wealtharena.training.engine.EngineSetup;
import org.wealtharena.training.engine.EpisodeEngineProvider;
import org.wealtharena.training.trainer.EpisodeEngine;
import org.wealtharena.training.trainer.EpisodePool;

/**
 * {@code --engine spark-failing}, for tests only: the Spark engine, whose batches after the first
 * (a run's iterations after the first) fail on every attempt, the way a task fails whose executor
 * runs out of memory: with an {@link Error}, which an episode does not catch as its outcome, so
 * Spark retries the task until {@code spark.task.maxFailures} and then gives up.
 */
public final class FailingSparkEngineProvider implements EpisodeEngineProvider {

  static final String NAME = "spark-failing";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public EpisodeEngine open(EngineSetup setup) {
    EpisodeEngine spark = new SparkEngineProvider().open(setup);
    return new EpisodeEngine() {
      private int batches;

      @Override
      public <S, T> List<EpisodePool.Outcome<T>> runAll(S shared, int count, EpisodeTask<S, T> task)
          throws InterruptedException {
        batches++;
        return batches == 1
            ? spark.runAll(shared, count, task)
            : spark.runAll(shared, count, fails());
      }

      @Override
      public void close() {
        spark.close();
      }
    };
  }

  private static <S, T> EpisodeEngine.EpisodeTask<S, T> fails() {
    return (shared, episode, runner) -> {
      throw new AssertionError("episode " + episode + " fails on every attempt (test)");
    };
  }
}
