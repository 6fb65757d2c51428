package org.wealtharena.cli;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.PrintWriter;
import java.util.List;
import org.wealtharena.metrics.MetricsServer;
import org.wealtharena.metrics.MetricsServerException;

/**
 * The two metrics endpoints of a command, started together and closed together: if the second
 * cannot start, the first is closed again, so nothing is left half-started.
 */
final class MetricsEndpoints implements AutoCloseable {

  static final String MULTI_AGENT = "multi_agent";
  static final String SPECIALIZED_AGENTS = "specialized_agents";

  private final List<MetricsServer> servers;

  private MetricsEndpoints(List<MetricsServer> servers) {
    this.servers = servers;
  }

  /**
   * Starts both endpoints and prints one {@code metrics: URL} line per endpoint on {@code out}.
   *
   * @throws CliException naming the endpoint and port when one cannot be started
   */
  static MetricsEndpoints start(
      MetricsEndpointOptions options,
      PrometheusRegistry multiAgent,
      PrometheusRegistry specializedAgents,
      PrintWriter out) {
    MetricsServer first =
        startOne(MULTI_AGENT, multiAgent, options, options.multiAgentPort, "--multi-agent-port");
    MetricsServer second;
    try {
      second =
          startOne(
              SPECIALIZED_AGENTS,
              specializedAgents,
              options,
              options.specializedAgentsPort,
              "--specialized-agents-port");
    } catch (RuntimeException e) {
      first.close();
      throw e;
    }
    out.println("metrics: " + first.url());
    out.println("metrics: " + second.url());
    out.flush();
    return new MetricsEndpoints(List.of(first, second));
  }

  private static MetricsServer startOne(
      String name,
      PrometheusRegistry registry,
      MetricsEndpointOptions options,
      int port,
      String portOption) {
    try {
      return MetricsServer.start(name, registry, options.serverConfig(port, portOption));
    } catch (MetricsServerException e) {
      throw new CliException(
          MetricsEndpointOptions.optionFor(e, portOption) + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    servers.forEach(MetricsServer::close);
  }
}
