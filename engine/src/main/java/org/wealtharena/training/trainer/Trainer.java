package org.wealtharena.training.trainer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wealtharena.coordination.TeamEpisodeResult;
import org.wealtharena.coordination.TeamEpisodeSpec;
import org.wealtharena.coordination.TeamPerformance;
import org.wealtharena.metrics.CoordinationMetrics;
import org.wealtharena.metrics.PpoUpdateStatistics;
import org.wealtharena.training.checkpoint.Checkpoint;
import org.wealtharena.training.checkpoint.RunRandomState;
import org.wealtharena.training.ppo.UpdateResult;

/**
 * Trains the coordinator's learnable policies with PPO: each iteration runs {@code
 * episodesPerIteration} episodes in parallel on an {@link EpisodeEngine}, each with a seed of its
 * own derived from (master seed, iteration, episode), merges their steps in episode order and
 * updates every role once. Parameters and rewards therefore depend on the settings alone, not on
 * the thread count, and a run resumed from a checkpoint continues bit for bit as if it had never
 * stopped, on whatever engine.
 *
 * <p>Records the lifecycle (runs started/completed/failed, active), every iteration (count, current
 * iteration, mean episode reward), the team's performance over the iteration's episodes (per agent
 * type and for the team as {@value TeamPerformance#ALL_AGENTS}) and its own errors: {@value
 * #EPISODE_FAILED} for an episode that threw (left out, training goes on) and {@value
 * #NON_FINITE_UPDATE} for an update skipped because a reward, loss or gradient was NaN or infinite.
 * Every update's PPO diagnostics go to the metrics, the listener and the result, and a warning is
 * logged when they leave their usual range ({@link UpdateWatch}). The episodes record the agent,
 * episode and coordination families themselves. A run fails only when it cannot go on: every
 * episode of an iteration failed, or a checkpoint could not be written.
 */
public final class Trainer {

  public static final String EPISODE_FAILED = "episode_failed";
  public static final String NON_FINITE_UPDATE = "non_finite_update";

  /** Checkpoint history series holding the mean episode reward of every iteration. */
  public static final String MEAN_REWARD_HISTORY = "meanReward";

  private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

  private final TrainerSettings settings;
  private final CoordinationMetrics metrics;
  private final Optional<CheckpointSchedule> checkpoints;
  private final TrainingSeeds seeds;

  public Trainer(
      TrainerSettings settings,
      CoordinationMetrics metrics,
      Optional<CheckpointSchedule> checkpoints) {
    if (!metrics.coordinationType().equals(settings.coordination().label())) {
      throw new IllegalArgumentException(
          "metrics are bound to "
              + metrics.coordinationType()
              + ", the run is "
              + settings.coordination().label());
    }
    this.settings = settings;
    this.metrics = metrics;
    metrics.initializeError(EPISODE_FAILED);
    metrics.initializeError(NON_FINITE_UPDATE);
    this.checkpoints = checkpoints;
    this.seeds = settings.seeds();
  }

