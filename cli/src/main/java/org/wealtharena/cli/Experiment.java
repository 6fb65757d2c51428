package org.wealtharena.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wealtharena.cli.progress.TrainingProgress;
import org.wealtharena.cli.report.EvaluationReport;
import org.wealtharena.cli.report.ProtocolReport;
import org.wealtharena.coordination.AgentEpisodeResult;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.metrics.CoordinationMetrics;
import org.wealtharena.training.baseline.BestConstantBaseline;
import org.wealtharena.training.evaluation.ConfidenceInterval;
import org.wealtharena.training.evaluation.EvaluationMetric;
import org.wealtharena.training.evaluation.PolicyEvaluation;
import org.wealtharena.training.trainer.HeldOutEvaluation;
import org.wealtharena.training.trainer.LearnedPolicies;
import org.wealtharena.training.trainer.TrainingResult;

/**
 * The runs of the commands that train: for each coordination type, {@code seeds} independent
 * training runs (run k with the seeds of its own, {@link
 * org.wealtharena.training.trainer.TrainingSeeds}), each evaluated with every baseline on the same
 * seeds of every evaluation market. One run keeps its checkpoints in the directory given; several
 * keep theirs in its subdirectories {@code run-<k>}.
 */
final class Experiment {

  /** Where the episode-level report of a run's held-out evaluation goes, in its directory. */
  static final String EPISODES_JSON = "evaluation-episodes.json";

  /**
   * One run, trained and evaluated.
   *
   * @param markets per evaluation market (in the session's order) every policy's results, the
   *     trained policy's first
   */
  record Run(
      CoordinationType type,
      int run,
      TrainingResult training,
      List<List<HeldOutEvaluation.Result>> markets) {

    /** The trained policy on the held-out seeds, measured with the coordination value. */
    HeldOutEvaluation.Result trainedHeldOut() {
      return markets.get(0).get(0);
    }
  }

  private final TrainingSession session;
  private final RunMetrics metrics;
  private final int seeds;

  Experiment(TrainingSession session, RunMetrics metrics, int seeds) {
    this.session = session;
    this.metrics = metrics;
    this.seeds = seeds;
  }

  int seeds() {
    return seeds;
  }

  /** Where run {@code run} of an experiment in {@code base} keeps its checkpoints. */
  Path runDirectory(Path base, int run) {
    return seeds == 1 ? base : base.resolve("run-" + run);
  }

  /** The run id of run {@code run} of an experiment whose id is {@code experimentId}. */
  String runId(String experimentId, int run) {
    return seeds == 1 ? experimentId : experimentId + "-run" + run;
  }

