package org.wealtharena.metrics.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;
import org.wealtharena.metrics.testing.LogCapture;
import org.wealtharena.metrics.testing.Scrape;

/** The pusher against a stand-in gateway (a JDK HTTP server that records requests). */
class MetricsPusherTest {

  private final MultiAgentMetrics multiAgent = new MultiAgentMetrics();
  private final SpecializedAgentMetrics specialized = new SpecializedAgentMetrics();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private HttpServer gateway;
  private volatile int status = 200;

  record Request(String method, String path, String authorization, String body) {}

  private String startGateway() throws IOException {
    gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    gateway.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          requests.add(
              new Request(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getPath(),
                  exchange.getRequestHeaders().getFirst("Authorization"),
                  body));
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    gateway.start();
    return "http://127.0.0.1:" + gateway.getAddress().getPort();
  }

  @AfterEach
  void stopGateway() {
    if (gateway != null) {
      gateway.stop(0);
    }
  }

  private double counter(MultiAgentMetrics m, String family) {
    return Scrape.value(m.registry(), family, "job", MetricsPusher.MULTI_AGENT_JOB).orElse(-1);
  }

  @Test
  void putsEachRegistryUnderItsJobAndInstanceWithBasicAuth() throws IOException {
    String url = startGateway();
    multiAgent.recordMultiAgentIteration("hierarchical", 5, "run_1", 0.5);
    specialized.recordMarketMakerSpread("mm_1", "AAPL", 0.02);
    PushgatewayConfig config =
        PushgatewayConfig.builder(url)
            .interval(Duration.ZERO)
            .instance("run/1")
            .basicAuth("pusher", "s3cret")
            .build();

    try (MetricsPusher pusher = MetricsPusher.start(config, multiAgent, specialized)) {
      assertThat(pusher.pushNow()).isTrue();
    }

    String auth =
        "Basic "
            + Base64.getEncoder().encodeToString("pusher:s3cret".getBytes(StandardCharsets.UTF_8));
    // "run/1" holds a slash, so the client sends it base64url-encoded
    String instance =
        "/instance@base64/"
            + Base64.getUrlEncoder().encodeToString("run/1".getBytes(StandardCharsets.UTF_8));
    assertThat(requests)
        .hasSize(4) // pushNow, then the final push on close
        .allSatisfy(
            r -> {
              assertThat(r.method()).isEqualTo("PUT");
              assertThat(r.authorization()).isEqualTo(auth);
            })
        .extracting(Request::path)
        .containsExactly(
            "/metrics/job/wealtharena_multi_agent_rl" + instance,
            "/metrics/job/wealtharena_specialized_agents" + instance,
            "/metrics/job/wealtharena_multi_agent_rl" + instance,
            "/metrics/job/wealtharena_specialized_agents" + instance);
    assertThat(requests.get(0).body())
        .contains(
            "multi_agent_current_iteration{coordination_type=\"hierarchical\",run_id=\"run_1\"} 5.0")
        .doesNotContain("market_maker_spread");
    assertThat(requests.get(3).body())
        .contains("market_maker_spread{agent_id=\"mm_1\",symbol=\"AAPL\"} 0.02")
        .contains(
            "wealtharena_pushgateway_pushes_total{job=\"wealtharena_specialized_agents\"} 1.0")
        .doesNotContain("multi_agent_current_iteration");
  }

  @Test
  void anErrorStatusIsCountedAndLoggedOnceThenAtDebug() throws IOException {
    String url = startGateway();
    status = 500;
    PushgatewayConfig config = PushgatewayConfig.builder(url).interval(Duration.ZERO).build();
    try (LogCapture logs = LogCapture.of(MetricsPusher.class.getName());
        MetricsPusher pusher = MetricsPusher.start(config, multiAgent, specialized)) {
      assertThat(pusher.pushNow()).isFalse();
      assertThat(pusher.pushNow()).isFalse();

      assertThat(counter(multiAgent, "wealtharena_pushgateway_push_failures_total")).isEqualTo(2);
      assertThat(counter(multiAgent, "wealtharena_pushgateway_pushes_total")).isZero();
      // java.util.logging drops DEBUG (FINE) by default: only the first failure per kind shows
      assertThat(logs.messages())
          .singleElement()
          .asString()
          .contains("wealtharena_multi_agent_rl", "HTTP 500", url, "logged at DEBUG");
    }
  }

  @Test
  void aClosedPortIsCountedNotThrown() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    PushgatewayConfig config =
        PushgatewayConfig.builder("http://127.0.0.1:" + port)
            .interval(Duration.ZERO)
            .timeout(Duration.ofSeconds(2))
            .build();
    MetricsPusher pusher = MetricsPusher.start(config, multiAgent, specialized);

    assertThat(pusher.pushNow()).isFalse();
    assertThat(counter(multiAgent, "wealtharena_pushgateway_push_failures_total")).isEqualTo(1);
    assertThat(
            Scrape.value(
                specialized.registry(),
                "wealtharena_pushgateway_push_failures_total",
                "job",
                MetricsPusher.SPECIALIZED_AGENTS_JOB))
        .hasValue(1);
    pusher.close(); // final push fails too, silently
    assertThat(Scrape.points(multiAgent.registry(), "wealtharena_pushgateway_push_failures_total"))
        .as("counters leave with the pusher")
        .isEmpty();
  }

  @Test
  void errorKindsAreTheStatusOrTheInnermostException() {
    IOException status =
        new IOException(
            "Failed to push metrics to the Prometheus Pushgateway on"
                + " http://gw:9091: Response code from http://gw:9091/metrics/job/x was 401, response body: no",
            new IOException(
                "Response code from http://gw:9091/metrics/job/x was 401, response body: no"));
    assertThat(MetricsPusher.errorKind(status)).isEqualTo("HTTP 401");
    assertThat(MetricsPusher.errorKind(new IOException("wrapped", new ConnectException("refused"))))
        .isEqualTo("ConnectException");
  }

  @Test
  void oneRegistryTakesOnePusherAtATime() throws IOException {
    PushgatewayConfig config =
        PushgatewayConfig.builder(startGateway()).interval(Duration.ZERO).build();
    MetricsPusher first = MetricsPusher.start(config, multiAgent, specialized);
    assertThatThrownBy(() -> MetricsPusher.start(config, multiAgent, specialized))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("close it first");
    first.close();
    MetricsPusher.start(config, multiAgent, specialized).close();
  }
}
