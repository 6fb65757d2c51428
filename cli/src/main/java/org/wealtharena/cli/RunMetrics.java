package org.wealtharena.cli;

import io.prometheus.metrics.core.metrics.Info;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wealtharena.metrics.MetricsOptions;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * Everything about one run's metrics, owned in one place by every command: both registries, both
 * endpoints (when served), the Pushgateway session and {@code wealtharena_run_info} on both
 * endpoints. {@link #close()} makes the final push and closes the endpoints.
 *
 * <pre>{@code
 * @Mixin RunMetricsOptions metricsOptions;
 * ...
 * try (RunMetrics metrics = metricsOptions.start(RunMetrics.Mode.TRAIN, notes)) {
 *   run(metrics.multiAgent(), metrics.specialized());
 *   metrics.linger(notes);
 * }
 * }</pre>
 */
final class RunMetrics implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RunMetrics.class);

  /**
   * {@code wealtharena_run_info} on the wire: the client appends {@code _info} to an info's name.
   */
  static final String RUN_INFO = "wealtharena_run";

  /** The command that runs, the {@code mode} label of {@code wealtharena_run_info}. */
  enum Mode {
    SERVE,
    SIMULATE,
    TRAIN,
    EVALUATE,
    COMPARE;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Label value of {@code coordination_type} when no coordinator runs. */
  static final String NO_COORDINATION = "none";

  private final Mode mode;
  private final MultiAgentMetrics multiAgent;
  private final SpecializedAgentMetrics specialized;
  private final List<Info> runInfo;
  private final Optional<LingerOption.Linger> linger;
  private final ShutdownSignal signal;
  private MetricsEndpoints endpoints;
  private PushOptions.Session push;
  private String runId;

  private RunMetrics(
      Mode mode,
      MetricsOptions options,
      Optional<LingerOption.Linger> linger,
      ShutdownSignal signal) {
    this.mode = mode;
    this.signal = signal;
    this.multiAgent = new MultiAgentMetrics(options);
    this.specialized = new SpecializedAgentMetrics(options);
    this.runInfo = List.of(runInfo(multiAgent.registry()), runInfo(specialized.registry()));
    this.linger = linger;
  }

  /**
   * @param serve whether both endpoints serve (else the registries are only pushed, if at all)
   * @param linger what {@link #linger} does
   * @param signal SIGINT/SIGTERM handlers installed before the endpoints start, for a command that
   *     does nothing but linger (serve); null installs them when the run is over and lingers
   * @param notes where the endpoints' {@code metrics: URL} lines go
   * @throws CliException when an endpoint cannot start or the push options are bad; nothing is left
   *     running then
   */
  static RunMetrics start(
      RunMetricsOptions options,
      Mode mode,
      boolean serve,
      Optional<LingerOption.Linger> linger,
      ShutdownSignal signal,
      PrintWriter notes) {
    RunMetrics metrics = new RunMetrics(mode, options.endpoints.metricsOptions(), linger, signal);
    metrics.describeRun(NO_COORDINATION, OutputDirectory.runId(mode.label()));
    try {
      if (serve) {
        metrics.endpoints =
            MetricsEndpoints.start(
                options.endpoints,
                metrics.multiAgent.registry(),
                metrics.specialized.registry(),
                notes);
      }
      metrics.push = options.push.start(metrics.multiAgent, metrics.specialized);
    } catch (RuntimeException e) {
      metrics.close();
      throw e;
    }
    return metrics;
  }

  private static Info runInfo(PrometheusRegistry registry) {
    return Info.builder()
        .name(RUN_INFO)
        .help(
            "1 while the process runs: which command (mode), under which coordination type"
                + " (none without a coordinator), which run, which version")
        .labelNames("mode", "coordination_type", "run_id", "version")
        .register(registry);
  }

  MultiAgentMetrics multiAgent() {
    return multiAgent;
  }

  SpecializedAgentMetrics specialized() {
    return specialized;
  }

  /** Says in {@code wealtharena_run_info} which coordination type and run now run. */
  void describeRun(String coordinationType, String runId) {
    String[] labels = {mode.label(), coordinationType, runId, VersionProvider.version()};
    for (Info info : runInfo) {
      info.setLabelValues(labels); // replaces the run's previous description
    }
    this.runId = runId;
  }

  /** Says in {@code wealtharena_run_info} which coordination type the run's run id runs under. */
  void describeCoordination(String coordinationType) {
    describeRun(coordinationType, runId);
  }

  /** Whether both endpoints serve. */
  boolean serving() {
    return endpoints != null;
  }

  /**
   * Keeps the endpoints up as {@code --linger} asks (serve: until SIGINT/SIGTERM without it), not
   * at all otherwise or when they do not serve.
   */
  void linger(PrintWriter notes) throws InterruptedException {
    if (linger.isEmpty() || !serving()) {
      return;
    }
    ShutdownSignal shutdown = signal != null ? signal : ShutdownSignal.install();
    notes.println("lingering: serving metrics " + linger.get().describe());
    notes.flush();
    Optional<String> received =
        linger.get().time().isPresent()
            ? shutdown.await(linger.get().time().get())
            : Optional.of(shutdown.await());
    received.ifPresent(name -> LOG.info("{} received, closing the metrics endpoints", name));
  }

  /** The final push, then the endpoints close. Never throws. */
  @Override
  public void close() {
    if (push != null) {
      push.close();
    }
    if (endpoints != null) {
      endpoints.close();
    }
  }
}
