package org.wealtharena.cluster;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes the pushes of a run (a Pushgateway's push API on loopback, text format) and keeps them, so
 * that a test sees what a run that ended recorded. It stores nothing else and serves nothing back.
 */
final class PushReceiver implements AutoCloseable {

  private final HttpServer server;
  private final List<String> pushes = new ArrayList<>();

  PushReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/metrics/job/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          synchronized (pushes) {
            pushes.add(exchange.getRequestURI().getPath() + "\n" + body);
          }
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
  }

  /** {@code --pushgateway} for this receiver. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The last push to the group of {@code job}: its path line, then the metrics. */
  String lastPushOf(String job) {
    synchronized (pushes) {
      for (int i = pushes.size() - 1; i >= 0; i--) {
        if (pushes.get(i).startsWith("/metrics/job/" + job + "/")) {
          return pushes.get(i);
        }
      }
    }
    throw new AssertionError("no push of job " + job + " among " + pushes.size() + " pushes");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
