package org.wealtharena.metrics.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * A minimal OTLP/HTTP receiver on a free loopback port: accepts protobuf export requests at {@code
 * /v1/metrics}, as an OpenTelemetry collector does, and hands them to the test decoded.
 */
public final class OtlpReceiver implements AutoCloseable {

  public static final String METRICS_PATH = "/v1/metrics";

  private final HttpServer server;
  private final BlockingQueue<ExportMetricsServiceRequest> received = new LinkedBlockingQueue<>();

  public OtlpReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(METRICS_PATH, this::export);
    server.start();
  }

  /** What to give the exporter as its endpoint, e.g. {@code http://127.0.0.1:43121}. */
  public String endpoint() {
    return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
  }

  /** The next export request, waiting at most {@code seconds}; fails if none comes. */
  public ExportMetricsServiceRequest next(long seconds) throws InterruptedException {
    ExportMetricsServiceRequest request = received.poll(seconds, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("no OTLP export request at " + endpoint() + METRICS_PATH);
    }
    return request;
  }

  private void export(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      InputStream body = exchange.getRequestBody();
      if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
        body = new GZIPInputStream(body);
      }
      received.add(ExportMetricsServiceRequest.parseFrom(body));
      byte[] response = ExportMetricsServiceResponse.getDefaultInstance().toByteArray();
      exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
      exchange.sendResponseHeaders(200, response.length == 0 ? -1 : response.length);
      exchange.getResponseBody().write(response);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