  /**
   * Whether a run of {@code base} has checkpoints to resume.
   *
   * @param base the experiment's directory for one coordination type
   */
  boolean anyCheckpoints(Path base) {
    for (int run = 0; run < seeds; run++) {
      if (TrainingSession.hasCheckpoints(runDirectory(base, run))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Trains and evaluates every run of {@code type}; writes each run's episode-level held-out report
   * ({@value #EPISODES_JSON}) to its directory.
   */
  List<Run> runAll(
      CoordinationType type,
      String experimentId,
      OutputDirectory directory,
      Path base,
      boolean resume) {
    TrainingSession.Resume mode =
        !resume
            ? TrainingSession.Resume.NEVER
            : seeds == 1 ? TrainingSession.Resume.REQUIRED : TrainingSession.Resume.IF_PRESENT;
    List<Run> runs = new ArrayList<>();
    for (int run = 0; run < seeds; run++) {
      Path runDirectory = runDirectory(base, run);
      TrainingResult result =
          session.train(
              type,
              run,
              runId(experimentId, run),
              runDirectory,
              mode,
              TrainingProgress.forThisTerminal());
      Run evaluated =
          new Run(
              type, run, result, evaluate(type, run, result.policies(), result.lastIteration()));
      evaluated.trainedHeldOut().recordTo(metrics.multiAgent().coordination(type.label()));
      EvaluationReport episodes =
          new EvaluationReport(
              evaluated.markets().get(0).stream()
                  .map(HeldOutEvaluation.Result::toPolicyEvaluation)
                  .toList(),
              TrainingSession.LEVEL);
      directory.write(
          directory.path().relativize(runDirectory.resolve(EPISODES_JSON)).toString(),
          episodes.toJson());
      runs.add(evaluated);
    }
    return runs;
  }

  /**
   * Every policy's held-out mean episode reward and its interval as {@code
   * multi_agent_evaluation_reward} of each of {@code runs} (of one type). The commands record them
   * once their reports are written: a scraper that sees them sees a finished run.
   */
  void recordEvaluationRewards(CoordinationType type, List<Run> runs) {
    CoordinationMetrics typeMetrics = metrics.multiAgent().coordination(type.label());
    for (Run run : runs) {
      recordEvaluationRewards(typeMetrics, run.training().runId(), run.markets().get(0));
    }
  }

  /**
   * Every policy's held-out mean episode reward and its interval as {@code
   * multi_agent_evaluation_reward} of the run.
   */
  static void recordEvaluationRewards(
      CoordinationMetrics metrics, String runId, List<HeldOutEvaluation.Result> heldOut) {
    for (HeldOutEvaluation.Result result : heldOut) {
      ConfidenceInterval reward =
          result
              .toPolicyEvaluation()
              .interval(EvaluationMetric.REWARD, TrainingSession.LEVEL)
              .orElseThrow();
      metrics.evaluationReward(
          runId, result.policy(), reward.mean(), reward.lower(), reward.upper());
    }
  }

  /**
   * Plays the {@code trained} policies and every baseline on every evaluation market with the seeds
   * of run {@code run}: per market every policy's results, the trained policy's first.
   *
   * @param iterations the iterations the policies were trained for (the best-constant search gets
   *     as many episodes)
   */
  List<List<HeldOutEvaluation.Result>> evaluate(
      CoordinationType type, int run, LearnedPolicies trained, int iterations) {
    BestConstantBaseline.Found bestConstant = session.bestConstant(type, run, iterations);
    List<List<HeldOutEvaluation.Result>> markets = new ArrayList<>();
    for (TrainingSession.EvaluationMarket market : session.markets()) {
      List<HeldOutEvaluation.Result> results = new ArrayList<>();
      HeldOutEvaluation.Result played =
          session.evaluate(
              type,
              run,
              market,
              Baselines.TRAINED,
              trained.meanActions(),
              !market.outOfDistribution());
      results.add(played);
      List<AgentEpisodeResult> agents = played.episodes().get(0).agents();
      for (Baselines.Named baseline : Baselines.of(trained, agents, bestConstant)) {
        results.add(
            session.evaluate(type, run, market, baseline.name(), baseline.policies(), false));
      }
      markets.add(results);
    }
    return markets;
  }

  /** The report's groups of {@code runs} (all of one type): one per evaluation market. */
  List<ProtocolReport.Group> groups(CoordinationType type, List<Run> runs) {
    return groupsOf(type, runs.stream().map(Run::markets).toList());
  }

  /**
   * The report's groups of the evaluations of a type's runs ({@code runs.get(k)}: run k's, as
   * {@link #evaluate} returns them): one per evaluation market.
   */
  List<ProtocolReport.Group> groupsOf(
      CoordinationType type, List<List<List<HeldOutEvaluation.Result>>> runs) {
    List<ProtocolReport.Group> groups = new ArrayList<>();
    List<TrainingSession.EvaluationMarket> markets = session.markets();
    for (int m = 0; m < markets.size(); m++) {
      int market = m;
      List<String> policies =
          runs.get(0).get(market).stream().map(HeldOutEvaluation.Result::policy).toList();
      List<List<PolicyEvaluation>> byPolicy = new ArrayList<>();
      for (int p = 0; p < policies.size(); p++) {
        int policy = p;
        byPolicy.add(
            runs.stream().map(r -> r.get(market).get(policy).toPolicyEvaluation()).toList());
      }
      groups.add(new ProtocolReport.Group(type.label(), markets.get(m).name(), policies, byPolicy));
    }
    return groups;
  }
}
