package org.wealtharena.metrics;

/**
 * A metrics endpoint could not be started. The message names the endpoint and the port, e.g. {@code
 * multi_agent endpoint: port 8012 on 0.0.0.0 is already in use}.
 */
public final class MetricsServerException extends RuntimeException {

  /** Which setting the failure is about, so a launcher can name its own option for it. */
  public enum Setting {
    PORT,
    BIND_ADDRESS,
    TLS_KEY_STORE
  }

  private final String endpoint;
  private final int port;
  private final Setting setting;

  public MetricsServerException(
      String endpoint, int port, Setting setting, String message, Throwable cause) {
    super(message, cause);
    this.endpoint = endpoint;
    this.port = port;
    this.setting = setting;
  }

  public Setting setting() {
    return setting;
  }

  public String endpoint() {
    return endpoint;
  }

  public int port() {
    return port;
  }
}
