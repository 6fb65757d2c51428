package org.wealtharena.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A real Prometheus on a free loopback port with an empty TSDB in {@code workDir}, for evaluating
 * queries. Started and stopped by the test; readiness is polled on {@code /-/ready}.
 */
final class PrometheusServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final LocalServer server;

  private PrometheusServer(LocalServer server) {
    this.server = server;
  }

  /** Starts a Prometheus that scrapes nothing, for evaluating expressions. */
  static PrometheusServer start(Path executable, Path workDir)
      throws IOException, InterruptedException {
    Path config = workDir.resolve("prometheus.yml");
    Files.writeString(config, "global:\n  scrape_interval: 1m\n  evaluation_interval: 1m\n");
    return start(executable, workDir, config);
  }

  /**
   * Starts Prometheus with {@code config} and waits until it is ready; retries on another port if
   * the port was taken.
   */
  static PrometheusServer start(Path executable, Path workDir, Path config)
      throws IOException, InterruptedException {
    return start(executable, workDir, config, null);
  }

  /**
   * Starts Prometheus with {@code config} on the TSDB in {@code tsdb} (null: an empty one of its
   * own) and waits until it is ready.
   */
  static PrometheusServer start(Path executable, Path workDir, Path config, Path tsdb)
      throws IOException, InterruptedException {
    return new PrometheusServer(
        LocalServer.start(
            "Prometheus",
            workDir,
            null,
            port ->
                List.of(
                    executable.toString(),
                    "--config.file=" + config,
                    "--storage.tsdb.path="
                        + (tsdb != null ? tsdb : workDir.resolve("data-" + port)),
                    "--web.listen-address=127.0.0.1:" + port,
                    "--log.level=warn")));
  }

  /** Evaluates an instant query; returns Prometheus' JSON answer (status success or error). */
  JsonNode query(String promql) {
    String body =
        server
            .get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8))
            .body();
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("query failed: " + promql + "\nPrometheus log:\n" + log(), e);
    }
  }

  /** The result vector of an instant query that must succeed (empty when there is no data). */
  JsonNode resultOf(String promql) {
    JsonNode answer = query(promql);
    if (!"success".equals(answer.path("status").asText())) {
      throw new IllegalStateException("query failed: " + promql + "\nanswer: " + answer);
    }
    return answer.path("data").path("result");
  }

  /**
   * The result matrix of a range query that must succeed, from {@code start} to {@code end} (Unix
   * seconds) every {@code step} seconds.
   */
  JsonNode resultOfRange(String promql, long start, long end, long step) {
    String body =
        server
            .get(
                "/api/v1/query_range?query="
                    + URLEncoder.encode(promql, StandardCharsets.UTF_8)
                    + "&start="
                    + start
                    + "&end="
                    + end
                    + "&step="
                    + step)
            .body();
    JsonNode answer;
    try {
      answer = JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("query failed: " + promql + "\nPrometheus log:\n" + log(), e);
    }
    if (!"success".equals(answer.path("status").asText())) {
      throw new IllegalStateException("query failed: " + promql + "\nanswer: " + answer);
    }
    return answer.path("data").path("result");
  }

  /** Polls {@code condition} until it holds or {@code timeout} passes; false on timeout. */
  boolean poll(Duration timeout, BooleanSupplier condition) throws InterruptedException {
    return server.poll(timeout, condition);
  }

  String log() {
    return server.log();
  }

  @Override
  public void close() throws InterruptedException {
    server.close();
  }
}
