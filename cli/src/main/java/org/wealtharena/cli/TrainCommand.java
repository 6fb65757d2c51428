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
import org.wealtharena.cli.config.SeedsOption;
import org.wealtharena.cli.config.TrainingConfig;
import org.wealtharena.cli.config.TrainingConfigOptions;
import org.wealtharena.cli.config.TrainingLengthOptions;
import org.wealtharena.cli.report.Json;
import org.wealtharena.cli.report.ProtocolReport;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.training.trainer.PpoDiagnostics;
import org.wealtharena.training.trainer.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wealtharena train} (also what {@code wealtharena} alone runs): trains a team with PPO on
 * the configured market while both metrics endpoints serve ({@code --seeds N}: N independent runs),
 * then evaluates every run's trained policy against its baselines (untrained start, heuristic, each
 * agent alone) on held-out seeds of its own and on out-of-distribution markets. Writes checkpoints,
 * {@code evaluation.json}, {@code evaluation.csv} ({@link ProtocolReport}) and {@code summary.json}
 * to the output directory.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Train a team with PPO (default: a short hierarchical run on the embedded market),"
            + " then evaluate it on held-out seeds against its baselines (--seeds N: N runs).")
public final class TrainCommand implements Callable<Integer> {

  @Mixin TrainingConfigOptions trainingOptions;
  @Mixin EngineOption engine;
  @Mixin CoordinationOption coordination;
  @Mixin TrainingLengthOptions length;
  @Mixin RunMetricsOptions metricsOptions;
  @Mixin StaleRunTtl staleRunTtl;
  @Mixin SeedsOption seedsOption;
  @Mixin OutOfDistributionOptions outOfDistribution;

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
    engine.requireAvailable();
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
    int seeds = seedsOption.seeds();
    OutOfDistributionOptions.Markets otherMarkets = outOfDistribution.resolve();
    CoordinationType type = config.coordination();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter notes = json ? err : out;

    try (OutputDirectory directory = OutputDirectory.claim(output, type.label());
        RunMetrics metrics = metricsOptions.start(RunMetrics.Mode.TRAIN, notes);
        TrainingSession training =
            new TrainingSession(config, engine, metrics, err, staleRunTtl.ttl(), otherMarkets)) {
      Experiment experiment = new Experiment(training, metrics, seeds);
      if (resume && seeds > 1 && !experiment.anyCheckpoints(directory.path())) {
        throw new CliException(
            "--resume: nothing to resume in "
                + directory.path()
                + " (no run-<k>/checkpoints with a checkpoint); run without --resume to start"
                + " a new experiment");
      }
      long start = System.nanoTime();
      List<Experiment.Run> runs =
          experiment.runAll(type, directory.runId(), directory, directory.path(), resume);
      double seconds = (System.nanoTime() - start) / 1e9;
      ProtocolReport report =
          new ProtocolReport(experiment.groups(type, runs), TrainingSession.LEVEL);

      directory.write("evaluation.json", report.toJson());
      directory.write("evaluation.csv", report.toCsv());
      String summary = Json.of(summary(config, seeds, runs, directory, seconds, report));
      directory.write("summary.json", summary);
      experiment.recordEvaluationRewards(type, runs);
      if (json) {
        out.println(summary);
      } else {
        for (Experiment.Run run : runs) {
          TrainingResult result = run.training();
          out.printf(
              Locale.ROOT,
              "run %s (%s, run %d of %d): iterations %d-%d in %.1f s%n",
              result.runId(),
              type.label(),
              run.run(),
              seeds,
              result.firstIteration(),
              result.lastIteration(),
              result.wallSeconds());
        }
        out.printf(
            Locale.ROOT,
            "training and evaluation %.1f s; reports in %s%n",
            seconds,
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
      int seeds,
      List<Experiment.Run> runs,
      OutputDirectory directory,
      double seconds,
      ProtocolReport report) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("coordination", config.coordination().label());
    summary.put("seeds", seeds);
    summary.put("episodesPerIteration", config.episodesPerIteration());
    summary.put("threads", config.threads());
    summary.put("seed", config.seed());
    summary.put("wallSeconds", seconds);
    summary.put("runs", runs.stream().map(TrainCommand::runSummary).toList());
    summary.put("outputDirectory", directory.path().toString());
    summary.put("evaluation", Json.parse(report.toJson()));
    return summary;
  }

  /** What a run's training did. */
  static Map<String, Object> runSummary(Experiment.Run run) {
    TrainingResult result = run.training();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("run", run.run());
    summary.put("runId", result.runId());
    summary.put("firstIteration", result.firstIteration());
    summary.put("lastIteration", result.lastIteration());
    summary.put("trainingSeconds", result.wallSeconds());
    summary.put("failedEpisodes", result.failedEpisodes());
    summary.put("skippedUpdates", result.skippedUpdates());
    summary.put(
        "meanRewardPerIteration", OutputDirectory.finiteOrNull(result.meanRewardPerIteration()));
    summary.put("ppoDiagnostics", ppoDiagnostics(result.diagnostics()));
    summary.put("checkpoint", result.lastCheckpoint().map(Path::toString).orElse(null));
    return summary;
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
