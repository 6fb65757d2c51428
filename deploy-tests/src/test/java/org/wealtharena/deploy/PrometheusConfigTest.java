package org.wealtharena.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wealtharena.metrics.testing.SparkSeries;

/**
 * The shipped Prometheus configurations keep the integration guide's jobs, scrape Spark's own
 * metrics from a driver as a third job, and load our rules.
 */
class PrometheusConfigTest {

  private static final String MULTI_AGENT_JOB = "wealtharena_multi_agent_rl";
  private static final String SPECIALIZED_JOB = "wealtharena_specialized_agents";
  private static final String SPARK_JOB = SparkSeries.JOB;

  static Stream<Path> configs() {
    return DeployFiles.prometheusConfigs().stream();
  }

  private static Map<String, JsonNode> jobs(Path config) {
    Map<String, JsonNode> jobs = new LinkedHashMap<>();
    for (JsonNode job : DeployFiles.yaml(config).path("scrape_configs")) {
      jobs.put(job.path("job_name").asText(), job);
    }
    return jobs;
  }

  private static List<String> staticTargets(JsonNode job) {
    List<String> targets = new ArrayList<>();
    for (JsonNode sc : job.path("static_configs")) {
      sc.path("targets").forEach(t -> targets.add(t.asText()));
    }
    return targets;
  }

  /**
   * The Spark job's target groups: each metrics path of the driver's web UI once, told apart by
   * {@code spark_endpoint} (the same address twice would otherwise give two targets one label set).
   */
  private static void assertScrapesBothSparkPaths(JsonNode groups, String where) {
    Map<String, String> endpointByPath = new LinkedHashMap<>();
    for (JsonNode group : groups) {
      String path = group.path("labels").path("__metrics_path__").asText();
      String endpoint = group.path("labels").path("spark_endpoint").asText();
      assertThat(endpointByPath.put(path, endpoint)).as("%s: %s once", where, path).isNull();
    }
    assertThat(endpointByPath)
        .as("%s: Spark's paths", where)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(SparkSeries.EXECUTORS_PATH, "executors", SparkSeries.DRIVER_PATH, "driver"));
  }

  @Test
  void mainConfigHasTheGuidesJobsExactlyAndSparksOwn() {
    Map<String, JsonNode> jobs = jobs(DeployFiles.prometheusDir().resolve("prometheus.yml"));
    assertThat(jobs).containsOnlyKeys(MULTI_AGENT_JOB, SPECIALIZED_JOB, SPARK_JOB);
    assertThat(staticTargets(jobs.get(MULTI_AGENT_JOB)))
        .containsExactly("host.docker.internal:8012");
    assertThat(staticTargets(jobs.get(SPECIALIZED_JOB)))
        .containsExactly("host.docker.internal:8013");
    assertThat(staticTargets(jobs.get(SPARK_JOB)))
        .containsExactly("host.docker.internal:4040", "host.docker.internal:4040");
    assertScrapesBothSparkPaths(jobs.get(SPARK_JOB).path("static_configs"), "prometheus.yml");
    jobs.values().forEach(job -> assertThat(job.path("scrape_interval").asText()).isEqualTo("10s"));
  }

  @Test
  void localhostVariantDiffersOnlyInTheTargetHost() {
    Map<String, JsonNode> jobs =
        jobs(DeployFiles.prometheusDir().resolve("prometheus.localhost.yml"));
    assertThat(jobs).containsOnlyKeys(MULTI_AGENT_JOB, SPECIALIZED_JOB, SPARK_JOB);
    assertThat(staticTargets(jobs.get(MULTI_AGENT_JOB))).containsExactly("localhost:8012");
    assertThat(staticTargets(jobs.get(SPECIALIZED_JOB))).containsExactly("localhost:8013");
    assertThat(staticTargets(jobs.get(SPARK_JOB)))
        .containsExactly("localhost:4040", "localhost:4040");
    assertScrapesBothSparkPaths(
        jobs.get(SPARK_JOB).path("static_configs"), "prometheus.localhost.yml");
    jobs.values().forEach(job -> assertThat(job.path("scrape_interval").asText()).isEqualTo("10s"));
  }

  @Test
  void fileSdVariantDiscoversSeveralTargetsPerJob() throws IOException {
    Path config = DeployFiles.prometheusDir().resolve("prometheus.file_sd.yml");
    Map<String, JsonNode> jobs = jobs(config);
    assertThat(jobs).containsOnlyKeys(MULTI_AGENT_JOB, SPECIALIZED_JOB, SPARK_JOB);
    for (JsonNode job : jobs.values()) {
      boolean spark = job.path("job_name").asText().equals(SPARK_JOB);
      assertThat(job.path("file_sd_configs"))
          .as("%s file_sd_configs", job.path("job_name"))
          .isNotEmpty();
      int targets = 0;
      for (JsonNode sd : job.path("file_sd_configs")) {
        for (JsonNode glob : sd.path("files")) {
          for (Path file : matching(config.getParent(), glob.asText())) {
            JsonNode groups =
                file.toString().endsWith(".json") ? DeployFiles.json(file) : DeployFiles.yaml(file);
            if (spark) {
              assertScrapesBothSparkPaths(groups, file.toString());
            }
            for (JsonNode group : groups) {
              targets += group.path("targets").size();
              assertThat(group.path("labels").path("host").asText())
                  .as("%s: host label", file)
                  .isNotBlank();
            }
          }
        }
      }
      // the Spark example: one driver, both paths
      assertThat(targets)
          .as("example targets of %s", job.path("job_name"))
          .isGreaterThanOrEqualTo(spark ? 2 : 3);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configs")
  void loadsEveryRuleFile(Path config) throws IOException {
    List<Path> loaded = new ArrayList<>();
    for (JsonNode glob : DeployFiles.yaml(config).path("rule_files")) {
      loaded.addAll(matching(config.getParent(), glob.asText()));
    }
    assertThat(loaded).containsExactlyInAnyOrderElementsOf(DeployFiles.ruleFiles());
  }

  /** Files matching a glob relative to {@code dir}, as Prometheus resolves rule and SD files. */
  private static List<Path> matching(Path dir, String glob) throws IOException {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + dir.resolve(glob));
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).filter(matcher::matches).sorted().toList();
    }
  }
}
