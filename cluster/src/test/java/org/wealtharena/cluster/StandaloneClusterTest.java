package org.wealtharena.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wealtharena.metrics.testing.Catalog;

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
  private static final Pattern SAMPLE_NAME = Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]");

  @TempDir static Path directory;
  private static LoopbackCluster cluster;
  private static Lingered local;

  /** A run that lingered, and what its two endpoints showed then. */
  record Lingered(Driver.Run run, String multiAgent, String specialized) {}

  @BeforeAll
  static void startClusterAndRunLocally() throws Exception {
    cluster = new LoopbackCluster(directory, SECRET);
    local = lingering(Driver.tinyTrain(directory.resolve("local"), "local"), List.of(), Map.of());
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void theClusterGivesTheLocalSummaryAndTheDriverCarriesEveryFamily() throws Exception {
    Lingered spark =
        lingering(
            Driver.tinyTrain(directory.resolve("cluster"), "spark"),
            cluster.driverProperties(),
            cluster.driverEnvironment(SECRET));

    assertThat(spark.run().err()).contains("executor 0").contains("executor 1");
    assertThat(spark.run().comparableSummary()).isEqualTo(local.run().comparableSummary());
    // nothing the local run shows is missing, and the cluster's own families are there
    assertThat(sampleNames(spark.multiAgent())).containsAll(sampleNames(local.multiAgent()));
    assertThat(sampleNames(spark.specialized())).isEqualTo(sampleNames(local.specialized()));
    for (String family : Catalog.MULTI_AGENT_CLUSTER.keySet()) {
      assertThat(hasSamples(spark.multiAgent(), family)).as(family).isTrue();
    }
    // of the catalog, the cluster lacks only what two-minute episodes leave empty locally too
    // (measured: 8 gauges of the arbitrageur and the portfolio agent, which need longer episodes)
    assertThat(withoutSamples(spark)).isEqualTo(withoutSamples(local));
    // every episode's steps reached the driver: the count of a local run
    assertThat(sample(spark.multiAgent(), "shared_environment_steps_total"))
        .isEqualTo(sample(local.multiAgent(), "shared_environment_steps_total"));
    assertThat(spark.multiAgent())
        .containsPattern("multi_agent_rollout_tasks_total\\{status=\"success\"} [1-9]");
  }

  @Test
  void aKilledExecutorMidIterationChangesNothing() throws Exception {
    AtomicReference<String> killed = new AtomicReference<>();
    Driver.Run spark =
        Driver.run(
            withPorts(Driver.tinyTrain(directory.resolve("killed"), "spark"), 0, 0),
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
            withPorts(Driver.tinyTrain(directory.resolve("wrong-secret"), "spark"), 0, 0),
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

  private static Lingered lingering(
      List<String> args, List<String> sparkProperties, Map<String, String> environment)
      throws IOException, InterruptedException {
    int multiAgentPort = freePort();
    int specializedPort = freePort();
    List<String> all = withPorts(args, multiAgentPort, specializedPort);
    all.add("--linger");
    AtomicReference<String[]> scraped = new AtomicReference<>();
    Driver.Run run =
        Driver.run(
            all,
            sparkProperties,
            environment,
            directory,
            (line, stop) -> {
              if (line.startsWith("lingering: serving metrics")) {
                scraped.set(new String[] {scrape(multiAgentPort), scrape(specializedPort)});
                stop.run(); // SIGTERM ends the linger
              }
            });
    assertThat(scraped.get()).as(run.err()).isNotNull();
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new Lingered(run, scraped.get()[0], scraped.get()[1]);
  }

  private static List<String> withPorts(List<String> args, int multiAgent, int specialized) {
    List<String> all = new ArrayList<>(args);
    all.addAll(
        List.of(
            "--multi-agent-port",
            String.valueOf(multiAgent),
            "--specialized-agents-port",
            String.valueOf(specialized)));
    return all;
  }

  /** The names of the samples (a histogram's _bucket, _count, _sum) in a scrape. */
  private static Set<String> sampleNames(String scrape) {
    Set<String> names = new TreeSet<>();
    Matcher sample = SAMPLE_NAME.matcher(scrape);
    while (sample.find()) {
      names.add(sample.group(1));
    }
    return names;
  }

  /** The catalog families (both endpoints) without a sample in a run's scrapes. */
  private static Set<String> withoutSamples(Lingered run) {
    Set<String> missing = new TreeSet<>();
    Catalog.MULTI_AGENT.keySet().stream()
        .filter(family -> !hasSamples(run.multiAgent(), family))
        .forEach(missing::add);
    Catalog.SPECIALIZED.keySet().stream()
        .filter(family -> !hasSamples(run.specialized(), family))
        .forEach(missing::add);
    return missing;
  }

  /** Whether the family of that catalog name has a sample (a histogram: its count). */
  private static boolean hasSamples(String scrape, String family) {
    return sampleNames(scrape).contains(family) || sampleNames(scrape).contains(family + "_count");
  }

  private static String sample(String scrape, String family) {
    Matcher line =
        Pattern.compile("(?m)^" + Pattern.quote(family) + "\\{[^}]*} (\\S+)$").matcher(scrape);
    assertThat(line.find()).as(family + " in\n" + scrape).isTrue();
    return line.group(1);
  }

  private static String scrape(int port) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
