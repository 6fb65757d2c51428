package org.wealtharena.deploy;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Prometheus on a free loopback port with an empty TSDB in {@code workDir}, for evaluating
 * queries. Started and stopped by the test; readiness is polled on {@code /-/ready}.
 */
final class PrometheusServer implements AutoCloseable {

  private static final Duration READY_DEADLINE = Duration.ofSeconds(60);
  private static final int START_ATTEMPTS = 3;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path log;
  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private PrometheusServer(Process process, Path log, URI base) {
    this.process = process;
    this.log = log;
    this.base = base;
  }

  /** Starts Prometheus and waits until it is ready; retries on another port if the port was taken. */
  static PrometheusServer start(Path executable, Path workDir) throws IOException, InterruptedException {
    Path config = workDir.resolve("prometheus.yml");
    Files.writeString(config, "global:\n  scrape_interval: 1m\n  evaluation_interval: 1m\n");
    String lastLog = "";
    for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
      int port = freePort();
      Path log = workDir.resolve("prometheus-" + attempt + ".log");
      Process process = new ProcessBuilder(List.of(
              executable.toString(),
              "--config.file=" + config,
              "--storage.tsdb.path=" + workDir.resolve("data-" + attempt),
              "--web.listen-address=127.0.0.1:" + port,
              "--log.level=warn"))
          .directory(workDir.toFile())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .start();
      PrometheusServer server =
          new PrometheusServer(process, log, URI.create("http://127.0.0.1:" + port));
      if (server.awaitReady()) {
        return server;
      }
      server.close();
      lastLog = Files.readString(log);
      if (!lastLog.contains("address already in use")) {
        break;
      }
    }
    return fail("Prometheus did not become ready within " + READY_DEADLINE.toSeconds()
        + " s; its log:\n" + lastLog);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Polls /-/ready until it answers 200, the process dies, or the deadline passes. */
  private boolean awaitReady() throws InterruptedException {
    long deadline = System.nanoTime() + READY_DEADLINE.toNanos();
    HttpRequest ready = HttpRequest.newBuilder(base.resolve("/-/ready"))
        .timeout(Duration.ofSeconds(2)).GET().build();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        return false;
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return true;
        }
      } catch (IOException notYetListening) {
        // keep polling
      }
      // polling interval between condition checks, not a synchronisation sleep
      process.waitFor(100, TimeUnit.MILLISECONDS);
    }
    return false;
  }

  /** Evaluates an instant query; returns Prometheus' JSON answer (status success or error). */
  JsonNode query(String promql) {
    URI uri = base.resolve("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET().build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("query failed: " + promql + "\nPrometheus log:\n" + log(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(log unreadable: " + e + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(15, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
