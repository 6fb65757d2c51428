package org.wealtharena.metrics;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How one metrics endpoint is served: port and bind address, optional HTTP basic auth, optional TLS
 * from a key store, and whether JVM/process metrics are added to the served registry.
 *
 * <p>Port 0 asks the operating system for a free port; {@link MetricsServer#port()} tells which.
 */
public final class MetricsServerConfig {

  /** Default bind address: every interface, so a Prometheus in a container can reach us. */
  public static final String ANY_ADDRESS = "0.0.0.0";

  private final int port;
  private final String bindAddress;
  private final BasicAuth basicAuth;
  private final Tls tls;
  private final boolean jvmMetrics;

  private MetricsServerConfig(Builder b) {
    this.port = b.port;
    this.bindAddress = b.bindAddress;
    this.basicAuth = b.basicAuth;
    this.tls = b.tls;
    this.jvmMetrics = b.jvmMetrics;
  }

  public static Builder builder() {
    return new Builder();
  }

  public int port() {
    return port;
  }

  public String bindAddress() {
    return bindAddress;
  }

  public Optional<BasicAuth> basicAuth() {
    return Optional.ofNullable(basicAuth);
  }

  public Optional<Tls> tls() {
    return Optional.ofNullable(tls);
  }

  public boolean jvmMetrics() {
    return jvmMetrics;
  }

  /**
   * Credentials a scraper must present. The password is kept as chars so it can be compared without
   * a String copy.
   */
  public record BasicAuth(String username, char[] password) {
    public BasicAuth {
      usernameProblem(username)
          .ifPresent(
              problem -> {
                throw new IllegalArgumentException("basic auth username " + problem);
              });
      if (password == null || password.length == 0) {
        throw new IllegalArgumentException("basic auth password must not be empty");
      }
      password = password.clone();
    }

    /**
     * Why {@code username} cannot be a basic auth user name ("must not be blank", "must not contain
     * ':'", as the name and password travel joined by a colon), if it cannot.
     */
    public static Optional<String> usernameProblem(String username) {
      if (username == null || username.isBlank()) {
        return Optional.of("must not be blank");
      }
      if (username.indexOf(':') >= 0) {
        return Optional.of("must not contain ':'");
      }
      return Optional.empty();
    }

    @Override
    public char[] password() {
      return password.clone();
    }

    @Override
    public String toString() {
      return "BasicAuth[username=" + username + ", password=****]";
    }
  }

  /** A key store (PKCS12 or JKS) holding the server's private key and certificate chain. */
  public record Tls(Path keyStore, char[] keyStorePassword, String keyStoreType) {
    public Tls {
      Objects.requireNonNull(keyStore, "keyStore");
      keyStorePassword = keyStorePassword == null ? new char[0] : keyStorePassword.clone();
      keyStoreType = keyStoreType == null || keyStoreType.isBlank() ? "PKCS12" : keyStoreType;
    }

    @Override
    public char[] keyStorePassword() {
      return keyStorePassword.clone();
    }

    @Override
    public String toString() {
      return "Tls[keyStore=" + keyStore + ", type=" + keyStoreType + "]";
    }
  }

  public static final class Builder {
    private int port;
    private String bindAddress = ANY_ADDRESS;
    private BasicAuth basicAuth;
    private Tls tls;
    private boolean jvmMetrics = true;

    private Builder() {}

    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be 0..65535, got " + port);
      }
      this.port = port;
      return this;
    }

    public Builder bindAddress(String bindAddress) {
      if (bindAddress == null || bindAddress.isBlank()) {
        throw new IllegalArgumentException("bind address must not be blank");
      }
      this.bindAddress = bindAddress;
      return this;
    }

    public Builder basicAuth(String username, char[] password) {
      this.basicAuth = new BasicAuth(username, password);
      return this;
    }

    public Builder tls(Path keyStore, char[] keyStorePassword, String keyStoreType) {
      this.tls = new Tls(keyStore, keyStorePassword, keyStoreType);
      return this;
    }

    public Builder jvmMetrics(boolean jvmMetrics) {
      this.jvmMetrics = jvmMetrics;
      return this;
    }

    public MetricsServerConfig build() {
      return new MetricsServerConfig(this);
    }
  }
}
