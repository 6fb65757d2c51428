package org.wealtharena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wealtharena.cli.config.ConfigOrigins;
import org.wealtharena.cli.config.PartialTrainingConfig;
import org.wealtharena.cli.config.TrainingConfig;
import org.wealtharena.cli.progress.TrainingProgress;
import org.wealtharena.coordination.AllocationPolicies;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.metrics.testing.Scrape;
import org.wealtharena.training.trainer.PpoDiagnostics;
import org.wealtharena.training.trainer.TrainingResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** A short real training run publishes every PPO diagnostics family and reports them. */
class TrainDiagnosticsTest {

  private static final List<String> PPO_FAMILIES =
      List.of(
          "multi_agent_policy_loss",
          "multi_agent_value_loss",
          "multi_agent_policy_entropy",
          "multi_agent_approx_kl",
          "multi_agent_clip_fraction",
          "multi_agent_explained_variance");

  @TempDir Path output;

  @Command(name = "stub")
  static final class Stub {
    @Mixin RunMetricsOptions options;
  }

  @Test
  void everyIterationsDiagnosticsReachTheFamiliesOfItsRunAndPolicy() {
    Stub stub = new Stub();
    new CommandLine(stub).parseArgs(CliRun.FREE_PORTS);
    TrainingConfig config =
        TrainingConfig.resolve(
            new PartialTrainingConfig(null, 2, 2, 1, 5L, "2m", null, null, null, null, null, null),
            ConfigOrigins.DEFAULTS_ONLY);
    StringWriter notes = new StringWriter();
    try (RunMetrics metrics = stub.options.start(RunMetrics.Mode.TRAIN, new PrintWriter(notes));
        TrainingSession session =
            new TrainingSession(
                config,
                new EngineOption(),
                metrics,
                new PrintWriter(notes),
                Duration.ZERO,
                new OutOfDistributionOptions.Markets(2, Optional.empty()))) {
      TrainingResult result =
          session.train(
              CoordinationType.HIERARCHICAL,
              0,
              "diagnostics-run",
              output,
              TrainingSession.Resume.NEVER,
              TrainingProgress.forOutput(false));

      PrometheusRegistry registry = metrics.multiAgent().registry();
      String role = AllocationPolicies.META_CONTROLLER;
      assertThat(result.diagnostics().roles()).contains(role);
      for (String family : PPO_FAMILIES) {
        assertThat(Scrape.points(registry, family))
            .as(family)
            .extracting(p -> p.getLabels().get("policy"))
            .containsExactlyInAnyOrderElementsOf(result.diagnostics().roles());
      }
      String[] labels = {
        "coordination_type", "hierarchical", "run_id", "diagnostics-run", "policy", role
      };
      assertThat(Scrape.value(registry, "multi_agent_approx_kl", labels))
          .hasValue(result.diagnostics().values(role, PpoDiagnostics.Statistic.APPROX_KL)[1]);
      assertThat(Scrape.value(registry, "multi_agent_policy_loss", labels))
          .hasValue(result.diagnostics().values(role, PpoDiagnostics.Statistic.POLICY_LOSS)[1]);
    }
  }

  @Test
  void summaryJsonHoldsEachRolesSixDiagnosticsPerIteration() throws IOException {
    CliRun run = TrainCommandTest.trainShort(output, "--iterations", "2", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode diagnostics = run.json().get("runs").get(0).get("ppoDiagnostics");
    JsonNode metaController = diagnostics.get(AllocationPolicies.META_CONTROLLER);
    assertThat(metaController).as(diagnostics.toString()).isNotNull();
    for (PpoDiagnostics.Statistic statistic : PpoDiagnostics.Statistic.values()) {
      JsonNode values = metaController.get(statistic.key());
      assertThat(values).as(statistic.key()).hasSize(2);
      values.forEach(v -> assertThat(v.isNumber()).as("%s %s", statistic.key(), v).isTrue());
    }
    assertThat(metaController.get("clipFraction").get(1).asDouble()).isBetween(0.0, 1.0);
  }
}
