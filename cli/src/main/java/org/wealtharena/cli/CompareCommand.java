package org.wealtharena.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wealtharena.cli.config.SeedsOption;
import org.wealtharena.cli.config.TrainingConfig;
import org.wealtharena.cli.config.TrainingConfigOptions;
import org.wealtharena.cli.config.TrainingLengthOptions;
import org.wealtharena.cli.report.Json;
import org.wealtharena.cli.report.PerformanceProfileChart;
import org.wealtharena.cli.report.ProtocolReport;
import org.wealtharena.cli.report.RewardChart;
import org.wealtharena.coordination.CoordinationType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wealtharena compare}: trains a team of every coordination type with the same settings and
 * seeds ({@code --seeds N}: N runs per type, run k of every type on the seeds of run k), evaluates
 * each run's trained policy and baselines on the same held-out and out-of-distribution seeds, and
 * reports them side by side: a table, {@code comparison.json}, {@code comparison.csv} ({@link
 * ProtocolReport}), {@code rewards.png} (mean reward per iteration with a confidence band across
 * runs) and {@code profile-<type>.png} (performance profiles). Each type's checkpoints go to a
 * subdirectory named after it.
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
  static final String REWARDS_PNG = "rewards.png";

  @Mixin TrainingConfigOptions trainingOptions;
  @Mixin EngineOption engine;
  @Mixin TrainingLengthOptions length;
  @Mixin RunMetricsOptions metricsOptions;
  @Mixin StaleRunTtl staleRunTtl;
  @Mixin SeedsOption seedsOption;
  @Mixin OutOfDistributionOptions outOfDistribution;

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
    TrainingConfig config =
        trainingOptions.resolveOver(TrainingConfig.COMPARE_DEFAULTS, length.given());
    int seeds = seedsOption.seeds();
    OutOfDistributionOptions.Markets otherMarkets = outOfDistribution.resolve();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter notes = json ? err : out;

    Map<String, List<double[]>> rewards = new LinkedHashMap<>();
    List<ProtocolReport.Group> groups = new ArrayList<>();
    List<Map<String, Object>> runs = new ArrayList<>();
    Map<CoordinationType, List<Experiment.Run>> finished = new LinkedHashMap<>();
    try (OutputDirectory directory = OutputDirectory.claim(output, "compare");
        RunMetrics metrics = metricsOptions.start(RunMetrics.Mode.COMPARE, notes);
        TrainingSession training =
            new TrainingSession(config, engine, metrics, err, staleRunTtl.ttl(), otherMarkets)) {
      Experiment experiment = new Experiment(training, metrics, seeds);
      for (CoordinationType type : CoordinationType.values()) {
        List<Experiment.Run> typeRuns =
            experiment.runAll(
                type,
                directory.runId() + "-" + type.label(),
                directory,
                directory.path().resolve(type.label()),
                false);
        groups.addAll(experiment.groups(type, typeRuns));
        finished.put(type, typeRuns);
        rewards.put(
            type.label(),
            typeRuns.stream().map(r -> r.training().meanRewardPerIteration()).toList());
        for (Experiment.Run run : typeRuns) {
          Map<String, Object> summary = new LinkedHashMap<>();
          summary.put("coordination", type.label());
          summary.putAll(TrainCommand.runSummary(run));
          runs.add(summary);
        }
      }
      report(config, seeds, directory, rewards, groups, runs);
      finished.forEach(experiment::recordEvaluationRewards);
      metrics.linger(notes);
    }
    return 0;
  }

  /** Writes the reports and the charts, and prints the comparison. */
  private void report(
      TrainingConfig config,
      int seeds,
      OutputDirectory directory,
      Map<String, List<double[]>> rewards,
      List<ProtocolReport.Group> groups,
      List<Map<String, Object>> runs) {
    PrintWriter out = spec.commandLine().getOut();
    ProtocolReport report = new ProtocolReport(groups, TrainingSession.LEVEL);
    directory.write("comparison.json", report.toJson());
    directory.write("comparison.csv", report.toCsv());
    directory.write(
        REWARDS_PNG, RewardChart.png(rewards, TrainingSession.LEVEL, CHART_WIDTH, CHART_HEIGHT));
    for (ProtocolReport.Group group : groups) {
      if (group.market().equals(TrainingSession.HELD_OUT)) {
        directory.write(
            "profile-" + group.coordination() + ".png",
            PerformanceProfileChart.png(report, group, CHART_WIDTH, CHART_HEIGHT));
      }
    }
    if (json) {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("seed", config.seed());
      document.put("seeds", seeds);
      document.put("outputDirectory", directory.path().toString());
      document.put("runs", runs);
      document.put("evaluation", Json.parse(report.toJson()));
      out.println(Json.of(document));
    } else {
      out.printf(
          Locale.ROOT,
          "evaluation of %d run(s) per coordination type (seed %d); reports, %s and"
              + " profile-<type>.png in %s%n",
          seeds,
          config.seed(),
          REWARDS_PNG,
          directory.path());
      out.print(report.toText());
    }
    out.flush();
  }
}
