package org.wealtharena.metrics.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
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
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A real Prometheus ({@link Binaries#require} finds it) on a free loopback port with an empty TSDB
 * in a work directory, started by a test with its own config and stopped on close.
 */
public final class LocalPrometheus implements AutoCloseable {

  private static final Duration READY_DEADLINE = Duration.ofSeconds(60);

  private final Process process;
  private final Path log;
  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private LocalPrometheus(Process process, Path log, URI base) {
    this.process = process;
    this.log = log;
    this.base = base;
  }

  /** Starts Prometheus with the config {@code configYaml} and waits until it is ready. */
  public static LocalPrometheus start(Path workDir, String configYaml)
      throws IOException, InterruptedException {
    Path executable = Binaries.require("prometheus");
    Path config = workDir.resolve("prometheus.yml");
    Files.writeString(config, configYaml);
    int port = freeLoopbackPort();
    Path log = workDir.resolve("prometheus.log");
    Process process =
        new ProcessBuilder(
                executable.toString(),
                "--config.file=" + config,
                "--storage.tsdb.path=" + workDir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port,
                "--log.level=warn")
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    LocalPrometheus prometheus =
        new LocalPrometheus(process, log, URI.create("http://127.0.0.1:" + port));
    if (!prometheus.poll(READY_DEADLINE, prometheus::ready)) {
      prometheus.close();
      fail("Prometheus did not become ready; its log:\n" + Files.readString(log));
    }
    return prometheus;
  }

  /** A loopback port free a moment ago. */
  public static int freeLoopbackPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Prometheus' JSON answer to an instant query. */
  public String query(String promql) {
    return get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
  }

  /** True when the instant query succeeds with at least one series. */
  public boolean answers(String promql) {
    String answer = query(promql);
    return answer.contains("\"status\":\"success\"") && !answer.contains("\"result\":[]");
  }

  /** Checks {@code condition} every 100 ms until it holds or the process dies or time runs out. */
  public boolean poll(Duration timeout, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      if (condition.getAsBoolean()) {
        return true;
      }
      // polling interval between condition checks, not a synchronisation sleep
      process.waitFor(100, TimeUnit.MILLISECONDS);
    }
    return false;
  }

  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(log unreadable: " + e + ")";
    }
  }

  private boolean ready() {
    try {
      return send("/-/ready").statusCode() == 200;
    } catch (IOException notYetListening) {
      return false;
    }
  }

  private String get(String pathAndQuery) {
    try {
      return send(pathAndQuery).body();
    } catch (IOException e) {
      throw new IllegalStateException("GET " + pathAndQuery + " failed; log:\n" + log(), e);
    }
  }

  private HttpResponse<String> send(String pathAndQuery) throws IOException {
    try {
      return http.send(
          HttpRequest.newBuilder(base.resolve(pathAndQuery))
              .timeout(Duration.ofSeconds(20))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
