package org.wealtharena.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.wealtharena.metrics.testing.SparkSeries;

/**
 * A {@code wealtharena} command in a JVM of its own, as spark-submit would start the driver: Spark
 * settings as system properties, everything on loopback, the web UI (and with it Spark's metrics)
 * only where a test turns it on.
 */
final class Driver {

  /**
   * A run that lingered, and what its endpoints showed then: ours, and Spark's (executors and
   * driver, {@link SparkSeries}) when its web UI was on.
   */
  record Lingered(
      Run run, String multiAgent, String specialized, String sparkExecutors, String sparkDriver) {}

  /** What a finished driver left: exit code, its JSON summary (if any) and its stderr. */
  record Run(int exitCode, String out, String err) {
    /** The summary without what differs between any two runs (ids, times, paths). */
    JsonNode comparableSummary() throws IOException {
      return comparable(new ObjectMapper().readTree(out));
    }
  }

  private Driver() {}

  /**
   * The tiny training every test runs: 2 iterations of 3 episodes, 10 held out (the fewest that
   * give a Sharpe ratio), a checkpoint after each iteration. The smallest settings measured to give
   * every catalog family samples: 30-second episodes of 300 decision steps (the portfolio agent
   * first optimises after 5 return samples, 60 steps apart: step 240; with 1 s steps that takes 5
   * minutes), and an arbitrageur one second ahead of the background arbitrageurs (at 0, the
   * default, the watched episodes rarely see it execute, so its profit, spread, success rate and
   * edge gauges stay empty).
   */
  static List<String> tinyTrain(Path directory, String engine) throws IOException {
    Path config =
        Files.writeString(
            Files.createDirectories(directory).resolve("training.yaml"),
            String.join(
                "\n",
                "episodesPerIteration: 3",
                "episodeDuration: 30s",
                "decisionStep: 100ms",
                "evaluationEpisodes: 10",
                "checkpointEvery: 1",
                "market:",
                "  arbitrageAdvantage: 1s",
                ""));
    return new ArrayList<>(
        List.of(
            "train",
            "--config",
            config.toString(),
            "--seed",
            "5",
            "--iterations",
            "2",
            "--engine",
            engine,
            "--output",
            directory.resolve("run-" + engine).toString(),
            "--json",
            "--bind",
            "127.0.0.1"));
  }

  /**
   * Starts {@code args} with {@code sparkProperties} and {@code environment}, hands every line of
   * its stderr, with a way to stop (SIGTERM) the driver, to {@code onErrLine} as it comes (on this
   * thread), and waits for its end.
   */
  static Run run(
      List<String> args,
      List<String> sparkProperties,
      Map<String, String> environment,
      Path directory,
      BiConsumer<String, Runnable> onErrLine)
      throws IOException, InterruptedException {
    // the web UI (Spark's metrics) only where a test turns it on: the last of two -D wins
    List<String> options =
        new ArrayList<>(
            List.of(
                "-Xmx512m",
                "-Dspark.ui.enabled=false",
                "-Dspark.driver.host=127.0.0.1",
                "-Dspark.driver.bindAddress=127.0.0.1"));
    options.addAll(sparkProperties);
    ProcessBuilder builder = SparkJvm.of(options, "org.wealtharena.cli.Main", args);
    builder.environment().putAll(environment);
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Path out = Files.createTempFile(directory, "driver", ".out");
    builder.redirectOutput(out.toFile());
    Process driver = builder.start();
    StringBuilder err = new StringBuilder();
    AtomicBoolean stopped = new AtomicBoolean();
    Runnable stop =
        () -> {
          stopped.set(true);
          driver.destroy();
        };
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(driver.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        err.append(line).append('\n');
        onErrLine.accept(line, stop);
      }
    } catch (IOException e) {
      if (!stopped.get()) { // else stopping closed the stream under the reader
        driver.destroyForcibly();
        throw e;
      }
    } catch (RuntimeException | Error e) {
      driver.destroyForcibly();
      throw e;
    }
    int code = driver.waitFor();
    return new Run(code, Files.readString(out), err.toString());
  }

  /**
   * Runs {@code args} with {@code --linger} on free ports, scrapes the endpoints when the run
   * lingers, then ends it (SIGTERM) and checks it exited 0. With {@code sparkUi}, the driver's web
   * UI serves on a free loopback port too, and Spark's two metrics paths are scraped as well.
   */
  static Lingered lingering(
      List<String> args,
      List<String> sparkProperties,
      Map<String, String> environment,
      Path directory,
      boolean sparkUi)
      throws IOException, InterruptedException {
    int multiAgentPort = Scraped.freePort();
    int specializedPort = Scraped.freePort();
    int uiPort = Scraped.freePort();
    List<String> all = withPorts(args, multiAgentPort, specializedPort);
    all.add("--linger");
    List<String> properties = new ArrayList<>(sparkProperties);
    if (sparkUi) {
      properties.addAll(List.of("-Dspark.ui.enabled=true", "-Dspark.ui.port=" + uiPort));
    }
    AtomicReference<String[]> scraped = new AtomicReference<>();
    Run run =
        run(
            all,
            properties,
            environment,
            directory,
            (line, stop) -> {
              if (line.startsWith("lingering: serving metrics")) {
                scraped.set(
                    new String[] {
                      Scraped.scrape(multiAgentPort, "/metrics"),
                      Scraped.scrape(specializedPort, "/metrics"),
                      sparkUi ? Scraped.scrape(uiPort, SparkSeries.EXECUTORS_PATH) : null,
                      sparkUi ? Scraped.scrape(uiPort, SparkSeries.DRIVER_PATH) : null
                    });
                stop.run(); // SIGTERM ends the linger
              }
            });
    assertThat(scraped.get()).as(run.err()).isNotNull();
    assertThat(run.exitCode()).as(run.err()).isZero();
    String[] s = scraped.get();
    return new Lingered(run, s[0], s[1], s[2], s[3]);
  }

  /** {@code args} with our endpoints on those ports (0: any free one). */
  static List<String> withPorts(List<String> args, int multiAgent, int specialized) {
    List<String> all = new ArrayList<>(args);
    all.addAll(
        List.of(
            "--multi-agent-port",
            String.valueOf(multiAgent),
            "--specialized-agents-port",
            String.valueOf(specialized)));
    return all;
  }

  /** As behave.sh normalises a summary: without run ids, seconds, directories, paths, times. */
  static JsonNode comparable(JsonNode node) {
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String key = field.getKey().toLowerCase(java.util.Locale.ROOT);
        if (List.of("runid", "seconds", "directory", "path", "time", "checkpoint").stream()
            .anyMatch(key::endsWith)) {
          fields.remove();
        } else {
          comparable(field.getValue());
        }
      }
    } else if (node.isArray()) {
      node.forEach(Driver::comparable);
    }
    return node;
  }
}
