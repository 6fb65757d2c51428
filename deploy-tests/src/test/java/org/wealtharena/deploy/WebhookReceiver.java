package org.wealtharena.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Alertmanager's webhook receivers, all of them, in one JDK HTTP server on a free loopback port:
 * every alert of every notification is kept with the path (the receiver) it was posted to.
 */
final class WebhookReceiver implements AutoCloseable {

  /** One alert as a notification carried it. */
  record Received(String receiver, String status, JsonNode labels, JsonNode annotations) {
    String label(String name) {
      return labels.path(name).asText();
    }

    @Override
    public String toString() {
      return receiver + " " + status + " " + labels + " " + annotations;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final List<Received> received = new ArrayList<>();

  private WebhookReceiver(HttpServer server) {
    this.server = server;
  }

  static WebhookReceiver start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    WebhookReceiver receiver = new WebhookReceiver(server);
    server.createContext("/", receiver::handle);
    server.start();
    return receiver;
  }

  /** {@code http://127.0.0.1:PORT}; a receiver's URL is this plus {@code /NAME}. */
  String url() {
    return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (InputStream body = exchange.getRequestBody()) {
      JsonNode notification = JSON.readTree(body);
      String receiver = exchange.getRequestURI().getPath().substring(1);
      synchronized (this) {
        for (JsonNode alert : notification.path("alerts")) {
          received.add(
              new Received(
                  receiver,
                  alert.path("status").asText(),
                  alert.path("labels"),
                  alert.path("annotations")));
        }
        notifyAll();
      }
      exchange.sendResponseHeaders(200, -1);
    } finally {
      exchange.close();
    }
  }

  /** Every alert received so far, in arrival order. */
  synchronized List<Received> received() {
    return List.copyOf(received);
  }

  /**
   * Waits until some received alert matches {@code wanted} or {@code timeout} passes; returns the
   * first match, or null on timeout. Woken by each notification, no polling.
   */
  synchronized Received await(Duration timeout, Predicate<Received> wanted)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (Received alert : received) {
        if (wanted.test(alert)) {
          return alert;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
