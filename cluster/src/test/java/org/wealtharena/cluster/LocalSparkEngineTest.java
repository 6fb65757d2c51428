package org.wealtharena.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On Spark's local[2] master, {@code train --engine spark} gives what {@code --engine local} does:
 * training, the best-constant search and the evaluation on every market.
 */
class LocalSparkEngineTest {

  @TempDir Path directory;

  @Test
  void localTwoGivesTheSummaryOfTheInProcessPool() throws Exception {
    Driver.Run local =
        Driver.run(
            freePorts(Driver.tinyTrain(directory, "local")),
            List.of(),
            Map.of(),
            directory,
            (line, stop) -> {});
    Driver.Run spark =
        Driver.run(
            freePorts(Driver.tinyTrain(directory, "spark")),
            List.of("-Dspark.master=local[2]"),
            Map.of(),
            directory,
            (line, stop) -> {});

    assertThat(local.exitCode()).as(local.err()).isZero();
    assertThat(spark.exitCode()).as(spark.err()).isZero();
    assertThat(spark.comparableSummary()).isEqualTo(local.comparableSummary());
    JsonNode summary = spark.comparableSummary();
    assertThat(summary.get("runs").get(0).get("meanRewardPerIteration")).hasSize(2);
    // the best-constant search and the out-of-distribution market ran on Spark too
    List<String> evaluated = new ArrayList<>();
    for (JsonNode group : summary.get("evaluation").get("groups")) {
      for (JsonNode policy : group.get("policies")) {
        evaluated.add(group.get("market").asText() + "/" + policy.get("policy").asText());
      }
    }
    assertThat(evaluated).contains("held-out/best_constant", "volatility x2/trained");
  }

  static List<String> freePorts(List<String> args) {
    args.addAll(List.of("--multi-agent-port", "0", "--specialized-agents-port", "0"));
    return args;
  }
}
