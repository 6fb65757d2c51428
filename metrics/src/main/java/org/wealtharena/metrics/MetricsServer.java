package org.wealtharena.metrics;

import com.sun.net.httpserver.Authenticator;
import com.sun.net.httpserver.BasicAuthenticator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import com.sun.net.httpserver.HttpsConfigurator;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.MessageDigest;
import java.security.UnrecoverableKeyException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Serves one registry on one port with the Prometheus client's HTTP server: {@code /metrics} in
 * Prometheus text, OpenMetrics or protobuf by content negotiation (gzip when asked), {@code
 * /-/healthy} for liveness checks (without credentials: it reveals nothing), the client's page at
 * {@code /}, 404 for any other path, and JVM/process metrics beside the registry's own families.
 *
 * <p>Each endpoint gets its own registry, so each scrape holds only its own families.
 */
public final class MetricsServer implements AutoCloseable {

  /** Path of the liveness check; answers 200 while the server runs. */
  public static final String HEALTH_PATH = "/-/healthy";

  /** Path of the scrape. */
  public static final String METRICS_PATH = "/metrics";

  /** The JDK server sets TCP_NODELAY on the sockets it accepts when this is true. */
  static final String JDK_SERVER_NO_DELAY = "sun.net.httpserver.nodelay";

  private static final String REALM = "wealtharena-metrics";

  static {
    enableTcpNoDelay();
  }

  private final String endpoint;
  private final HTTPServer server;
  private final String scheme;
  private final String host;

  private MetricsServer(String endpoint, HTTPServer server, String scheme, String host) {
    this.endpoint = endpoint;
    this.server = server;
    this.scheme = scheme;
    this.host = host;
  }

