package org.wealtharena.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wealtharena.cli.config.TrainingConfig;
import org.wealtharena.cli.progress.TrainingProgress;
import org.wealtharena.coordination.AllocationPolicies;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.coordination.TeamEpisodeRunner;
import org.wealtharena.coordination.env.TeamConfig;
import org.wealtharena.coordination.env.TeamEnvironment;
import org.wealtharena.coordination.policy.HeuristicPolicies;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.metrics.runs.RunSeriesJanitor;
import org.wealtharena.training.checkpoint.Checkpoint;
import org.wealtharena.training.checkpoint.CheckpointException;
import org.wealtharena.training.checkpoint.CheckpointStore;
import org.wealtharena.training.trainer.CheckpointSchedule;
import org.wealtharena.training.trainer.EpisodePool;
import org.wealtharena.training.trainer.HeldOutEvaluation;
import org.wealtharena.training.trainer.IterationSummary;
import org.wealtharena.training.trainer.Trainer;
import org.wealtharena.training.trainer.TrainerSettings;
import org.wealtharena.training.trainer.TrainingFailedException;
import org.wealtharena.training.trainer.TrainingListener;
import org.wealtharena.training.trainer.TrainingResult;

/**
 * What the commands that train or evaluate share: the default team on the configured market, one
 * pool of {@code threads} episode threads, training runs with checkpoints in a directory, held-out
 * evaluation, and the fixed heuristic a trained policy must beat. Failures become {@link
 * CliException}s: bad checkpoints exit 2, a run that cannot go on exits 1.
 */
final class TrainingSession implements AutoCloseable {

  /** Confidence level of every reported interval. */
  static final double LEVEL = 0.95;

  /** Where a run's checkpoints go inside its output directory. */
  static final String CHECKPOINTS = "checkpoints";

  private static final Logger LOG = LoggerFactory.getLogger(TrainingSession.class);

  private final TrainingConfig config;
  private final TeamEpisodeRunner team;
  private final AllocationPolicies heuristic = new HeuristicPolicies();
  private final RunMetrics metrics;
  private final RunSeriesJanitor janitor;
  private final EpisodePool pool;

  /**
   * @param err where the warnings of a replayed CSV go (bars the reader skipped or repaired)
   * @param staleRunTtl how long a finished run's run_id series stay on the endpoint (0: forever)
   */
  TrainingSession(
      TrainingConfig config, RunMetrics metrics, PrintWriter err, Duration staleRunTtl) {
    List<String> notes = new ArrayList<>();
    TrainingConfig.MarketSettings settings = config.market();
    MarketChoice.Chosen chosen =
        MarketChoice.of(
            settings.symbols(),
            settings.csv().map(Path::of).orElse(null),
            settings.from().orElse(null),
            settings.to().orElse(null),
            MarketChoice.Origins.TRAINING,
            notes);
    chosen
        .replayNanos()
        .ifPresent(
            span -> MarketChoice.notePastEnd(span, config.episodeDuration().toNanos(), notes));
    MarketConfig market = chosen.config();
    market =
        market.withFlow(
            market.flow().withArbitrageAdvantage(config.market().arbitrageAdvantage().toNanos()));
    MarketChoice.printNotes(err, notes);
    this.config = config;
    this.team =
        new TeamEnvironment(
            market, TeamConfig.defaults(), metrics.multiAgent(), metrics.specialized());
    this.metrics = metrics;
    this.janitor = new RunSeriesJanitor(metrics.multiAgent(), staleRunTtl).startSweeping();
    this.pool = new EpisodePool(config.threads());
  }

  TrainerSettings settings(CoordinationType type, String runId) {
    return new TrainerSettings(
        runId,
        type,
        config.iterations(),
        config.episodesPerIteration(),
        config.seed(),
        config.episodeDuration().toNanos(),
        config.decisionStep().toNanos(),
        config.ppo());
  }

