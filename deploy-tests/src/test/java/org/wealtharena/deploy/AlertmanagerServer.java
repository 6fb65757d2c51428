package org.wealtharena.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A real Alertmanager on a free loopback port, its storage in {@code workDir}, clustering off (so
 * it opens no gossip port on any other address). Started and stopped by the test.
 */
final class AlertmanagerServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final LocalServer server;

  private AlertmanagerServer(LocalServer server) {
    this.server = server;
  }

  static AlertmanagerServer start(Path executable, Path workDir, Path config)
      throws IOException, InterruptedException {
    return new AlertmanagerServer(
        LocalServer.start(
            "Alertmanager",
            workDir,
            null,
            port ->
                List.of(
                    executable.toString(),
                    "--config.file=" + config,
                    "--storage.path=" + workDir.resolve("alertmanager-" + port),
                    "--web.listen-address=127.0.0.1:" + port,
                    "--cluster.listen-address=",
                    "--log.level=warn")));
  }

  /** {@code host:port}, as Prometheus' alerting block names it. */
  String address() {
    return server.base().getAuthority();
  }

  /** The alerts Alertmanager holds now (API v2), active, silenced and inhibited alike. */
  JsonNode alerts() {
    try {
      return JSON.readTree(server.get("/api/v2/alerts").body());
    } catch (IOException e) {
      throw new UncheckedIOException("Alertmanager log:\n" + log(), e);
    }
  }

  String log() {
    return server.log();
  }

  @Override
  public void close() throws InterruptedException {
    server.close();
  }
}
