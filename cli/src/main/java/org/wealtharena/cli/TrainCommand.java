package org.wealtharena.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wealtharena.cli.config.CoordinationOption;
import org.wealtharena.cli.config.TrainingConfig;
import org.wealtharena.cli.config.TrainingConfigOptions;
import org.wealtharena.cli.config.TrainingLengthOptions;
import org.wealtharena.cli.progress.TrainingProgress;
import org.wealtharena.cli.report.EvaluationReport;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.metrics.CoordinationMetrics;
import org.wealtharena.training.evaluation.EvaluationMetric;
import org.wealtharena.training.evaluation.PolicyEvaluation;
import org.wealtharena.training.trainer.HeldOutEvaluation;
import org.wealtharena.training.trainer.PpoDiagnostics;
import org.wealtharena.training.trainer.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wealtharena train} (also what {@code wealtharena} alone runs): trains a team with PPO on
 * the configured market while both metrics endpoints serve, then evaluates the trained policy
 * against its untrained start and the fixed heuristic on held-out seeds. Writes checkpoints, {@code
 * evaluation.json}, {@code evaluation.csv} and {@code summary.json} to the output directory.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Train a team with PPO (default: a short hierarchical run on the embedded market),"
            + " then evaluate it on held-out seeds against its untrained start and the heuristic.")
public final class TrainCommand implements Callable<Integer> {

  @Mixin TrainingConfigOptions trainingOptions;
  @Mixin CoordinationOption coordination;
  @Mixin TrainingLengthOptions length;
  @Mixin RunMetricsOptions metricsOptions;
  @Mixin StaleRunTtl staleRunTtl;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description = "Directory for checkpoints and reports. Default: wealtharena-output/<run id>.")
  Path output;

  @Option(
      names = "--resume",
      description = "Continue the run in --output from its newest intact checkpoint.")
  boolean resume;

  @Option(names = "--json", description = "Print the run summary and evaluation as JSON on stdout.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    TrainingConfig config = trainingOptions.resolve(coordination.given(), length.given());
    if (resume && output == null) {
      throw new CliException("--resume needs --output DIR, the directory of the run to continue");
    }
    if (resume && !Files.isDirectory(output)) {
      throw new CliException(
          "--resume: nothing to resume in "
              + output
              + " (no such directory); give the --output of the run to continue");
    }
    CoordinationType type = config.coordination();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter notes = json ? err : out;

    try (OutputDirectory directory = OutputDirectory.claim(output, type.label());
        RunMetrics metrics = metricsOptions.start(RunMetrics.Mode.TRAIN, notes);
        TrainingSession training = new TrainingSession(config, metrics, err, staleRunTtl.ttl())) {
      TrainingResult result =
          training.train(
              type,
              directory.runId(),
              directory.path(),
              resume,
              TrainingProgress.forThisTerminal());

      long evaluationStart = System.nanoTime();
      HeldOutEvaluation.Result trained =
          training.evaluateWithCoordinationValue(type, "trained", result.policies().meanActions());
      trained.recordTo(metrics.multiAgent().coordination(type.label()));
      HeldOutEvaluation.Result untrained =
          training.evaluate(type, "untrained", result.policies().untrainedStart().meanActions());
      HeldOutEvaluation.Result heuristic =
          training.evaluate(type, "heuristic", training.heuristic());
      double evaluationSeconds = (System.nanoTime() - evaluationStart) / 1e9;
      List<PolicyEvaluation> evaluations =
          List.of(
              trained.toPolicyEvaluation(),
              untrained.toPolicyEvaluation(),
              heuristic.toPolicyEvaluation());
      recordEvaluationRewards(
          metrics.multiAgent().coordination(type.label()), result.runId(), evaluations);
      EvaluationReport report = new EvaluationReport(evaluations, TrainingSession.LEVEL);

      directory.write("evaluation.json", report.toJson());
      directory.write("evaluation.csv", report.toCsv());
      String summary =
          OutputDirectory.json(summary(config, result, directory, evaluationSeconds, report));
      directory.write("summary.json", summary);
      if (json) {
        out.println(summary);
      } else {
        out.printf(
            Locale.ROOT,
            "run %s (%s): iterations %d-%d in %.1f s, evaluation %.1f s; reports in %s%n",
            result.runId(),
            type.label(),
            result.firstIteration(),
            result.lastIteration(),
            result.wallSeconds(),
            evaluationSeconds,
            directory.path());
        out.print(report.toText());
      }
      out.flush();
      metrics.linger(notes);
    }
    return 0;
  }

  private static Map<String, Object> summary(
      TrainingConfig config,
      TrainingResult result,
      OutputDirectory directory,
      double evaluationSeconds,
      EvaluationReport report) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("runId", result.runId());
    summary.put("coordination", config.coordination().label());
    summary.put("firstIteration", result.firstIteration());
    summary.put("lastIteration", result.lastIteration());
    summary.put("episodesPerIteration", config.episodesPerIteration());
    summary.put("threads", config.threads());
    summary.put("seed", config.seed());
    summary.put("trainingSeconds", result.wallSeconds());
    summary.put("evaluationSeconds", evaluationSeconds);
    summary.put("failedEpisodes", result.failedEpisodes());
    summary.put("skippedUpdates", result.skippedUpdates());
    summary.put(
        "meanRewardPerIteration", OutputDirectory.finiteOrNull(result.meanRewardPerIteration()));
    summary.put("ppoDiagnostics", ppoDiagnostics(result.diagnostics()));
    summary.put("outputDirectory", directory.path().toString());
    summary.put("checkpoint", result.lastCheckpoint().map(Path::toString).orElse(null));
    summary.put("evaluation", OutputDirectory.parse(report.toJson()));
    return summary;
  }

  /** Each policy's held-out reward with its interval, as multi_agent_evaluation_reward. */
  private static void recordEvaluationRewards(
      CoordinationMetrics metrics, String runId, List<PolicyEvaluation> evaluations) {
    for (PolicyEvaluation evaluation : evaluations) {
      evaluation
          .interval(EvaluationMetric.REWARD, TrainingSession.LEVEL)
          .ifPresent(
              reward ->
                  metrics.evaluationReward(
                      runId, evaluation.policy(), reward.mean(), reward.lower(), reward.upper()));
    }
  }

  /** Per role, per statistic, one value per iteration (null where there was no update). */
  private static Map<String, Object> ppoDiagnostics(PpoDiagnostics diagnostics) {
    Map<String, Object> roles = new LinkedHashMap<>();
    for (String role : diagnostics.roles()) {
      Map<String, Object> statistics = new LinkedHashMap<>();
      for (PpoDiagnostics.Statistic statistic : PpoDiagnostics.Statistic.values()) {
        statistics.put(
            statistic.key(), OutputDirectory.finiteOrNull(diagnostics.values(role, statistic)));
      }
      roles.put(role, statistics);
    }
    return roles;
  }
}
