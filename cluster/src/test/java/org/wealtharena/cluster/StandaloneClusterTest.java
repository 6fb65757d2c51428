package org.wealtharena.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wealtharena.metrics.testing.Catalog;
import org.wealtharena.metrics.testing.SparkSeries;

/**
 * {@code train --engine spark} on a real standalone cluster on loopback (master, two workers,
 * executors in JVMs of their own, authentication and encryption on): the summary is that of {@code
 * --engine local}, the driver's endpoints carry every family, a killed executor changes nothing,
 * and a driver with the wrong secret runs nothing.
 */
class StandaloneClusterTest {

  private static final String SECRET = "loopback-test-secret-" + ProcessHandle.current().pid();
  private static final Pattern STARTING_TASK_OF_ITERATION_2 =
      Pattern.compile("Starting task \\S+ in stage 1\\.0 .*executor (\\d+)");

  /** The catalog's added family on both endpoints (not in {@link Catalog}, ours). */
  private static final String RUN_INFO = "wealtharena_run_info";

  @TempDir static Path directory;
  private static LoopbackCluster cluster;
  private static Driver.Lingered local;

  @BeforeAll
  static void startClusterAndRunLocally() throws Exception {
    cluster = new LoopbackCluster(directory, SECRET);
    local =
        Driver.lingering(
            Driver.tinyTrain(directory.resolve("local"), "local"),
            List.of(),
            Map.of(),
            directory,
            false);
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void theClusterGivesTheLocalSummaryAndTheDriverCarriesEveryFamily() throws Exception {
    Driver.Lingered spark =
        Driver.lingering(
            Driver.tinyTrain(directory.resolve("cluster"), "spark"),
            cluster.driverProperties(),
            cluster.driverEnvironment(SECRET),
            directory,
            true);

    assertThat(spark.run().err()).contains("executor 0").contains("executor 1");
    assertThat(spark.run().comparableSummary()).isEqualTo(local.run().comparableSummary());
    // every family of the catalog has samples on the driver's endpoints, and so do the cluster's
    // own and the run info on both
    assertThat(withoutSamples(spark)).isEmpty();
    assertThat(withoutSamples(local)).isEmpty();
    for (String family : Catalog.MULTI_AGENT_CLUSTER.keySet()) {
      assertThat(Scraped.hasSamples(spark.multiAgent(), family)).as(family).isTrue();
    }
    // nothing the local run shows is missing
    assertThat(Scraped.sampleNames(spark.multiAgent()))
        .containsAll(Scraped.sampleNames(local.multiAgent()));
    assertThat(Scraped.sampleNames(spark.specialized()))
        .isEqualTo(Scraped.sampleNames(local.specialized()));
    // every episode's steps reached the driver: the count of a local run
    assertThat(Scraped.sample(spark.multiAgent(), "shared_environment_steps_total", ""))
        .isEqualTo(Scraped.sample(local.multiAgent(), "shared_environment_steps_total", ""));
    assertThat(spark.multiAgent())
        .containsPattern("multi_agent_rollout_tasks_total\\{status=\"success\"} [1-9]");
    // Spark's own metrics (job wealtharena_spark): both executors ran tasks
    assertThat(Scraped.sampleNames(spark.sparkExecutors())).containsAll(SparkSeries.EXECUTORS);
    assertThat(Scraped.sampleNames(spark.sparkDriver())).containsAll(SparkSeries.DRIVER);
    for (String executor : List.of("0", "1")) {
      assertThat(
              Double.parseDouble(
                  Scraped.sample(
                      spark.sparkExecutors(),
                      "metrics_executor_completedTasks_total",
                      "executor_id=\"" + executor + "\"")))
          .as("tasks completed by executor %s", executor)
          .isPositive();
    }
  }

  @Test
  void aKilledExecutorMidIterationChangesNothing() throws Exception {
    AtomicReference<String> killed = new AtomicReference<>();
    Driver.Run spark =
        Driver.run(
            Driver.withPorts(Driver.tinyTrain(directory.resolve("killed"), "spark"), 0, 0),
            cluster.driverProperties(),
            cluster.driverEnvironment(SECRET),
            directory,
            (line, stop) -> {
              Matcher task = STARTING_TASK_OF_ITERATION_2.matcher(line);
              if (killed.get() == null && task.find()) {
                killed.set(task.group(1));
                cluster.executor(task.group(1)).orElseThrow().destroyForcibly();
              }
            });

    assertThat(killed.get()).as(spark.err()).isNotNull();
    assertThat(spark.exitCode()).as(spark.err()).isZero();
    assertThat(spark.err()).containsPattern("Lost executor " + killed.get());
    assertThat(spark.comparableSummary()).isEqualTo(local.run().comparableSummary());
  }

  @Test
  void aDriverWithTheWrongSecretRunsNoWork() throws Exception {
    long launched = cluster.executorsLaunched();
    List<String> properties = new ArrayList<>(cluster.driverProperties());
    properties.add("-D" + SparkEpisodeEngine.EXECUTOR_WAIT + "=20s");
    Driver.Run spark =
        Driver.run(
            Driver.withPorts(Driver.tinyTrain(directory.resolve("wrong-secret"), "spark"), 0, 0),
            properties,
            cluster.driverEnvironment("not-" + SECRET),
            directory,
            (line, stop) -> {});

    assertThat(spark.exitCode()).as(spark.err()).isNotZero();
    assertThat(spark.out()).isBlank();
    assertThat(spark.err()).doesNotContain("Starting task");
    assertThat(cluster.executorsLaunched()).as(cluster.daemonOutput()).isEqualTo(launched);
    assertThat(spark.err().strip().lines().reduce((a, b) -> b).orElseThrow())
        .startsWith("wealtharena: --engine spark: no executor joined within 20 s");
  }

  /** The catalog families (both endpoints) without a sample in a run's scrapes. */
  private static Set<String> withoutSamples(Driver.Lingered run) {
    Set<String> missing = new TreeSet<>();
    Stream.concat(Catalog.MULTI_AGENT.keySet().stream(), Stream.of(RUN_INFO))
        .filter(family -> !Scraped.hasSamples(run.multiAgent(), family))
        .forEach(missing::add);
    Stream.concat(Catalog.SPECIALIZED.keySet().stream(), Stream.of(RUN_INFO))
        .filter(family -> !Scraped.hasSamples(run.specialized(), family))
        .forEach(family -> missing.add(family + " (specialized agents)"));
    return missing;
  }
}
