package org.wealtharena.cli;

import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wealtharena.cli.config.DurationText;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;
import org.wealtharena.metrics.push.MetricsPusher;
import org.wealtharena.metrics.push.PushgatewayConfig;
import picocli.CommandLine.Option;

/**
 * Options of pushing a run's metrics to a Prometheus Pushgateway, part of every command's {@link
 * RunMetricsOptions}; {@link RunMetrics} holds the {@link Session}.
 *
 * <p>Like {@link MetricsEndpointOptions}, the password is read from an environment variable named
 * by an option, never from the command line.
 */
public final class PushOptions {

  private static final Logger log = LoggerFactory.getLogger(PushOptions.class);

  @Option(
      names = "--pushgateway",
      paramLabel = "URL",
      description =
          "Push both endpoints' metrics to this Pushgateway, e.g. http://pushgateway:9091,"
              + " periodically and once more at the end of the run.")
  String url;

  @Option(
      names = "--push-interval",
      defaultValue = "15s",
      paramLabel = "TIME",
      converter = DurationText.Converter.class, // default: PushgatewayConfig's, checked by a test
      description =
          "Time between pushes, e.g. 10s or 1m; 0 pushes only at the end."
              + " Default: ${DEFAULT-VALUE}.")
  Duration interval;

  @Option(
      names = "--push-instance",
      paramLabel = "NAME",
      description =
          "The 'instance' grouping key of the pushed groups. Default: the host name."
              + " Processes pushing at the same time need distinct instances.")
  String instance;

  @Option(
      names = "--pushgateway-user",
      paramLabel = "USER",
      description = "Push with HTTP basic auth as this user.")
  String user;

  @Option(
      names = "--pushgateway-password-env",
      defaultValue = "WEALTHARENA_PUSHGATEWAY_PASSWORD",
      paramLabel = "VAR",
      description =
          "Environment variable holding the Pushgateway password. Default: ${DEFAULT-VALUE}.")
  String passwordEnv;

  /** Pushing for one run; {@link #close()} makes the final push and stops. Never throws. */
  public interface Session extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Starts pushing both registries when {@code --pushgateway} is given; otherwise returns a session
   * that does nothing.
   *
   * @throws CliException for a bad URL or a missing password
   */
  public Session start(MultiAgentMetrics multiAgent, SpecializedAgentMetrics specialized) {
    if (url == null) {
      return () -> {};
    }
    MetricsPusher pusher = MetricsPusher.start(config(), multiAgent, specialized);
    log.info(
        "pushing metrics to {} as instance {} {}",
        pusher.config().url(),
        pusher.config().instance(),
        interval.isZero()
            ? "at the end of the run"
            : "every "
                + interval.toString().substring(2).toLowerCase(Locale.ROOT)
                + " and at the end");
    return pusher::close;
  }

  private PushgatewayConfig config() {
    PushgatewayConfig.Builder builder;
    try {
      builder = PushgatewayConfig.builder(url).interval(interval);
      if (instance != null) {
        builder.instance(instance);
      }
    } catch (IllegalArgumentException e) {
      throw new CliException("--pushgateway: " + e.getMessage(), e);
    }
    if (user != null) {
      builder.basicAuth(
          user, new String(MetricsEndpointOptions.secret(passwordEnv, "--pushgateway-user", user)));
    }
    return builder.build();
  }
}
