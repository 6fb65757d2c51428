package org.wealtharena.cluster;

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
import java.util.function.BiConsumer;

/**
 * {@code wealtharena train --json} in a JVM of its own, as spark-submit would start the driver:
 * Spark settings as system properties, everything on loopback, no web UI.
 */
final class Driver {

  /** What a finished driver left: exit code, its JSON summary (if any) and its stderr. */
  record Run(int exitCode, String out, String err) {
    /** The summary without what differs between any two runs (ids, times, paths). */
    JsonNode comparableSummary() throws IOException {
      return comparable(new ObjectMapper().readTree(out));
    }
  }

  private Driver() {}

  /**
   * The tiny training every test runs: 2 iterations of 3 two-minute episodes, 10 held out (the
   * fewest that give a Sharpe ratio).
   */
  static List<String> tinyTrain(Path directory, String engine) throws IOException {
    Path config =
        Files.writeString(
            Files.createDirectories(directory).resolve("training.yaml"),
            "episodesPerIteration: 3\nepisodeDuration: 2m\nevaluationEpisodes: 10\n");
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
    List<String> options = new ArrayList<>(sparkProperties);
    options.addAll(
        List.of(
            "-Xmx512m",
            "-Dspark.ui.enabled=false",
            "-Dspark.driver.host=127.0.0.1",
            "-Dspark.driver.bindAddress=127.0.0.1"));
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
