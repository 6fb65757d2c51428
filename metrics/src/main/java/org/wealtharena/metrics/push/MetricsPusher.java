package org.wealtharena.metrics.push;

import io.prometheus.metrics.config.PrometheusProperties;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.exporter.pushgateway.Format;
import io.prometheus.metrics.exporter.pushgateway.PushGateway;
import io.prometheus.metrics.exporter.pushgateway.Scheme;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * Pushes both endpoints' registries to a Prometheus Pushgateway, each under its scrape job's name
 * ({@value #MULTI_AGENT_JOB}, {@value #SPECIALIZED_AGENTS_JOB}) and the configured {@code instance}
 * grouping key: every {@link PushgatewayConfig#interval()} on one daemon thread while the run goes
 * on, and a final time on {@link #close()}, so short runs that end before any scrape still leave
 * their results behind.
 *
 * <p>Each push is a PUT: it replaces the whole group, so series removed from a registry (e.g. a
 * finished run's {@code run_id} series) disappear from the gateway with the next push. The
 * registries are pushed as they are: JVM and process families are included only if a metrics server
 * registered them (they are not added for pushing).
 *
 * <p>A push never throws into the run. Failures (connection refused, timeouts, 4xx/5xx answers) are
 * counted in {@code wealtharena_pushgateway_push_failures_total{job}} and logged once per kind of
 * error at WARNING, then at DEBUG; successful pushes are counted in {@code
 * wealtharena_pushgateway_pushes_total{job}}. Both counters live in the pushed registry itself, so
 * the gateway shows how many pushes preceded the one it holds. They are unregistered on close, so
 * one registry can get a new pusher for its next run.
 */
public final class MetricsPusher implements AutoCloseable {

  public static final String MULTI_AGENT_JOB = "wealtharena_multi_agent_rl";
  public static final String SPECIALIZED_AGENTS_JOB = "wealtharena_specialized_agents";

  static final String PUSHES = "wealtharena_pushgateway_pushes";
  static final String FAILURES = "wealtharena_pushgateway_push_failures";

  private static final System.Logger log = System.getLogger(MetricsPusher.class.getName());

  /** How the client reports an HTTP error status: "Response code from URL was 401, ...". */
  private static final Pattern HTTP_STATUS =
      Pattern.compile("Response code from \\S+ was (\\d{3})");

  private final PushgatewayConfig config;
  private final List<Target> targets;
  private final ScheduledExecutorService scheduler;
  private final Set<String> loggedErrorKinds = ConcurrentHashMap.newKeySet();
  private boolean closed;

  private MetricsPusher(PushgatewayConfig config, List<Target> targets) {
    this.config = config;
    this.targets = targets;
    if (config.interval().isZero()) {
      this.scheduler = null;
    } else {
      this.scheduler =
          Executors.newSingleThreadScheduledExecutor(
              runnable -> {
                Thread thread = new Thread(runnable, "wealtharena-pushgateway");
                thread.setDaemon(true); // never keeps the JVM alive; close() does the final push
                return thread;
              });
      long millis = config.interval().toMillis();
      scheduler.scheduleWithFixedDelay(this::pushNow, millis, millis, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Starts pushing both endpoints' registries: periodically if the interval is positive, and
   * finally on {@link #close()}. Nothing is pushed right away.
   */
  public static MetricsPusher start(
      PushgatewayConfig config, MultiAgentMetrics multiAgent, SpecializedAgentMetrics specialized) {
    Target first = new Target(MULTI_AGENT_JOB, multiAgent.registry(), config);
    Target second;
    try {
      second = new Target(SPECIALIZED_AGENTS_JOB, specialized.registry(), config);
    } catch (RuntimeException e) {
      first.unregister();
      throw e;
    }
    return new MetricsPusher(config, List.of(first, second));
  }

  public PushgatewayConfig config() {
    return config;
  }

  /**
   * Pushes every registry once, now, on the calling thread. Never throws: failures are counted and
   * logged. Returns whether all pushes succeeded.
   */
  public synchronized boolean pushNow() {
    boolean allPushed = true;
    for (Target target : targets) {
      try {
        target.gateway.push();
        target.pushes.inc();
      } catch (Exception e) { // also RuntimeException: an escaping one would end periodic pushing
        allPushed = false;
        target.failures.inc();
        logFailure(target.job, e);
      }
    }
    return allPushed;
  }

  /**
   * Stops periodic pushing, pushes a final time, and unregisters the push counters. Safe to call
   * more than once; only the first call pushes.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    if (scheduler != null) {
      scheduler.shutdownNow();
      awaitScheduler();
    }
    pushNow();
    targets.forEach(Target::unregister);
  }

  private void awaitScheduler() {
    try {
      // a push in flight ends within its connect + read timeouts
      scheduler.awaitTermination(config.timeout().toMillis() * 2 + 1_000, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void logFailure(String job, Exception e) {
    String kind = errorKind(e);
    Level level = loggedErrorKinds.add(kind) ? Level.WARNING : Level.DEBUG;
    log.log(
        level,
        () ->
            "cannot push job "
                + job
                + " to the Pushgateway at "
                + config.url()
                + " ("
                + kind
                + "): "
                + String.valueOf(e.getMessage()).strip()
                + (level == Level.WARNING
                    ? "; further failures of this kind are logged at DEBUG"
                    : ""));
  }

  /**
   * "HTTP 401" for an error status, else the innermost exception's class, e.g. ConnectException.
   */
  static String errorKind(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    Matcher status = HTTP_STATUS.matcher(String.valueOf(root.getMessage()));
    return status.find() ? "HTTP " + status.group(1) : root.getClass().getSimpleName();
  }

  /** One registry pushed under one job, with its own counters. */
  private static final class Target {
    final String job;
    final PrometheusRegistry registry;
    final PushGateway gateway;
    final CounterDataPoint pushes;
    final CounterDataPoint failures;
    private final Counter pushCounter;
    private final Counter failureCounter;

    Target(String job, PrometheusRegistry registry, PushgatewayConfig config) {
      this.job = job;
      this.registry = registry;
      // Default properties, not PrometheusProperties.get(): a global
      // io.prometheus.exporter.pushgateway.job would otherwise push both registries into one job.
      PushGateway.Builder builder =
          PushGateway.builder(PrometheusProperties.builder().build())
              .address(config.address())
              .scheme(config.scheme().equals("https") ? Scheme.HTTPS : Scheme.HTTP)
              .job(job)
              .groupingKey("instance", config.instance())
              .registry(registry)
              .format(Format.PROMETHEUS_TEXT)
              .connectionTimeout(config.timeout())
              .readTimeout(config.timeout());
      config.basicAuth().ifPresent(auth -> builder.basicAuth(auth.user(), auth.password()));
      this.gateway = builder.build();
      this.pushCounter =
          Counter.builder()
              .name(PUSHES)
              .help("Successful pushes of this registry to the Pushgateway")
              .labelNames("job")
              .build();
      this.failureCounter =
          Counter.builder()
              .name(FAILURES)
              .help(
                  "Failed pushes of this registry to the Pushgateway (connection, timeout, HTTP error)")
              .labelNames("job")
              .build();
      register(pushCounter);
      try {
        register(failureCounter);
      } catch (RuntimeException e) {
        registry.unregister(pushCounter);
        throw e;
      }
      this.pushes = pushCounter.labelValues(job);
      this.failures = failureCounter.labelValues(job);
    }

    private void register(Counter counter) {
      try {
        registry.register(counter);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "job " + job + " already has a MetricsPusher on this registry; close it first", e);
      }
    }

    void unregister() {
      registry.unregister(pushCounter);
      registry.unregister(failureCounter);
    }
  }
}