  /**
   * Runs the iterations after {@code resumeFrom}'s (all of them without one) on {@code engine}.
   *
   * @throws TrainingFailedException when the run cannot go on; it is then counted as failed, or as
   *     interrupted when the calling thread was interrupted (SIGINT/SIGTERM in the CLI)
   */
  public TrainingResult run(
      EpisodeEngine engine, Optional<Checkpoint> resumeFrom, TrainingListener listener)
      throws TrainingFailedException {
    long startNanos = System.nanoTime();
    LearnedPolicies policies = new LearnedPolicies(settings.ppo(), seeds);
    String runId = settings.runId();
    double[] history = new double[0];
    if (resumeFrom.isPresent()) {
      runId = resumeFrom.get().runId();
      history = restore(settings, resumeFrom.get(), policies);
    }
    int firstIteration = history.length + 1;
    int length = Math.max(history.length, settings.iterations());
    PpoDiagnostics diagnostics =
        PpoDiagnostics.fromHistory(resumeFrom.map(Checkpoint::history).orElse(Map.of()), length);
    UpdateWatch watch = new UpdateWatch(settings.ppo());
    history = Arrays.copyOf(history, length);
    int failedEpisodes = 0;
    int skippedUpdates = 0;
    Optional<Path> lastCheckpoint = Optional.empty();

    metrics.trainingStarted();
    listener.started(firstIteration, settings.iterations());
    try {
      for (int iteration = firstIteration; iteration <= settings.iterations(); iteration++) {
        if (Thread.currentThread().isInterrupted()) {
          throw new TrainingFailedException("interrupted before iteration " + iteration, null);
        }
        IterationSummary summary = runIteration(iteration, engine, policies);
        history[iteration - 1] = summary.meanReward();
        failedEpisodes += summary.failedEpisodes();
        skippedUpdates += summary.skippedUpdates();
        metrics.iteration(iteration, runId, summary.meanReward());
        diagnostics.record(iteration, summary.updates());
        for (Map.Entry<String, UpdateResult> update : summary.updates().entrySet()) {
          metrics.ppoUpdate(runId, update.getKey(), statistics(update.getValue()));
          watch.check(iteration, update.getKey(), update.getValue()).ifPresent(LOG::warn);
        }
        summary.performance().recordTo(metrics);
        listener.iterationFinished(summary);
        if (checkpoints.isPresent() && checkpoints.get().due(iteration, settings.iterations())) {
          lastCheckpoint =
              Optional.of(saveCheckpoint(runId, iteration, policies, history, diagnostics));
        }
      }
    } catch (TrainingFailedException | RuntimeException | Error e) {
      if (Thread.currentThread().isInterrupted()) {
        metrics.trainingInterrupted();
      } else {
        metrics.trainingFailed();
      }
      throw e;
    } finally {
      listener.finished();
    }
    metrics.trainingCompleted();
    return new TrainingResult(
        runId,
        firstIteration,
        history,
        policies,
        failedEpisodes,
        skippedUpdates,
        lastCheckpoint,
        (System.nanoTime() - startNanos) / 1e9,
        diagnostics);
  }

  private static PpoUpdateStatistics statistics(UpdateResult update) {
    return new PpoUpdateStatistics(
        update.policyLoss(),
        update.valueLoss(),
        update.entropy(),
        update.approxKl(),
        update.clipFraction(),
        update.explainedVariance());
  }

  /**
   * The result of a run that {@code checkpoint}, of its last iteration, finished: its policies and
   * rewards as they were, with nothing run in this session.
   *
   * @throws IllegalArgumentException if the checkpoint is not one of such a run's last iteration
   */
  public static TrainingResult finished(TrainerSettings settings, Checkpoint checkpoint) {
    if (checkpoint.iteration() < settings.iterations()) {
      throw new IllegalArgumentException(
          "checkpoint of iteration "
              + checkpoint.iteration()
              + " of "
              + settings.iterations()
              + " is not of a finished run");
    }
    LearnedPolicies policies = new LearnedPolicies(settings.ppo(), settings.seeds());
    double[] history = restore(settings, checkpoint, policies);
    return new TrainingResult(
        checkpoint.runId(),
        history.length + 1,
        history,
        policies,
        0,
        0,
        Optional.empty(),
        0,
        PpoDiagnostics.fromHistory(checkpoint.history(), history.length));
  }

