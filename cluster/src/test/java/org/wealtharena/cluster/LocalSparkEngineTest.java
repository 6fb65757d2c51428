package org.wealtharena.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On Spark's local[2] master, {@code train --engine spark} gives what {@code --engine local} does.
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
    assertThat(spark.comparableSummary().get("meanRewardPerIteration")).hasSize(2);
  }

  static List<String> freePorts(List<String> args) {
    args.addAll(List.of("--multi-agent-port", "0", "--specialized-agents-port", "0"));
    return args;
  }
}