  /**
   * Trains a {@code type} team with checkpoints in {@code directory}/{@value #CHECKPOINTS}: from
   * the newest intact checkpoint there when {@code resume} is set (refused when there is none, or
   * when that run already finished), and refusing to start afresh over an earlier run's checkpoints
   * otherwise.
   */
  TrainingResult train(
      CoordinationType type,
      String runId,
      Path directory,
      boolean resume,
      TrainingProgress progress) {
    TrainingConfig typed = config.withCoordination(type);
    CheckpointSchedule schedule =
        new CheckpointSchedule(
            new CheckpointStore(directory.resolve(CHECKPOINTS), typed.keepCheckpoints()),
            typed.checkpointEvery(),
            typed.resolvedSettings());
    Optional<Checkpoint> resumeFrom = startingPoint(schedule, type, resume);
    Trainer trainer =
        new Trainer(
            settings(type, runId),
            team,
            metrics.multiAgent().coordination(type.label()),
            Optional.of(schedule));
    String effectiveRunId = resumeFrom.map(Checkpoint::runId).orElse(runId);
    metrics.describeRun(type.label(), effectiveRunId);
    janitor.runStarted(effectiveRunId);
    ShutdownSignal.Interruption interruption =
        ShutdownSignal.interruptOnSignal(Thread.currentThread());
    try {
      return trainer.run(pool, resumeFrom, new ProgressListener(progress));
    } catch (TrainingFailedException e) {
      Optional<String> signal = interruption.received();
      if (signal.isPresent()) {
        Thread.interrupted(); // the run is over; the final push and closing must not be cut short
        throw new CliException(
            "training interrupted by " + signal.get() + " (" + e.getMessage() + ")",
            ShutdownSignal.exitCode(signal.get()),
            null);
      }
      throw new CliException("training failed: " + e.getMessage(), 1, e);
    } finally {
      interruption.close();
      janitor.runFinished(effectiveRunId);
    }
  }

  private Optional<Checkpoint> startingPoint(
      CheckpointSchedule schedule, CoordinationType type, boolean resume) {
    try {
      if (!resume) {
        List<Path> existing = schedule.store().files();
        if (!existing.isEmpty()) {
          throw new CliException(
              schedule.store().directory()
                  + " already holds checkpoints of a run; add --resume"
                  + " to continue it or choose another --output");
        }
        return Optional.empty();
      }
      Checkpoint latest =
          schedule
              .latest(type)
              .orElseThrow(
                  () ->
                      new CliException(
                          "--resume: nothing to resume in "
                              + schedule.store().directory()
                              + " (no checkpoint-NNNNNN.bin file); run without --resume to start"
                              + " a new run"));
      if (latest.iteration() >= config.iterations()) {
        throw new CliException(
            "run "
                + latest.runId()
                + " already finished (iteration "
                + latest.iteration()
                + " of "
                + config.iterations()
                + "); nothing to resume, its reports are left as they are",
            CliException.NOTHING_TO_DO,
            null);
      }
      LOG.info("resuming run {} after iteration {}", latest.runId(), latest.iteration());
      return Optional.of(latest);
    } catch (CheckpointException e) {
      throw new CliException((resume ? "--resume: " : "") + e.getMessage(), e);
    } catch (IOException e) {
      throw new CliException(
          "cannot read checkpoints in " + schedule.store().directory() + ": " + e.getMessage(), e);
    }
  }

  /** Plays {@code policies} on the held-out seeds of a {@code type} team. */
  HeldOutEvaluation.Result evaluate(
      CoordinationType type, String name, AllocationPolicies policies) {
    return evaluate(type, name, policies, false);
  }

  /**
   * Plays {@code policies} on the held-out seeds of a {@code type} team, and each agent alone on
   * them too for the coordination value.
   */
  HeldOutEvaluation.Result evaluateWithCoordinationValue(
      CoordinationType type, String name, AllocationPolicies policies) {
    return evaluate(type, name, policies, true);
  }

  private HeldOutEvaluation.Result evaluate(
      CoordinationType type, String name, AllocationPolicies policies, boolean coordinationValue) {
    HeldOutEvaluation evaluation =
        new HeldOutEvaluation(settings(type, "evaluation"), team, config.evaluationEpisodes());
    try {
      return evaluation.evaluate(name, policies, pool, coordinationValue);
    } catch (TrainingFailedException e) {
      throw new CliException("evaluation failed: " + e.getMessage(), 1, e);
    }
  }

  /** The fixed rules the coordination package ships, the baseline a learned policy must beat. */
  AllocationPolicies heuristic() {
    return heuristic;
  }

  @Override
  public void close() {
    pool.close();
    janitor.close();
  }

  /** The trainer's iterations shown by a {@link TrainingProgress}, timed from the first one. */
  private static final class ProgressListener implements TrainingListener {
    private final TrainingProgress progress;
    private long startNanos;

    ProgressListener(TrainingProgress progress) {
      this.progress = progress;
    }

    @Override
    public void started(int firstIteration, int lastIteration) {
      startNanos = System.nanoTime();
      progress.start(firstIteration, lastIteration);
    }

    @Override
    public void iterationFinished(IterationSummary iteration) {
      progress.iteration(
          iteration.iteration(),
          iteration.meanReward(),
          iteration.updates(),
          Duration.ofNanos(System.nanoTime() - startNanos));
    }

    @Override
    public void finished() {
      progress.finish();
    }
  }
}
