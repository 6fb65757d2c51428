package org.wealtharena.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.wealtharena.cli.config.TrainingConfig;
import org.wealtharena.cli.config.TrainingConfigOptions;
import org.wealtharena.cli.report.ProtocolReport;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.metrics.CoordinationMetrics;
import org.wealtharena.training.checkpoint.Checkpoint;
import org.wealtharena.training.checkpoint.CheckpointException;
import org.wealtharena.training.checkpoint.CheckpointKey;
import org.wealtharena.training.checkpoint.CheckpointStore;
import org.wealtharena.training.trainer.HeldOutEvaluation;
import org.wealtharena.training.trainer.LearnedPolicies;
import org.wealtharena.training.trainer.TrainingSeeds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wealtharena evaluate --checkpoint FILE}: plays the checkpoint's policies and the baselines
 * on the held-out seeds of the run that wrote it (its run index is in the checkpoint's settings)
 * and on the out-of-distribution markets. The training settings must be the run's (same config file
 * and options); the coordination type comes from the checkpoint.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Evaluate a checkpoint's policies against the baselines on held-out seeds"
            + " (give the training settings the run used).")
public final class EvaluateCommand implements Callable<Integer> {

  @Mixin TrainingConfigOptions trainingOptions;
  @Mixin EngineOption engine;
  @Mixin RunMetricsOptions metricsOptions;
  @Mixin OutOfDistributionOptions outOfDistribution;

  @Option(
      names = "--checkpoint",
      required = true,
      paramLabel = "FILE",
      description = "Checkpoint to evaluate.")
  Path checkpointFile;

  @Option(names = "--json", description = "Print the evaluation as JSON on stdout.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    engine.requireAvailable();
    TrainingConfig given = trainingOptions.resolve();
    OutOfDistributionOptions.Markets otherMarkets = outOfDistribution.resolve();
    Checkpoint checkpoint;
    TrainingConfig config;
    int run;
    try {
      Checkpoint unchecked = CheckpointStore.read(checkpointFile);
      CoordinationType type = CoordinationType.fromLabel(unchecked.coordination());
      run = TrainingConfig.runOf(unchecked.settings());
      config = given.withCoordination(type);
      checkpoint =
          CheckpointStore.read(
              checkpointFile, new CheckpointKey(type.label(), config.resolvedSettings(run)));
    } catch (CheckpointException | IllegalArgumentException e) {
      throw new CliException("--checkpoint: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new CliException("cannot read " + checkpointFile + ": " + e.getMessage(), e);
    }
    LearnedPolicies policies =
        new LearnedPolicies(config.ppo(), new TrainingSeeds(config.seed(), run));
    policies.restore(checkpoint.policies());

    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter notes = json ? err : out;
    try (RunMetrics metrics = metricsOptions.start(RunMetrics.Mode.EVALUATE, notes);
        TrainingSession training =
            new TrainingSession(config, engine, metrics, err, Duration.ZERO, otherMarkets)) {
      CoordinationType type = config.coordination();
      metrics.describeRun(type.label(), checkpoint.runId());
      Experiment experiment = new Experiment(training, metrics, 1);
      List<List<HeldOutEvaluation.Result>> markets =
          experiment.evaluate(type, run, policies, checkpoint.iteration());
      CoordinationMetrics typeMetrics = metrics.multiAgent().coordination(type.label());
      markets.get(0).get(0).recordTo(typeMetrics);
      ProtocolReport report =
          new ProtocolReport(experiment.groupsOf(type, List.of(markets)), TrainingSession.LEVEL);
      if (json) {
        out.println(report.toJson());
      } else {
        out.printf(
            "checkpoint %s: run %s (run %d of its seed), %s, iteration %d%n",
            checkpointFile,
            checkpoint.runId(),
            run,
            checkpoint.coordination(),
            checkpoint.iteration());
        out.print(report.toText());
      }
      out.flush();
      Experiment.recordEvaluationRewards(typeMetrics, checkpoint.runId(), markets.get(0));
      metrics.linger(notes);
    }
    return 0;
  }
}
