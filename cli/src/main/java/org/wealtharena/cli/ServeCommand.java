package org.wealtharena.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code wealtharena serve}: both metrics endpoints and nothing else, like the guide's start
 * script, for code that records through the library in the same JVM or to check a deployment. A run
 * of nothing that lingers: until SIGINT or SIGTERM (or {@code --linger TIME}), then it closes both
 * endpoints and exits 0.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Serve the two metrics endpoints until SIGINT/SIGTERM (or for --linger TIME), then exit 0.")
public final class ServeCommand implements Callable<Integer> {

  @Mixin RunMetricsOptions metricsOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    try (RunMetrics metrics = metricsOptions.startOnlyToServe(out)) {
      metrics.linger(out);
    }
    return 0;
  }
}