  /** Puts {@code checkpoint}'s learning state into {@code policies}; returns its reward history. */
  private static double[] restore(
      TrainerSettings settings, Checkpoint checkpoint, LearnedPolicies policies) {
    if (!checkpoint.coordination().equals(settings.coordination().label())) {
      throw new IllegalArgumentException(
          "cannot resume a "
              + checkpoint.coordination()
              + " checkpoint in a "
              + settings.coordination().label()
              + " run");
    }
    policies.restore(checkpoint.policies());
    double[] history = checkpoint.history().getOrDefault(MEAN_REWARD_HISTORY, new double[0]);
    if (history.length != checkpoint.iteration()) {
      throw new IllegalArgumentException(
          "checkpoint of iteration "
              + checkpoint.iteration()
              + " holds "
              + history.length
              + " mean rewards");
    }
    return history;
  }

  private IterationSummary runIteration(
      int iteration, EpisodeEngine engine, LearnedPolicies policies)
      throws TrainingFailedException {
    int episodes = settings.episodesPerIteration();
    List<TeamEpisodeSpec> specs = new ArrayList<>(episodes);
    for (int episode = 0; episode < episodes; episode++) {
      specs.add(settings.episode(seeds.trainingEpisode(iteration, episode), episode));
    }
    List<EpisodePool.Outcome<EpisodeRollout.Played>> outcomes =
        engine.runBatch(new EpisodeRollout.Batch(policies, specs), episodes, EpisodeRollout::play);

    List<Map<String, Trajectory>> finished = new ArrayList<>(episodes);
    List<TeamEpisodeResult> results = new ArrayList<>(episodes);
    RuntimeException firstFailure = null;
    for (int episode = 0; episode < episodes; episode++) {
      EpisodePool.Outcome<EpisodeRollout.Played> outcome = outcomes.get(episode);
      if (outcome.failed()) {
        metrics.error(EPISODE_FAILED);
        if (firstFailure == null) {
          firstFailure = outcome.failure();
          LOG.warn(
              "iteration {}: episode {} failed and is left out", iteration, episode, firstFailure);
        } else {
          LOG.warn(
              "iteration {}: episode {} failed and is left out: {}",
              iteration,
              episode,
              outcome.failure().toString());
        }
      } else {
        finished.add(outcome.value().trajectories());
        results.add(outcome.value().result());
      }
    }
    if (results.isEmpty()) {
      throw new TrainingFailedException(
          "every episode of iteration " + iteration + " failed", firstFailure);
    }

    Map<String, UpdateResult> updates =
        policies.learn(
            finished, settings.ppo().learningRateScale(iteration, settings.iterations()));
    int skipped = 0;
    for (Map.Entry<String, UpdateResult> update : updates.entrySet()) {
      if (update.getValue().skipped()) {
        skipped++;
        metrics.error(NON_FINITE_UPDATE);
        LOG.warn(
            "iteration {}: update of {} skipped: {}",
            iteration,
            update.getKey(),
            update.getValue().skipReason());
      }
    }
    double meanReward = TeamPerformance.finiteMean(results, TeamEpisodeResult::teamReward);
    return new IterationSummary(
        iteration,
        meanReward,
        TeamPerformance.of(results),
        results.size(),
        episodes - results.size(),
        skipped,
        updates);
  }

  private Path saveCheckpoint(
      String runId,
      int iteration,
      LearnedPolicies policies,
      double[] history,
      PpoDiagnostics diagnostics)
      throws TrainingFailedException {
    Map<String, double[]> series = new TreeMap<>(diagnostics.toHistory(iteration));
    series.put(MEAN_REWARD_HISTORY, Arrays.copyOf(history, iteration));
    CheckpointSchedule schedule = checkpoints.orElseThrow();
    Checkpoint checkpoint =
        new Checkpoint(
            runId,
            settings.coordination().label(),
            schedule.settings(),
            iteration,
            policies.snapshot(),
            new RunRandomState(settings.seed(), (long) iteration * settings.episodesPerIteration()),
            series);
    try {
      return schedule.store().save(checkpoint);
    } catch (IOException e) {
      throw new TrainingFailedException(
          "cannot write the checkpoint of iteration "
              + iteration
              + " to "
              + schedule.store().directory(),
          e);
    }
  }
}
