package org.wealtharena.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wealtharena.cli.config.TrainingConfig;
import org.wealtharena.cli.progress.TrainingProgress;
import org.wealtharena.coordination.AllocationPolicies;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.coordination.TeamEpisodeSpec;
import org.wealtharena.coordination.policy.HeuristicPolicies;
import org.wealtharena.metrics.runs.RunSeriesJanitor;
import org.wealtharena.training.baseline.BestConstantBaseline;
import org.wealtharena.training.baseline.ConstantActionSearch;
import org.wealtharena.training.checkpoint.Checkpoint;
import org.wealtharena.training.checkpoint.CheckpointException;
import org.wealtharena.training.checkpoint.CheckpointStore;
import org.wealtharena.training.engine.EngineSetup;
import org.wealtharena.training.trainer.CheckpointSchedule;
import org.wealtharena.training.trainer.EpisodeEngine;
import org.wealtharena.training.trainer.HeldOutEvaluation;
import org.wealtharena.training.trainer.IterationSummary;
import org.wealtharena.training.trainer.Trainer;
import org.wealtharena.training.trainer.TrainerSettings;
import org.wealtharena.training.trainer.TrainingFailedException;
import org.wealtharena.training.trainer.TrainingListener;
import org.wealtharena.training.trainer.TrainingResult;
import org.wealtharena.training.trainer.TrainingSeeds;

/**
 * What the commands that train or evaluate share: the default team on the configured market and on
 * the markets it is evaluated on besides, one engine for every episode (training, the best-constant
 * search, evaluation on every market: a pool of {@code threads} episode threads unless {@code
 * --engine} says otherwise), training runs with checkpoints in a directory, held-out evaluation,
 * and the fixed heuristic a trained policy must beat. Failures become {@link CliException}s: bad
 * checkpoints exit 2, a run that cannot go on exits 1.
 */
final class TrainingSession implements AutoCloseable {

  /** Confidence level of every reported interval. */
  static final double LEVEL = 0.95;

  /** Where a run's checkpoints go inside its output directory. */
  static final String CHECKPOINTS = "checkpoints";

  private static final Logger LOG = LoggerFactory.getLogger(TrainingSession.class);

  private final TrainingConfig config;
  private final List<EvaluationMarket> markets = new ArrayList<>();
  private final AllocationPolicies heuristic = new HeuristicPolicies();
  private final RunMetrics metrics;
  private final RunSeriesJanitor janitor;
  private final EpisodeEngine engine;

  /**
   * A market the policies are evaluated on.
   *
   * @param name what the reports call it
   * @param engine the session's engine, playing this market
   * @param outOfDistribution whether it is another market than the training one (it then draws the
   *     out-of-distribution seeds, else the held-out ones)
   */
  record EvaluationMarket(String name, EpisodeEngine engine, boolean outOfDistribution) {}

  /** What the reports call the training market's held-out seeds. */
  static final String HELD_OUT = "held-out";

  /**
   * @param engine where the episodes run, on every market
   * @param err where the warnings of a replayed CSV go (bars the reader skipped or repaired)
   * @param staleRunTtl how long a finished run's run_id series stay on the endpoint (0: forever)
   * @param outOfDistribution the markets beside the training one to evaluate on
   */
  TrainingSession(
      TrainingConfig config,
      EngineOption engine,
      RunMetrics metrics,
      PrintWriter err,
      Duration staleRunTtl,
      OutOfDistributionOptions.Markets outOfDistribution) {
    List<String> notes = new ArrayList<>();
    TrainingEnvironment environment = new TrainingEnvironment(config);
    int scaled = environment.addVolatilityScaled(outOfDistribution.volatility());
    Optional<Integer> replayed =
        outOfDistribution
            .replay()
            .map(
                replay -> {
                  checkUnseen(replay, config);
                  return environment.addReplay(replay);
                });
    environment.build(notes);
    MarketChoice.printNotes(err, notes);
    this.config = config;
    this.metrics = metrics;
    this.janitor = new RunSeriesJanitor(metrics.multiAgent(), staleRunTtl).startSweeping();
    this.engine =
        engine.open(
            new EngineSetup(
                config.threads(), environment, metrics.multiAgent(), metrics.specialized()));
    markets.add(new EvaluationMarket(HELD_OUT, this.engine, false));
    markets.add(
        new EvaluationMarket(
            "volatility x"
                + new BigDecimal(Double.toString(outOfDistribution.volatility()))
                    .stripTrailingZeros()
                    .toPlainString(),
            TrainingEnvironment.playing(this.engine, scaled),
            true));
    outOfDistribution
        .replay()
        .ifPresent(
            replay ->
                markets.add(
                    new EvaluationMarket(
                        "replay " + replay.csv().getFileName(),
                        TrainingEnvironment.playing(this.engine, replayed.orElseThrow()),
                        true)));
  }

