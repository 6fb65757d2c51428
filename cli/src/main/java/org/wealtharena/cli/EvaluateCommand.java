package org.wealtharena.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.wealtharena.cli.config.TrainingConfig;
import org.wealtharena.cli.config.TrainingConfigOptions;
import org.wealtharena.cli.report.EvaluationReport;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.training.checkpoint.Checkpoint;
import org.wealtharena.training.checkpoint.CheckpointException;
import org.wealtharena.training.checkpoint.CheckpointKey;
import org.wealtharena.training.checkpoint.CheckpointStore;
import org.wealtharena.training.trainer.LearnedPolicies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wealtharena evaluate --checkpoint FILE}: plays the checkpoint's policies and the fixed
 * heuristic on the held-out seeds of the run that wrote it. The training settings must be the run's
 * (same config file and options); the coordination type comes from the checkpoint.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Evaluate a checkpoint's policies against the heuristic on held-out seeds"
            + " (give the training settings the run used).")
public final class EvaluateCommand implements Callable<Integer> {

  @Mixin TrainingConfigOptions trainingOptions;
  @Mixin EngineOption engine;
  @Mixin RunMetricsOptions metricsOptions;

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
    Checkpoint checkpoint;
    TrainingConfig config;
    try {
      CoordinationType type =
          CoordinationType.fromLabel(CheckpointStore.read(checkpointFile).coordination());
      config = given.withCoordination(type);
      checkpoint =
          CheckpointStore.read(
              checkpointFile, new CheckpointKey(type.label(), config.resolvedSettings()));
    } catch (CheckpointException | IllegalArgumentException e) {
      throw new CliException("--checkpoint: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new CliException("cannot read " + checkpointFile + ": " + e.getMessage(), e);
    }
    LearnedPolicies policies = new LearnedPolicies(config.ppo(), config.seed());
    policies.restore(checkpoint.policies());

    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter notes = json ? err : out;
    try (RunMetrics metrics = metricsOptions.start(RunMetrics.Mode.EVALUATE, notes);
        TrainingSession training =
            new TrainingSession(config, engine, metrics, err, Duration.ZERO)) {
      CoordinationType type = config.coordination();
      metrics.describeRun(type.label(), checkpoint.runId());
      EvaluationReport report =
          new EvaluationReport(
              List.of(
                  training
                      .evaluateWithCoordinationValue(type, "trained", policies.meanActions())
                      .toPolicyEvaluation(),
                  training.evaluate(type, "heuristic", training.heuristic()).toPolicyEvaluation()),
              TrainingSession.LEVEL);
      if (json) {
        out.println(report.toJson());
      } else {
        out.printf(
            "checkpoint %s: run %s, %s, iteration %d%n",
            checkpointFile, checkpoint.runId(), checkpoint.coordination(), checkpoint.iteration());
        out.print(report.toText());
      }
      out.flush();
      metrics.linger(notes);
    }
    return 0;
  }
}
