package org.wealtharena.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;

/**
 * A real Prometheus Pushgateway on a free loopback port without persistence, optionally requiring
 * basic auth through a web config file. Started and stopped by the test.
 */
final class PushgatewayServer implements AutoCloseable {

  private final LocalServer server;

  private PushgatewayServer(LocalServer server) {
    this.server = server;
  }

  static PushgatewayServer start(Path executable, Path workDir)
      throws IOException, InterruptedException {
    return start(executable, workDir, null, List.of());
  }

  /**
   * Starts a gateway that accepts only {@code user} with the password whose bcrypt hash is {@code
   * bcryptHash}; this test client authenticates with {@code password}.
   */
  static PushgatewayServer startWithBasicAuth(
      Path executable, Path workDir, String user, String bcryptHash, String password)
      throws IOException, InterruptedException {
    Path webConfig = workDir.resolve("web-config.yml");
    Files.writeString(webConfig, "basic_auth_users:\n  " + user + ": '" + bcryptHash + "'\n");
    String authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return start(executable, workDir, authorization, List.of("--web.config.file=" + webConfig));
  }

  private static PushgatewayServer start(
      Path executable, Path workDir, String authorization, List<String> extraArgs)
      throws IOException, InterruptedException {
    return new PushgatewayServer(
        LocalServer.start(
            "Pushgateway",
            workDir,
            authorization,
            port -> {
              List<String> command =
                  new ArrayList<>(
                      List.of(
                          executable.toString(),
                          "--web.listen-address=127.0.0.1:" + port,
                          "--persistence.file=", // in memory only: nothing survives the test
                          "--log.level=warn"));
              command.addAll(extraArgs);
              return command;
            }));
  }

  /** The URL to push to, {@code http://127.0.0.1:PORT}. */
  String url() {
    return server.base().toString();
  }

  /** What Prometheus would scrape from the gateway: every pushed group, in the text format. */
  String metrics() {
    return server.get("/metrics").body();
  }

  /** Polls {@link #metrics()} until {@code condition} holds or {@code timeout} passes. */
  boolean awaitMetrics(Duration timeout, Predicate<String> condition) throws InterruptedException {
    return server.poll(timeout, () -> condition.test(metrics()));
  }

  String log() {
    return server.log();
  }

  @Override
  public void close() throws InterruptedException {
    server.close();
  }
}