  /**
   * Refuses an out-of-distribution replay of the training bars' directory on dates it trained on.
   */
  private static void checkUnseen(OutOfDistributionOptions.Replay replay, TrainingConfig config) {
    Optional<String> trainingCsv = config.market().csv();
    if (trainingCsv.isEmpty()
        || !Path.of(trainingCsv.get())
            .toAbsolutePath()
            .normalize()
            .equals(replay.csv().toAbsolutePath().normalize())) {
      return;
    }
    LocalDate trainFrom = config.market().from().orElse(LocalDate.MIN);
    LocalDate trainTo = config.market().to().orElse(LocalDate.MAX);
    LocalDate from = replay.from() != null ? replay.from() : LocalDate.MIN;
    LocalDate to = replay.to() != null ? replay.to() : LocalDate.MAX;
    if (!from.isAfter(trainTo) && !trainFrom.isAfter(to)) {
      throw new CliException(
          "--ood-csv: "
              + replay.csv()
              + " is the training market on dates training uses; give --ood-from/--ood-to"
              + " outside market.from/to ("
              + config.market().from().map(LocalDate::toString).orElse("start")
              + ".."
              + config.market().to().map(LocalDate::toString).orElse("end")
              + ")");
    }
  }

  /** The markets every run is evaluated on: the held-out seeds first, then the others. */
  List<EvaluationMarket> markets() {
    return List.copyOf(markets);
  }

  TrainerSettings settings(CoordinationType type, int run, String runId) {
    return new TrainerSettings(
        runId,
        type,
        config.iterations(),
        config.episodesPerIteration(),
        config.seed(),
        run,
        config.episodeDuration().toNanos(),
        config.decisionStep().toNanos(),
        config.ppo());
  }

  /** What a run does with checkpoints already in its directory. */
  enum Resume {
    /** Refuse to start over them. */
    NEVER,
    /** Continue from the newest; refuse when there is none, or when that run finished. */
    REQUIRED,
    /**
     * Continue from the newest, take a finished run's result as it is, start afresh without one (a
     * multi-seed experiment killed before it reached every run).
     */
    IF_PRESENT
  }

