package org.wealtharena.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wealtharena.cli.config.TrainingConfig;
import org.wealtharena.cli.config.TrainingConfigOptions;
import org.wealtharena.cli.config.TrainingLengthOptions;
import org.wealtharena.cli.progress.TrainingProgress;
import org.wealtharena.cli.report.EvaluationReport;
import org.wealtharena.cli.report.RewardChart;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.training.evaluation.PolicyEvaluation;
import org.wealtharena.training.trainer.HeldOutEvaluation;
import org.wealtharena.training.trainer.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wealtharena compare}: trains a team of every coordination type with the same settings and
 * seed, evaluates each trained policy on the same held-out seeds, and reports them side by side: a
 * table, {@code comparison.json}, {@code comparison.csv} and {@code rewards.png} (mean reward per
 * iteration of the three runs). Each type's checkpoints go to a subdirectory named after it.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Train and evaluate every coordination type on the same settings and seeds and compare"
            + " them (so there is no --coordination; a config file's coordination is not used).")
public final class CompareCommand implements Callable<Integer> {

  static final int CHART_WIDTH = 900;
  static final int CHART_HEIGHT = 500;

  @Mixin TrainingConfigOptions trainingOptions;
  @Mixin EngineOption engine;
  @Mixin TrainingLengthOptions length;
  @Mixin RunMetricsOptions metricsOptions;
  @Mixin StaleRunTtl staleRunTtl;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description =
          "Directory for checkpoints, reports and the chart. Default: wealtharena-output/compare-<time>.")
  Path output;

  @Option(names = "--json", description = "Print the comparison as JSON on stdout.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    engine.requireAvailable();
    TrainingConfig config = trainingOptions.resolve(length.given());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter notes = json ? err : out;

    Map<String, double[]> rewards = new LinkedHashMap<>();
    List<PolicyEvaluation> evaluations = new ArrayList<>();
    List<Map<String, Object>> runs = new ArrayList<>();
    try (OutputDirectory directory = OutputDirectory.claim(output, "compare");
        RunMetrics metrics = metricsOptions.start(RunMetrics.Mode.COMPARE, notes);
        TrainingSession training =
            new TrainingSession(config, engine, metrics, err, staleRunTtl.ttl())) {
      for (CoordinationType type : CoordinationType.values()) {
        TrainingResult result =
            training.train(
                type,
                directory.runId() + "-" + type.label(),
                directory.path().resolve(type.label()),
                false,
                TrainingProgress.forThisTerminal());
        HeldOutEvaluation.Result trained =
            training.evaluateWithCoordinationValue(
                type, type.label(), result.policies().meanActions());
        trained.recordTo(metrics.multiAgent().coordination(type.label()));
        evaluations.add(trained.toPolicyEvaluation());
        rewards.put(type.label(), result.meanRewardPerIteration());
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("coordination", type.label());
        run.put("runId", result.runId());
        run.put("trainingSeconds", result.wallSeconds());
        run.put(
            "meanRewardPerIteration",
            OutputDirectory.finiteOrNull(result.meanRewardPerIteration()));
        runs.add(run);
      }
      report(config, directory, rewards, evaluations, runs);
      metrics.linger(notes);
    }
    return 0;
  }

  /** Writes the reports and the chart, and prints the comparison. */
  private void report(
      TrainingConfig config,
      OutputDirectory directory,
      Map<String, double[]> rewards,
      List<PolicyEvaluation> evaluations,
      List<Map<String, Object>> runs) {
    PrintWriter out = spec.commandLine().getOut();
    EvaluationReport report = new EvaluationReport(evaluations, TrainingSession.LEVEL);
    directory.write("comparison.json", report.toJson());
    directory.write("comparison.csv", report.toCsv());
    directory.write("rewards.png", RewardChart.png(rewards, CHART_WIDTH, CHART_HEIGHT));
    if (json) {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("seed", config.seed());
      document.put("outputDirectory", directory.path().toString());
      document.put("runs", runs);
      document.put("evaluation", OutputDirectory.parse(report.toJson()));
      out.println(OutputDirectory.json(document));
    } else {
      out.printf(
          Locale.ROOT,
          "held-out evaluation of the trained policies (seed %d); reports and rewards.png in %s%n",
          config.seed(),
          directory.path());
      out.print(report.toText());
    }
    out.flush();
  }
}
