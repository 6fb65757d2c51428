package org.wealtharena.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wealtharena.metrics.push.MetricsPusher;
import org.wealtharena.metrics.testing.SparkSeries;
import org.wealtharena.training.checkpoint.Checkpoint;
import org.wealtharena.training.checkpoint.CheckpointStore;

/**
 * On Spark's local[2] master, {@code train --engine spark} gives what {@code --engine local} does
 * (training, the best-constant search and the evaluation on every market) while the driver serves
 * Spark's own metrics; {@code compare} gives the local comparison; and a run whose tasks keep
 * failing ends as a failed run whose checkpoint resumes to the result of the undisturbed run.
 */
class LocalSparkEngineTest {

  /** local[N,F]: N task threads, each task tried F times (local[N] tries once). */
  private static final String LOCAL_TWO_TRYING_THRICE = "-Dspark.master=local[2,3]";

  private static final String LOCAL_TWO = "-Dspark.master=local[2]";

  @TempDir static Path directory;
  private static Driver.Run local;

  @BeforeAll
  static void trainLocally() throws Exception {
    local =
        Driver.run(
            Driver.withPorts(Driver.tinyTrain(directory.resolve("local"), "local"), 0, 0),
            List.of(),
            Map.of(),
            directory,
            (line, stop) -> {});
    assertThat(local.exitCode()).as(local.err()).isZero();
  }

  @Test
  void localTwoGivesTheSummaryOfTheInProcessPoolAndServesSparksMetrics() throws Exception {
    Driver.Lingered spark =
        Driver.lingering(
            Driver.tinyTrain(directory.resolve("spark"), "spark"),
            List.of(LOCAL_TWO),
            Map.of(),
            directory,
            true);

    assertThat(spark.run().comparableSummary()).isEqualTo(local.comparableSummary());
    JsonNode summary = spark.run().comparableSummary();
    assertThat(summary.get("runs").get(0).get("meanRewardPerIteration")).hasSize(2);
    // the best-constant search and the out-of-distribution market ran on Spark too
    List<String> evaluated = new ArrayList<>();
    for (JsonNode group : summary.get("evaluation").get("groups")) {
      for (JsonNode policy : group.get("policies")) {
        evaluated.add(group.get("market").asText() + "/" + policy.get("policy").asText());
      }
    }
    assertThat(evaluated).contains("held-out/best_constant", "volatility x2/trained");

    // Spark's own metrics, as the job wealtharena_spark scrapes them: on local[N] the driver is
    // the one executor
    assertThat(Scraped.sampleNames(spark.sparkExecutors())).containsAll(SparkSeries.EXECUTORS);
    assertThat(Scraped.sampleNames(spark.sparkDriver())).containsAll(SparkSeries.DRIVER);
    assertThat(
            Double.parseDouble(
                Scraped.sample(
                    spark.sparkExecutors(),
                    "metrics_executor_completedTasks_total",
                    "executor_id=\"driver\"")))
        .isPositive();
    assertThat(
            Double.parseDouble(
                Scraped.sample(
                    spark.sparkDriver(),
                    "metrics_wealtharena_driver_appStatus_tasks_completedTasks_Count",
                    "")))
        .isPositive();
  }