  /**
   * Trains run {@code run} of a {@code type} team with checkpoints in {@code directory}/{@value
   * #CHECKPOINTS}, resuming from them as {@code resume} says.
   */
  TrainingResult train(
      CoordinationType type,
      int run,
      String runId,
      Path directory,
      Resume resume,
      TrainingProgress progress) {
    TrainingConfig typed = config.withCoordination(type);
    CheckpointSchedule schedule =
        new CheckpointSchedule(
            new CheckpointStore(directory.resolve(CHECKPOINTS), typed.keepCheckpoints()),
            typed.checkpointEvery(),
            typed.resolvedSettings(run));
    TrainerSettings settings = settings(type, run, runId);
    Optional<Checkpoint> resumeFrom = startingPoint(schedule, type, resume);
    if (resumeFrom.isPresent() && resumeFrom.get().iteration() >= config.iterations()) {
      LOG.info("run {} had finished; its last checkpoint is its result", resumeFrom.get().runId());
      return Trainer.finished(settings, resumeFrom.get());
    }
    Trainer trainer =
        new Trainer(
            settings, metrics.multiAgent().coordination(type.label()), Optional.of(schedule));
    String effectiveRunId = resumeFrom.map(Checkpoint::runId).orElse(runId);
    metrics.describeRun(type.label(), effectiveRunId);
    janitor.runStarted(effectiveRunId);
    ShutdownSignal.Interruption interruption =
        ShutdownSignal.interruptOnSignal(Thread.currentThread());
    try {
      return trainer.run(engine, resumeFrom, new ProgressListener(progress));
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

  /** Whether {@code directory} holds checkpoints of a run. */
  static boolean hasCheckpoints(Path directory) {
    try {
      return !new CheckpointStore(directory.resolve(CHECKPOINTS), 1).files().isEmpty();
    } catch (IOException e) {
      throw new CliException(
          "cannot read checkpoints in " + directory.resolve(CHECKPOINTS) + ": " + e.getMessage(),
          e);
    }
  }

  private Optional<Checkpoint> startingPoint(
      CheckpointSchedule schedule, CoordinationType type, Resume resume) {
    try {
      if (resume == Resume.NEVER) {
        List<Path> existing = schedule.store().files();
        if (!existing.isEmpty()) {
          throw new CliException(
              schedule.store().directory()
                  + " already holds checkpoints of a run; add --resume"
                  + " to continue it or choose another --output");
        }
        return Optional.empty();
      }
      Optional<Checkpoint> newest = schedule.latest(type);
      if (resume == Resume.IF_PRESENT) {
        newest.ifPresent(
            latest ->
                LOG.info("resuming run {} after iteration {}", latest.runId(), latest.iteration()));
        return newest;
      }
      Checkpoint latest =
          newest.orElseThrow(
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
      throw new CliException((resume != Resume.NEVER ? "--resume: " : "") + e.getMessage(), e);
    } catch (IOException e) {
      throw new CliException(
          "cannot read checkpoints in " + schedule.store().directory() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Plays {@code policies} on {@code market} with the seeds of run {@code run} of a {@code type}
   * team, and each agent alone on them too when {@code coordinationValue} is set.
   */
  HeldOutEvaluation.Result evaluate(
      CoordinationType type,
      int run,
      EvaluationMarket market,
      String name,
      AllocationPolicies policies,
      boolean coordinationValue) {
    TrainerSettings settings = settings(type, run, "evaluation");
    HeldOutEvaluation evaluation =
        market.outOfDistribution()
            ? HeldOutEvaluation.outOfDistribution(settings, config.evaluationEpisodes())
            : HeldOutEvaluation.heldOut(settings, config.evaluationEpisodes());
    try {
      return evaluation.evaluate(name, policies, market.engine(), coordinationValue);
    } catch (TrainingFailedException e) {
      throw new CliException(
          "evaluation on the " + market.name() + " market failed: " + e.getMessage(), 1, e);
    }
  }

  /**
   * The best constant allocation of run {@code run} of a {@code type} team: searched on the run's
   * training seeds (those of its first iterations) with as many episodes as the run trained on in
   * {@code iterations} iterations.
   */
  BestConstantBaseline.Found bestConstant(CoordinationType type, int run, int iterations) {
    TrainingSeeds seeds = settings(type, run, "best-constant").seeds();
    long duration = config.episodeDuration().toNanos();
    long step = config.decisionStep().toNanos();
    try {
      return BestConstantBaseline.search(
          engine,
          seed -> new TeamEpisodeSpec(type, seed, duration, step, false),
          iterations * config.episodesPerIteration(),
          ConstantActionSearch.Settings.defaults(),
          seeds.bestConstantSearch(),
          (position, episode) -> seeds.trainingEpisode(position + 1, episode));
    } catch (TrainingFailedException e) {
      throw new CliException("best-constant search failed: " + e.getMessage(), 1, e);
    }
  }

  /** The fixed rules the coordination package ships, the baseline a learned policy must beat. */
  AllocationPolicies heuristic() {
    return heuristic;
  }

  @Override
  public void close() {
    engine.close();
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
