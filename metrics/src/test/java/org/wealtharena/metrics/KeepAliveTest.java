package org.wealtharena.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Prometheus reuses its connection for every scrape. The JDK server writes a response's headers and
 * body in two writes; with Nagle's algorithm on the server socket the body then waits for the
 * client's delayed ACK (about 40 ms on Linux) on every request after the first. The server's
 * sockets have TCP_NODELAY, so a reused connection is as fast as a new one. Both are measured in
 * the same test, so a loaded machine slows both alike; the delayed ACK would add its 40 ms to one
 * only.
 */
class KeepAliveTest {

  private static final int REQUESTS = 200;

  /** Half the delayed-ACK stall a reused connection would pay per request without TCP_NODELAY. */
  private static final double STALL_MILLIS = 20;

  @Test
  void scrapesOnOneConnectionAreNoSlowerThanOnNewConnections() throws IOException {
    MultiAgentMetrics metrics = new MultiAgentMetrics();
    CatalogConformanceTest.recordEveryFamily(metrics);
    try (MetricsServer server =
            metrics.startMultiAgentMetricsServer(
                MetricsServerConfig.builder().port(0).bindAddress("127.0.0.1").build());
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      OutputStream out = socket.getOutputStream();
      InputStream in = new BufferedInputStream(socket.getInputStream());
      byte[] request =
          ("GET /metrics HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII);
      long[] nanos = new long[REQUESTS];
      for (int i = 0; i < REQUESTS; i++) {
        long start = System.nanoTime();
        out.write(request);
        out.flush();
        String body = readResponse(in);
        nanos[i] = System.nanoTime() - start;
        assertThat(body).contains("agent_coordination_efficiency");
      }
      Arrays.sort(nanos);
      double medianMillis = nanos[REQUESTS / 2] / 1e6;
      double newConnectionMillis = newConnectionMedianMillis(server.port(), request);
      System.out.printf(
          Locale.ROOT,
          "keep-alive scrapes on one connection: median %.2f ms, max %.2f ms;"
              + " on a new connection each: median %.2f ms%n",
          medianMillis,
          nanos[REQUESTS - 1] / 1e6,
          newConnectionMillis);
      assertThat(medianMillis).isLessThan(newConnectionMillis + STALL_MILLIS);
    }
  }

  /**
   * The same scrapes, each on a connection of its own (no reuse, so no delayed ACK to wait for).
   */
  private static double newConnectionMedianMillis(int port, byte[] request) throws IOException {
    long[] nanos = new long[REQUESTS];
    for (int i = 0; i < REQUESTS; i++) {
      long start = System.nanoTime();
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
        socket.getOutputStream().write(request);
        readResponse(new BufferedInputStream(socket.getInputStream()));
      }
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return nanos[REQUESTS / 2] / 1e6;
  }

  /** Reads one HTTP/1.1 response with a Content-Length; returns its body. */
  private static String readResponse(InputStream in) throws IOException {
    int contentLength = -1;
    String line;
    while (!(line = readLine(in)).isEmpty()) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("content-length")) {
        contentLength = Integer.parseInt(line.substring(colon + 1).trim());
      }
    }
    assertThat(contentLength).as("Content-Length of a keep-alive response").isPositive();
    return new String(in.readNBytes(contentLength), StandardCharsets.UTF_8);
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = in.read()) != '\n') {
      if (c < 0) {
        throw new IOException("connection closed in the middle of a response");
      }
      if (c != '\r') {
        sb.append((char) c);
      }
    }
    return sb.toString();
  }
}
