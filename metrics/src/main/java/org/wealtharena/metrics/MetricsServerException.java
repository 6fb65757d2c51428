package org.wealtharena.metrics;

/**
 * A metrics endpoint could not be started. The message names the endpoint and the port, e.g. {@code
 * multi_agent endpoint: port 8012 on 0.0.0.0 is already in use}.
 */
public final class MetricsServerException extends RuntimeException {

  private final String endpoint;
  private final int port;

  public MetricsServerException(String endpoint, int port, String message, Throwable cause) {
    super(message, cause);
    this.endpoint = endpoint;
    this.port = port;
  }

  public String endpoint() {
    return endpoint;
  }

  public int port() {
    return port;
  }
}
