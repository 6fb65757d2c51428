package org.wealtharena.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wealtharena.metrics.MetricsOptions;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code wealtharena serve}: both metrics endpoints and nothing else, like the guide's start
 * script, for code that records through the library in the same JVM or to check a deployment. Runs
 * until SIGINT or SIGTERM, then closes both endpoints and exits 0.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the two metrics endpoints until SIGINT/SIGTERM.")
public final class ServeCommand implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

  @Mixin MetricsEndpointOptions endpoints;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    MetricsOptions options = endpoints.metricsOptions();
    MultiAgentMetrics multiAgent = new MultiAgentMetrics(options);
    SpecializedAgentMetrics specialized = new SpecializedAgentMetrics(options);
    ShutdownSignal signal = ShutdownSignal.install();
    PrintWriter out = spec.commandLine().getOut();
    try (MetricsEndpoints running =
        MetricsEndpoints.start(endpoints, multiAgent.registry(), specialized.registry(), out)) {
      String reason = signal.await();
      log.info("{} received, closing the metrics endpoints", reason);
    }
    return 0;
  }
}
