package org.wealtharena.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorAdded;
import org.wealtharena.metrics.MetricsOptions;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;
import org.wealtharena.training.engine.EngineSetup;
import org.wealtharena.training.engine.EpisodeEnvironment;
import org.wealtharena.training.engine.RecordedOutcome;
import org.wealtharena.training.trainer.EpisodeEngine;
import org.wealtharena.training.trainer.EpisodePool;

/**
 * Runs a batch of episodes on a Spark cluster: the environment is broadcast once per engine, the
 * batch's shared value (the policy snapshot and the specs) once per batch, and each episode is a
 * task that gets only its index. A task runs its episode on recording endpoints and sends back the
 * outcome and the recording; the driver replays them in episode order into the serving endpoints,
 * so results and metrics do not depend on where or in which order tasks ran. Spark retries a lost
 * or failed task (up to {@code spark.task.maxFailures}); an episode is determined by its seed, so a
 * retry gives the same result. An episode's own exception is its outcome, as in the pool.
 */
final class SparkEpisodeEngine implements EpisodeEngine {

  /**
   * How long to wait, on a cluster, for the first executor to join (a driver the cluster refuses,
   * e.g. for a wrong secret, gets none and would otherwise wait for ever).
   */
  static final String EXECUTOR_WAIT = "spark.wealtharena.executorWait";

  static final String DEFAULT_EXECUTOR_WAIT = "120s";

  private final JavaSparkContext spark;
  private final Broadcast<EpisodeEnvironment> environment;
  private final MetricsOptions options;
  private final MultiAgentMetrics multiAgent;
  private final SpecializedAgentMetrics specialized;

  /**
   * @throws EngineFailedException when Spark does not start, or no executor joins in time
   */
  SparkEpisodeEngine(SparkConf conf, EngineSetup setup) {
    long waitSeconds = conf.getTimeAsSeconds(EXECUTOR_WAIT, DEFAULT_EXECUTOR_WAIT);
    try {
      this.spark = new JavaSparkContext(conf);
    } catch (RuntimeException e) {
      throw new EngineFailedException("Spark did not start: " + firstLine(e.getMessage()), e);
    }
    try {
      spark.sc().addSparkListener(new RolloutTaskListener(setup.multiAgent()));
      if (!spark.sc().isLocal()) {
        awaitFirstExecutor(waitSeconds);
      }
      this.environment = spark.broadcast(setup.environment());
    } catch (RuntimeException e) {
      spark.stop();
      throw e;
    }
    this.options = setup.multiAgent().options();
    this.multiAgent = setup.multiAgent();
    this.specialized = setup.specialized();
  }

  @Override
  public <S, T> List<EpisodePool.Outcome<T>> runAll(S shared, int count, EpisodeTask<S, T> task)
      throws InterruptedException {
    Broadcast<S> batch = spark.broadcast(shared);
    List<RecordedOutcome<T>> recorded;
    try {
      // locals only: the function must not drag this engine (and its Spark context) along
      Broadcast<EpisodeEnvironment> there = environment;
      MetricsOptions recording = options;
      JavaFutureAction<List<RecordedOutcome<T>>> job =
          spark
              .parallelize(IntStream.range(0, count).boxed().toList(), count)
              .map(
                  episode ->
                      RecordedOutcome.run(there.value(), recording, batch.value(), episode, task))
              .collectAsync();
      try {
        recorded = job.get();
      } catch (InterruptedException e) {
        job.cancel(true);
        throw e;
      } catch (ExecutionException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        throw new EngineFailedException(
            "the Spark cluster could not run the episodes: " + firstLine(cause.getMessage()),
            cause);
      }
    } finally {
      batch.destroy();
    }
    List<EpisodePool.Outcome<T>> outcomes = new ArrayList<>(count);
    for (RecordedOutcome<T> episode : recorded) {
      outcomes.add(episode.replayInto(multiAgent, specialized));
    }
    return outcomes;
  }

  private void awaitFirstExecutor(long seconds) {
    CountDownLatch joined = new CountDownLatch(1);
    spark
        .sc()
        .addSparkListener(
            new SparkListener() {
              @Override
              public void onExecutorAdded(SparkListenerExecutorAdded added) {
                joined.countDown();
              }
            });
    // the driver itself is listed too; one that joined before the listener counts as well
    boolean present = spark.sc().statusTracker().getExecutorInfos().length > 1;
    try {
      if (!present && !joined.await(seconds, TimeUnit.SECONDS)) {
        throw new EngineFailedException(
            "no executor joined within "
                + seconds
                + " s ("
                + EXECUTOR_WAIT
                + "): is the cluster at "
                + spark.sc().master()
                + " up with free cores, and does "
                + ClusterSecurity.SECRET_VARIABLE
                + " hold its secret?",
            null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngineFailedException("interrupted while waiting for executors", e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no reason given";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  @Override
  public void close() {
    spark.stop();
  }
}
