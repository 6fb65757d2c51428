package org.wealtharena.deploy;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

/**
 * A server binary (Prometheus, Pushgateway) started by a test on a free loopback port, ready once
 * {@code /-/ready} answers 200, stopped on close. Requests carry the given Authorization header,
 * the readiness probe included, for servers started with basic auth.
 */
final class LocalServer implements AutoCloseable {

  private static final Duration READY_DEADLINE = Duration.ofSeconds(60);
  private static final int START_ATTEMPTS = 3;

  private final Process process;
  private final Path log;
  private final URI base;
  private final String authorization;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private LocalServer(Process process, Path log, URI base, String authorization) {
    this.process = process;
    this.log = log;
    this.base = base;
    this.authorization = authorization;
  }

  /**
   * Runs {@code command.apply(port)} in {@code workDir} and waits until it is ready; retries on
   * another port if the free port was taken in between. {@code authorization} may be null.
   */
  static LocalServer start(
      String name, Path workDir, String authorization, IntFunction<List<String>> command)
      throws IOException, InterruptedException {
    String lastLog = "";
    for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
      int port = freePort();
      Path log = workDir.resolve(name.toLowerCase(Locale.ROOT) + "-" + attempt + ".log");
      Process process =
          new ProcessBuilder(command.apply(port))
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .start();
      LocalServer server =
          new LocalServer(process, log, URI.create("http://127.0.0.1:" + port), authorization);
      if (server.awaitReady()) {
        return server;
      }
      server.close();
      lastLog = Files.readString(log);
      if (!lastLog.contains("address already in use")) {
        break;
      }
    }
    return fail(
        name
            + " did not become ready within "
            + READY_DEADLINE.toSeconds()
            + " s; its log:\n"
            + lastLog);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private boolean awaitReady() throws InterruptedException {
    return poll(
        READY_DEADLINE,
        () -> {
          try {
            return send("/-/ready", Duration.ofSeconds(2)).statusCode() == 200;
          } catch (IOException notYetListening) {
            return false;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
          }
        });
  }

  /**
   * Checks {@code condition} every 50 ms until it holds (true), or the server process dies or
   * {@code timeout} passes (false).
   */
  boolean poll(Duration timeout, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline
        && process.isAlive()
        && !Thread.currentThread().isInterrupted()) {
      if (condition.getAsBoolean()) {
        return true;
      }
      // polling interval between condition checks, not a synchronisation sleep
      process.waitFor(50, TimeUnit.MILLISECONDS);
    }
    return false;
  }

  /** {@code http://127.0.0.1:PORT}. */
  URI base() {
    return base;
  }

  /** GETs {@code pathAndQuery} (already URL-encoded); fails the test when the server is gone. */
  HttpResponse<String> get(String pathAndQuery) {
    try {
      return send(pathAndQuery, Duration.ofSeconds(20));
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + pathAndQuery + " failed; server log:\n" + log(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> send(String pathAndQuery, Duration timeout)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(timeout).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