  @Test
  void aRunWhoseTasksKeepFailingFailsAndItsCheckpointResumesToTheUndisturbedResult()
      throws Exception {
    Path output = directory.resolve("failing").resolve("run-" + FailingSparkEngineProvider.NAME);
    List<String> failing =
        Driver.withPorts(
            Driver.tinyTrain(directory.resolve("failing"), FailingSparkEngineProvider.NAME), 0, 0);
    Driver.Run failed;
    try (PushReceiver pushes = new PushReceiver()) {
      List<String> pushing = new ArrayList<>(failing);
      pushing.addAll(List.of("--pushgateway", pushes.url(), "--push-interval", "0"));
      failed =
          Driver.run(
              pushing, List.of(LOCAL_TWO_TRYING_THRICE), Map.of(), directory, (line, stop) -> {});

      assertThat(failed.exitCode()).as(failed.err()).isEqualTo(1);
      assertThat(failed.out()).isBlank();
      // one line: what failed, that Spark gave up after its tries, and why the last one failed
      String last = failed.err().strip().lines().reduce((a, b) -> b).orElseThrow();
      assertThat(last)
          .startsWith(
              "wealtharena: training failed: the engine gave up: the Spark cluster could not run"
                  + " the episodes: Job aborted due to stage failure: Task ")
          .contains("failed 3 times")
          .contains("fails on every attempt (test)");
      assertThat(last.split("the Spark cluster could not run the episodes", -1))
          .as("said once: %s", last)
          .hasSize(2);
      // the run is recorded as failed, as a local one is
      assertThat(pushes.lastPushOf(MetricsPusher.MULTI_AGENT_JOB))
          .containsPattern(
              "(?m)^multi_agent_training_runs_total\\{coordination_type=\"hierarchical\","
                  + "status=\"failed\"} 1(\\.0)?$")
          .containsPattern(
              "(?m)^multi_agent_training_runs_total\\{coordination_type=\"hierarchical\","
                  + "status=\"completed\"} 0(\\.0)?$")
          .containsPattern("(?m)^multi_agent_rollout_tasks_total\\{status=\"failed\"} [1-9]");
    }
    // the first iteration's checkpoint is intact, and resumes to the undisturbed run's result
    List<Path> checkpoints = new CheckpointStore(output.resolve("checkpoints"), 3).files();
    assertThat(checkpoints).hasSize(1);
    Checkpoint first = CheckpointStore.read(checkpoints.get(0));
    assertThat(first.iteration()).isEqualTo(1);
    assertThat(Files.exists(output.resolve("summary.json"))).isFalse();

    List<String> resume = new ArrayList<>(failing);
    resume.set(resume.indexOf(FailingSparkEngineProvider.NAME), SparkEngineProvider.NAME);
    resume.add("--resume");
    Driver.Run resumed = Driver.run(resume, List.of(LOCAL_TWO), Map.of(), directory, (l, s) -> {});
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    JsonNode summary = resumed.comparableSummary();
    assertThat(summary.get("runs").get(0).get("firstIteration").asInt()).isEqualTo(2);
    assertThat(withoutFirstIteration(summary))
        .isEqualTo(withoutFirstIteration(local.comparableSummary()));
  }

  /**
   * {@code compare --seeds 3} on local[2] (the loopback cluster would add minutes of its fixed cost
   * per batch) gives the local comparison bit for bit: the JSON on stdout without run ids, times
   * and paths, and the comparison's JSON and CSV (the table's rows) byte for byte.
   */
  @Test
  void compareOnSparkGivesTheLocalComparison() throws Exception {
    Path config =
        Files.writeString(
            Files.createDirectories(directory.resolve("compare")).resolve("compare.yaml"),
            "iterations: 1\nepisodesPerIteration: 2\nepisodeDuration: 10s\nevaluationEpisodes: 2\n");
    Map<String, Driver.Run> runs = new LinkedHashMap<>();
    for (String engine : List.of("local", "spark")) {
      runs.put(
          engine,
          Driver.run(
              Driver.withPorts(
                  List.of(
                      "compare",
                      "--config",
                      config.toString(),
                      "--seeds",
                      "3",
                      "--seed",
                      "5",
                      "--engine",
                      engine,
                      "--output",
                      directory.resolve("compare").resolve(engine).toString(),
                      "--json",
                      "--bind",
                      "127.0.0.1"),
                  0,
                  0),
              engine.equals("spark") ? List.of(LOCAL_TWO) : List.of(),
              Map.of(),
              directory,
              (line, stop) -> {}));
    }
    Driver.Run onePool = runs.get("local");
    Driver.Run onSpark = runs.get("spark");
    assertThat(onePool.exitCode()).as(onePool.err()).isZero();
    assertThat(onSpark.exitCode()).as(onSpark.err()).isZero();
    JsonNode comparison = onSpark.comparableSummary();
    assertThat(comparison).isEqualTo(onePool.comparableSummary());
    assertThat(comparison.get("runs")).hasSize(9); // three seeds of each coordination type
    for (String file : List.of("comparison.json", "comparison.csv")) {
      assertThat(Files.readString(directory.resolve("compare/spark").resolve(file)))
          .as(file)
          .isEqualTo(Files.readString(directory.resolve("compare/local").resolve(file)));
    }
  }

  private static JsonNode withoutFirstIteration(JsonNode summary) {
    JsonNode copy = summary.deepCopy();
    copy.get("runs").forEach(run -> ((ObjectNode) run).remove("firstIteration"));
    return copy;
  }
}
