package org.wealtharena.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsServerTest {

  private static final String LOOPBACK = "127.0.0.1";

  private PrometheusRegistry registry;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void registryWithOneCounter() {
    registry = new PrometheusRegistry();
    Counter.builder().name("test_events_total").help("events").register(registry).inc(3);
  }

  private static MetricsServerConfig.Builder loopback() {
    return MetricsServerConfig.builder().port(0).bindAddress(LOOPBACK);
  }

  private HttpResponse<String> get(String url, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesItsRegistryWithJvmAndProcessMetricsAndAHealthPath() throws Exception {
    try (MetricsServer server = MetricsServer.start("test", registry, loopback().build())) {
      assertThat(server.url()).isEqualTo("http://" + LOOPBACK + ":" + server.port() + "/metrics");

      HttpResponse<String> scrape = get(server.url());
      assertThat(scrape.statusCode()).isEqualTo(200);
      assertThat(scrape.body())
          .contains("test_events_total 3.0")
          .contains("# TYPE jvm_memory_used_bytes gauge")
          .contains("process_cpu_seconds_total");

      HttpResponse<String> health =
          get("http://" + LOOPBACK + ":" + server.port() + MetricsServer.HEALTH_PATH);
      assertThat(health.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void jvmMetricsCanBeLeftOut() throws Exception {
    try (MetricsServer server =
        MetricsServer.start("test", registry, loopback().jvmMetrics(false).build())) {
      assertThat(get(server.url()).body()).contains("test_events_total").doesNotContain("jvm_");
    }
  }

  @Test
  void negotiatesOpenMetricsProtobufAndGzip() throws Exception {
    try (MetricsServer server = MetricsServer.start("test", registry, loopback().build())) {
      HttpResponse<String> openMetrics =
          get(server.url(), "Accept", "application/openmetrics-text; version=1.0.0; charset=utf-8");
      assertThat(openMetrics.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/openmetrics-text");
      assertThat(openMetrics.body()).contains("test_events_total 3.0").endsWith("# EOF\n");

      HttpResponse<byte[]> protobuf =
          http.send(
              HttpRequest.newBuilder(URI.create(server.url()))
                  .header(
                      "Accept",
                      "application/vnd.google.protobuf; proto=io.prometheus.client.MetricFamily; encoding=delimited")
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(protobuf.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/vnd.google.protobuf");

      HttpResponse<byte[]> gzip =
          http.send(
              HttpRequest.newBuilder(URI.create(server.url()))
                  .header("Accept-Encoding", "gzip")
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");
      try (InputStream in =
          new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip.body()))) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
            .contains("test_events_total");
      }
    }
  }

  @Test
  void basicAuthRejectsMissingAndWrongCredentials() throws Exception {
    MetricsServerConfig config = loopback().basicAuth("prometheus", "s3cret".toCharArray()).build();
    try (MetricsServer server = MetricsServer.start("test", registry, config)) {
      assertThat(get(server.url()).statusCode()).isEqualTo(401);
      assertThat(get(server.url(), "Authorization", basic("prometheus", "wrong")).statusCode())
          .isEqualTo(401);
      assertThat(get(server.url(), "Authorization", basic("someone", "s3cret")).statusCode())
          .isEqualTo(401);

      HttpResponse<String> ok = get(server.url(), "Authorization", basic("prometheus", "s3cret"));
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(ok.body()).contains("test_events_total 3.0");
    }
  }

  @Test
  void theHealthCheckNeedsNoCredentialsUnderBasicAuth() throws Exception {
    MetricsServerConfig config = loopback().basicAuth("prometheus", "s3cret".toCharArray()).build();
    try (MetricsServer server = MetricsServer.start("test", registry, config)) {
      String base = "http://" + LOOPBACK + ":" + server.port();
      assertThat(get(base + MetricsServer.HEALTH_PATH).statusCode()).isEqualTo(200);
      assertThat(get(base + "/").statusCode()).isEqualTo(401);
    }
  }

  @Test
  void pathsOtherThanTheScrapeTheHealthCheckAndTheRootAreNotFound() throws Exception {
    try (MetricsServer server = MetricsServer.start("test", registry, loopback().build())) {
      String base = "http://" + LOOPBACK + ":" + server.port();
      for (String path : new String[] {"/", "/metrics", "/-/healthy"}) {
        assertThat(get(base + path).statusCode()).as(path).isEqualTo(200);
      }
      assertThat(get(base + "/metrics?name[]=test_events_total").statusCode()).isEqualTo(200);
      for (String path : new String[] {"/favicon.ico", "/metricsx", "/metrics/", "/-/ready"}) {
        HttpResponse<String> response = get(base + path);
        assertThat(response.statusCode()).as(path).isEqualTo(404);
        assertThat(response.body()).as(path).doesNotContain("test_events_total");
      }
    }
  }

  @Test
  void servesHttpsFromASelfSignedKeyStore(@TempDir Path dir) throws Exception {
    Path keyStore = dir.resolve("server.p12");
    char[] password = "changeit".toCharArray();
    makeSelfSignedKeyStore(keyStore, "changeit");

    MetricsServerConfig config = loopback().tls(keyStore, password, "PKCS12").build();
    try (MetricsServer server = MetricsServer.start("test", registry, config)) {
      assertThat(server.url()).startsWith("https://");

      HttpClient trusting =
          HttpClient.newBuilder().sslContext(trusting(keyStore, password)).build();
      HttpResponse<String> scrape =
          trusting.send(
              HttpRequest.newBuilder(URI.create(server.url())).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(scrape.statusCode()).isEqualTo(200);
      assertThat(scrape.body()).contains("test_events_total 3.0");
    }
  }

  @Test
  void unreadableKeyStoreIsANamedError(@TempDir Path dir) {
    Path missing = dir.resolve("missing.p12");
    MetricsServerConfig config = loopback().tls(missing, "x".toCharArray(), "PKCS12").build();
    assertThatThrownBy(() -> MetricsServer.start("specialized_agents", registry, config))
        .isInstanceOf(MetricsServerException.class)
        .hasMessageContaining("specialized_agents endpoint")
        .hasMessageContaining(missing.toString());
  }

  @Test
  void aTakenPortFailsWithAnErrorNamingEndpointAndPort() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
      int port = taken.getLocalPort();
      MetricsServerConfig config =
          MetricsServerConfig.builder().port(port).bindAddress(LOOPBACK).build();
      assertThatThrownBy(() -> MetricsServer.start("multi_agent", registry, config))
          .isInstanceOfSatisfying(
              MetricsServerException.class,
              e -> {
                assertThat(e.port()).isEqualTo(port);
                assertThat(e.endpoint()).isEqualTo("multi_agent");
              })
          .hasMessageContaining("multi_agent endpoint")
          .hasMessageContaining("port " + port)
          .hasMessageContaining("already in use");
    }
  }

  @Test
  void closingFreesThePort() throws Exception {
    int port;
    try (MetricsServer server = MetricsServer.start("test", registry, loopback().build())) {
      port = server.port();
    }
    try (MetricsServer again =
        MetricsServer.start("test", registry, loopback().port(port).build())) {
      assertThat(again.port()).isEqualTo(port);
    }
  }

  @Test
  void configRejectsBadValues() {
    assertThatThrownBy(() -> MetricsServerConfig.builder().port(70_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("70000");
    assertThatThrownBy(() -> MetricsServerConfig.builder().basicAuth("a:b", "p".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MetricsServerConfig.builder().basicAuth("user", new char[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(MetricsServerConfig.builder().basicAuth("u", "pw".toCharArray()).build().toString())
        .doesNotContain("pw");
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Runs the JDK's keytool, so the test needs nothing beyond the JDK that runs it. */
  private static void makeSelfSignedKeyStore(Path keyStore, String password) throws Exception {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process =
        new ProcessBuilder(
                List.of(
                    keytool.toString(),
                    "-genkeypair",
                    "-alias",
                    "server",
                    "-keyalg",
                    "RSA",
                    "-keysize",
                    "2048",
                    "-validity",
                    "2",
                    "-dname",
                    "CN=localhost",
                    "-ext",
                    "SAN=dns:localhost,ip:127.0.0.1",
                    "-storetype",
                    "PKCS12",
                    "-keystore",
                    keyStore.toString(),
                    "-storepass",
                    password,
                    "-keypass",
                    password))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("keytool finished").isTrue();
    assertThat(process.exitValue()).as("keytool: %s", output).isZero();
    assertThat(Files.exists(keyStore)).isTrue();
  }

  private static SSLContext trusting(Path keyStore, char[] password) throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStore)) {
      trust.load(in, password);
    }
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, tmf.getTrustManagers(), null);
    return context;
  }
}
