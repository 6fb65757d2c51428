package org.wealtharena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.testing.Scrape;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class RunMetricsTest {

  @Command(name = "stub")
  static final class Stub {
    @Mixin RunMetricsOptions options;
  }

  private static RunMetricsOptions options(String... args) {
    Stub stub = new Stub();
    new CommandLine(stub).parseArgs(args);
    return stub.options;
  }

  private static List<String> runInfoLines(PrometheusRegistry registry) {
    return Scrape.text(registry)
        .lines()
        .filter(l -> l.startsWith("wealtharena_run_info{"))
        .toList();
  }

  @Test
  void bothEndpointsSayWhatRunsAndTheDescriptionFollowsTheRun() {
    StringWriter notes = new StringWriter();
    try (RunMetrics metrics =
        options(CliRun.FREE_PORTS).start(RunMetrics.Mode.TRAIN, new PrintWriter(notes))) {
      assertThat(metrics.serving()).isTrue();
      assertThat(notes.toString().lines()).filteredOn(l -> l.startsWith("metrics: ")).hasSize(2);
      for (PrometheusRegistry registry :
          List.of(metrics.multiAgent().registry(), metrics.specialized().registry())) {
        assertThat(runInfoLines(registry))
            .singleElement()
            .asString()
            .contains("mode=\"train\"", "coordination_type=\"none\"", "run_id=\"train-")
            .endsWith("} 1");
      }

      metrics.describeRun("centralized", "run-7");
      for (PrometheusRegistry registry :
          List.of(metrics.multiAgent().registry(), metrics.specialized().registry())) {
        assertThat(runInfoLines(registry))
            .as("one run, one series")
            .singleElement()
            .asString()
            .contains("coordination_type=\"centralized\"", "run_id=\"run-7\"");
      }
    }
  }

  @Test
  void aRunThatRecordsNothingServesOnlyToLinger() throws InterruptedException {
    StringWriter notes = new StringWriter();
    try (RunMetrics metrics =
        options(CliRun.FREE_PORTS)
            .startServingOnlyToLinger(RunMetrics.Mode.SIMULATE, new PrintWriter(notes))) {
      assertThat(metrics.serving()).isFalse();
      metrics.linger(new PrintWriter(notes));
    }
    assertThat(notes.toString()).isEmpty();

    List<String> lingering = new ArrayList<>(List.of(CliRun.FREE_PORTS));
    lingering.addAll(List.of("--linger", "1ms"));
    try (RunMetrics metrics =
        options(lingering.toArray(String[]::new))
            .startServingOnlyToLinger(RunMetrics.Mode.SIMULATE, new PrintWriter(notes))) {
      assertThat(metrics.serving()).isTrue();
      metrics.linger(new PrintWriter(notes));
    }
    assertThat(notes.toString()).contains("metrics: ", "lingering: serving metrics for 1 ms");
  }
}
