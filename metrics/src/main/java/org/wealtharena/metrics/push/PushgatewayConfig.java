package org.wealtharena.metrics.push;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how often {@link MetricsPusher} pushes: the Pushgateway URL ({@code http} or {@code
 * https}, optionally with the gateway's route prefix as path), the interval of periodic pushes,
 * optional HTTP basic auth, and the {@code instance} grouping key.
 *
 * <p>Every push replaces the group {@code job/<job>/instance/<instance>} (PUT). The default
 * instance is the host name, so two processes pushing from one host must be given distinct
 * instances (e.g. a run id), or each push replaces the other's series.
 */
public final class PushgatewayConfig {

  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(15);
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

  private final URI url;
  private final Duration interval;
  private final Duration timeout;
  private final String instance;
  private final BasicAuth basicAuth;

  private PushgatewayConfig(Builder b) {
    this.url = b.url;
    this.interval = b.interval;
    this.timeout = b.timeout;
    this.instance = b.instance != null ? b.instance : localHostName();
    this.basicAuth = b.basicAuth;
  }

  /**
   * Starts a configuration for the gateway at {@code url}, e.g. {@code http://pushgateway:9091}.
   *
   * @throws IllegalArgumentException naming the URL when it is not an absolute http(s) URL with a
   *     host, or carries credentials, a query or a fragment
   */
  public static Builder builder(String url) {
    return new Builder(parseUrl(url));
  }

  static URI parseUrl(String text) {
    Objects.requireNonNull(text, "url");
    URI uri;
    try {
      uri = new URI(text.trim());
    } catch (URISyntaxException e) {
      throw invalid(text, "not a URL (" + e.getReason() + ")");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw invalid(text, "expected http://HOST:PORT or https://HOST:PORT");
    }
    if (uri.getHost() == null) {
      throw invalid(text, "no host");
    }
    if (uri.getRawUserInfo() != null) {
      throw invalid(text, "credentials do not belong in the URL; use basic auth settings");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw invalid(text, "a query or fragment is not allowed");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
    // host:port plus the route prefix, exactly what the client's address(...) expects
    return URI.create(scheme + "://" + uri.getRawAuthority() + path);
  }

  private static IllegalArgumentException invalid(String url, String why) {
    return new IllegalArgumentException("invalid Pushgateway URL '" + url + "': " + why);
  }

  private static String localHostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }

  /** The gateway's base URL, normalised: lower-case scheme, no trailing slash. */
  public URI url() {
    return url;
  }

  /** {@code https} or {@code http}. */
  String scheme() {
    return url.getScheme();
  }

  /** {@code host:port} and route prefix, without scheme. */
  String address() {
    return url.getRawAuthority() + url.getRawPath();
  }

  /** Time between periodic pushes; zero means push only at the end (close). */
  public Duration interval() {
    return interval;
  }

  /** Connect and read timeout of one push. */
  public Duration timeout() {
    return timeout;
  }

  /** Value of the {@code instance} grouping key. */
  public String instance() {
    return instance;
  }

  public Optional<BasicAuth> basicAuth() {
    return Optional.ofNullable(basicAuth);
  }

  /** HTTP basic auth credentials. {@link #toString()} does not show the password. */
  public record BasicAuth(String user, String password) {
    public BasicAuth {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
      return "BasicAuth[user=" + user + "]";
    }
  }

  public static final class Builder {
    private final URI url;
    private Duration interval = DEFAULT_INTERVAL;
    private Duration timeout = DEFAULT_TIMEOUT;
    private String instance;
    private BasicAuth basicAuth;

    private Builder(URI url) {
      this.url = url;
    }

    /** Time between periodic pushes (zero: only the final push). Default 15 s. */
    public Builder interval(Duration interval) {
      if (interval.isNegative()) {
        throw new IllegalArgumentException("push interval must not be negative, got " + interval);
      }
      this.interval = interval;
      return this;
    }

    /** Connect and read timeout of one push. Default 5 s. */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("push timeout must be positive, got " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /** The {@code instance} grouping key; default the local host name. */
    public Builder instance(String instance) {
      if (instance == null || instance.isBlank()) {
        throw new IllegalArgumentException("instance grouping key must not be blank");
      }
      this.instance = instance;
      return this;
    }

    public Builder basicAuth(String user, String password) {
      this.basicAuth = new BasicAuth(user, password);
      return this;
    }

    public PushgatewayConfig build() {
      return new PushgatewayConfig(this);
    }
  }
}