  /**
   * Starts serving {@code registry}. Fails with a {@link MetricsServerException} naming the
   * endpoint and port when the port is taken, the address cannot be bound, or the TLS key store
   * cannot be read.
   */
  public static MetricsServer start(
      String endpoint, PrometheusRegistry registry, MetricsServerConfig config) {
    if (config.jvmMetrics()) {
      JvmMetrics.builder().register(registry); // idempotent per registry
    }
    InetAddress address = resolve(endpoint, config);
    HTTPServer.Builder builder =
        HTTPServer.builder()
            .registry(registry)
            .inetAddress(address)
            .port(config.port())
            .metricsHandlerPath(METRICS_PATH)
            .registerHealthHandler(true)
            .authenticator(new PathGuard(config.basicAuth().map(ConstantTimeBasicAuth::new)));
    config.tls().ifPresent(tls -> builder.httpsConfigurator(httpsConfigurator(endpoint, config)));
    try {
      HTTPServer server = builder.buildAndStart();
      String host = address.isAnyLocalAddress() ? "localhost" : config.bindAddress();
      return new MetricsServer(endpoint, server, config.tls().isPresent() ? "https" : "http", host);
    } catch (BindException e) {
      if (!isOnThisMachine(address)) {
        throw new MetricsServerException(
            endpoint,
            config.port(),
            MetricsServerException.Setting.BIND_ADDRESS,
            endpoint
                + " endpoint: cannot listen on "
                + config.bindAddress()
                + ": it is not an address of this machine (expected one of its own addresses,"
                + " e.g. 127.0.0.1, or 0.0.0.0 for all)",
            e);
      }
      throw new MetricsServerException(
          endpoint,
          config.port(),
          MetricsServerException.Setting.PORT,
          endpoint
              + " endpoint: port "
              + config.port()
              + " on "
              + config.bindAddress()
              + " is already in use ("
              + e.getMessage()
              + ")",
          e);
    } catch (IOException e) {
      throw new MetricsServerException(
          endpoint,
          config.port(),
          MetricsServerException.Setting.BIND_ADDRESS,
          endpoint
              + " endpoint: cannot listen on "
              + config.bindAddress()
              + ":"
              + config.port()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Whether {@code address} belongs to one of this machine's interfaces (or is the wildcard); asks
   * the operating system only, sends nothing.
   */
  private static boolean isOnThisMachine(InetAddress address) {
    try {
      return address.isAnyLocalAddress()
          || address.isLoopbackAddress()
          || NetworkInterface.getByInetAddress(address) != null;
    } catch (SocketException e) {
      return true; // cannot tell: keep the bind error as it is
    }
  }

  /**
   * The JDK server under the client's HTTPServer writes a response's headers and its body in two
   * writes. With Nagle's algorithm the body then waits for the client's delayed ACK, about 40 ms on
   * Linux, on every request after the first on a kept-alive connection, and Prometheus keeps its
   * connections. TCP_NODELAY on the server's sockets removes the wait. The JDK reads its switch
   * once, when its first server starts in the process, so this runs as soon as an endpoint is
   * created, before any server of ours starts; a value the user set is kept.
   */
  static void enableTcpNoDelay() {
    if (System.getProperty(JDK_SERVER_NO_DELAY) == null) {
      System.setProperty(JDK_SERVER_NO_DELAY, "true");
    }
  }

  /** The endpoint's name as given at start, e.g. {@code multi_agent}. */
  public String endpoint() {
    return endpoint;
  }

  /** The port actually bound (useful when started with port 0). */
  public int port() {
    return server.getPort();
  }

  /** Where to scrape, e.g. {@code http://localhost:8012/metrics}. */
  public String url() {
    String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    return scheme + "://" + h + ":" + port() + "/metrics";
  }

  /** Stops accepting scrapes and frees the port. Safe to call more than once. */
  @Override
  public void close() {
    server.close();
  }

  private static InetAddress resolve(String endpoint, MetricsServerConfig config) {
    try {
      return InetAddress.getByName(config.bindAddress());
    } catch (UnknownHostException e) {
      throw new MetricsServerException(
          endpoint,
          config.port(),
          MetricsServerException.Setting.BIND_ADDRESS,
          endpoint
              + " endpoint: unknown bind address '"
              + config.bindAddress()
              + "' (expected an address or host name of this machine)",
          e);
    }
  }

  private static HttpsConfigurator httpsConfigurator(String endpoint, MetricsServerConfig config) {
    MetricsServerConfig.Tls tls = config.tls().orElseThrow();
    char[] password = tls.keyStorePassword();
    try (InputStream in = Files.newInputStream(tls.keyStore())) {
      KeyStore keyStore = KeyStore.getInstance(tls.keyStoreType());
      keyStore.load(in, password);
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(keyStore, password);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(kmf.getKeyManagers(), null, null);
      return new HttpsConfigurator(context);
    } catch (IOException | GeneralSecurityException e) {
      throw new MetricsServerException(
          endpoint,
          config.port(),
          MetricsServerException.Setting.TLS_KEY_STORE,
          endpoint
              + " endpoint: cannot use TLS key store "
              + tls.keyStore()
              + ": "
              + keyStoreProblem(tls, e),
          e);
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /**
   * What is wrong with the key store in the user's terms: the JDK's own messages blame the password
   * for a missing one and speak of DER tags for a store of another type.
   */
  private static String keyStoreProblem(MetricsServerConfig.Tls tls, Exception e) {
    if (e instanceof NoSuchFileException) {
      return "the file does not exist";
    }
    if (e instanceof KeyStoreException) {
      return "unknown key store type '" + tls.keyStoreType() + "', expected PKCS12 or JKS";
    }
    if (e instanceof UnrecoverableKeyException
        || e.getCause() instanceof UnrecoverableKeyException) {
      return tls.keyStorePassword().length == 0
          ? "no password was given, and the key store needs one"
          : "the password given does not open it";
    }
    if (e instanceof IOException) {
      return "the file is not a " + tls.keyStoreType() + " key store (another type, or damaged)";
    }
    return e.getMessage();
  }

  /**
   * The JDK server gives a request to the context whose path is the longest prefix of its own, so
   * {@code /} would answer every path and {@code /metrics} every path below it. The server runs an
   * authenticator before every context's handler: this one answers 404 for any path but the three
   * served, lets the health check through, and asks the others for basic auth when it is
   * configured.
   */
  private static final class PathGuard extends Authenticator {
    private static final Set<String> SERVED = Set.of("/", METRICS_PATH, HEALTH_PATH);
    private static final HttpPrincipal ANONYMOUS = new HttpPrincipal("", REALM);
    private final Optional<ConstantTimeBasicAuth> basicAuth;

    PathGuard(Optional<ConstantTimeBasicAuth> basicAuth) {
      this.basicAuth = basicAuth;
    }

    @Override
    public Result authenticate(HttpExchange exchange) {
      String path = exchange.getRequestURI().getPath();
      if (!SERVED.contains(path)) {
        return new Failure(HttpURLConnection.HTTP_NOT_FOUND);
      }
      if (path.equals(HEALTH_PATH) || basicAuth.isEmpty()) {
        return new Success(ANONYMOUS);
      }
      return basicAuth.get().authenticate(exchange);
    }
  }

  /** Basic auth whose comparison takes the same time whether the first or the last byte differs. */
  private static final class ConstantTimeBasicAuth extends BasicAuthenticator {
    private final byte[] username;
    private final byte[] password;

    ConstantTimeBasicAuth(MetricsServerConfig.BasicAuth auth) {
      super(REALM, StandardCharsets.UTF_8);
      this.username = auth.username().getBytes(StandardCharsets.UTF_8);
      char[] chars = auth.password();
      ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
      this.password = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
      Arrays.fill(chars, '\0');
    }

    @Override
    public boolean checkCredentials(String user, String pass) {
      boolean userOk = MessageDigest.isEqual(username, user.getBytes(StandardCharsets.UTF_8));
      boolean passOk = MessageDigest.isEqual(password, pass.getBytes(StandardCharsets.UTF_8));
      return userOk & passOk;
    }
  }
}
