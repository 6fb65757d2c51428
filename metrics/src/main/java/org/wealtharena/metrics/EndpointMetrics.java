package org.wealtharena.metrics;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One endpoint's families in a registry of its own, so each endpoint serves only its own families,
 * or in a registry the application already has (Spring Boot's, or one registry for both endpoints),
 * so that its exporter serves them beside its own. Recording never throws unless {@link
 * MetricsOptions#strict()} is set: a rejected sample is counted in {@code
 * wealtharena_metrics_rejected_total{family,reason}} in the same registry.
 */
public abstract class EndpointMetrics {

  static {
    MetricsServer.enableTcpNoDelay(); // before any JDK HTTP server of the process starts
  }

  private final PrometheusRegistry registry;
  private final MetricsOptions options;
  final FamilyFactory families;

  EndpointMetrics(MetricsOptions options) {
    this(new PrometheusRegistry(), options);
  }

  EndpointMetrics(PrometheusRegistry registry, MetricsOptions options) {
    this(registry, options, null);
  }

  /** An endpoint whose series and writes are also recorded in {@code sink} (null: not recorded). */
  EndpointMetrics(PrometheusRegistry registry, MetricsOptions options, MetricsRecorder.Sink sink) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.options = Objects.requireNonNull(options, "options");
    this.families = new FamilyFactory(registry, options, sink);
  }

  /** An unwatched view of {@code watched}: see {@link #unwatched()}. */
  EndpointMetrics(EndpointMetrics watched) {
    this.registry = watched.registry;
    this.options = watched.options;
    this.families = watched.families.unwatched();
  }

  /**
   * A view of this endpoint for work nobody watches, such as the parallel episodes besides the one
   * whose world the gauges describe: the same families, counters and histograms add up as usual,
   * gauge writes are checked (a bad value is still counted as rejected) and dropped. Making a view
   * registers nothing and costs one map lookup per family: make it once and keep it.
   */
  public abstract EndpointMetrics unwatched();

  /** Whether gauge writes through this object are dropped ({@link #unwatched()}). */
  public boolean dropsGauges() {
    return families.dropsGauges();
  }

  /** The registry holding this endpoint's families; serve or scrape it. */
  public PrometheusRegistry registry() {
    return registry;
  }

  public MetricsOptions options() {
    return options;
  }

  final MetricsServer serve(String endpoint, MetricsServerConfig config) {
    return MetricsServer.start(endpoint, registry, config);
  }

  // ---- vocabularies ----------------------------------------------------------------------------

  /**
   * Lets {@code labelName} take {@code values} too, in every family of this endpoint that has the
   * label (and in own families defined later). Enumerated labels (coordination_type, method,
   * message_type, conflict_type, error_type, check_type, ...) accept only their known values, so
   * that two swapped arguments are rejected rather than stored as a new series; register a value of
   * your own here, e.g. {@code allowLabelValues("method", "auction")}. For a label of your own
   * families that has no list yet this creates one; call it before defining the family.
   *
   * @throws IllegalArgumentException for a label that takes any value (agent_id, symbol, ...) or
   *     whose values the catalog fixes (side, status, severity), or a blank value
   */
  public void allowLabelValues(String labelName, String... values) {
    families.allow(labelName, values);
  }

  // ---- own families ----------------------------------------------------------------------------

  /**
   * A counter family of your own on this endpoint, with the catalog families' rules: values must be
   * finite and non-negative, label values non-blank, at most {@link
   * MetricsOptions#maxLabelValueBytes()} long and, for labels with a list of values, one of them;
   * at most {@link MetricsOptions#cardinalityLimit()} label sets; rejections are counted in {@code
   * wealtharena_metrics_rejected_total}. A label named agent_id, from_agent or to_agent takes part
   * in {@link #removeAgent}.
   *
   * @param name the name on the wire, ending in {@code _total}
   */
  public CounterFamily defineCounter(String name, String help, String... labelNames) {
    return families.counter(name, help, families.labels(labelNames));
  }

  /** A gauge family of your own, as {@link #defineCounter}; values must lie in {@code domain}. */
  public GaugeFamily defineGauge(
      String name, String help, ValueDomain domain, String... labelNames) {
    return families.gauge(name, help, domain, families.labels(labelNames));
  }

  /**
   * A histogram family of your own, as {@link #defineCounter}; observations must lie in {@code
   * domain}. {@link Buckets#seconds()} suits in-process latencies.
   */
  public HistogramFamily defineHistogram(
      String name, String help, ValueDomain domain, double[] upperBounds, String... labelNames) {
    return families.histogram(name, help, domain, upperBounds, families.labels(labelNames));
  }

  // ---- agent lifecycle -------------------------------------------------------------------------

  /**
   * Removes every series of this endpoint that names {@code agentId} in an agent_id, from_agent or
   * to_agent label, in catalog and own families, with any state derived from them. Bound views of
   * the agent keep working: their next write creates the series again.
   */
  public void removeAgent(String agentId) {
    if (agentId != null) {
      for (Family<?> family : families.all()) {
        family.removeAgent(agentId);
      }
    }
  }

  /**
   * For each agent with series here, a fingerprint of their current values: it changes whenever
   * anything is recorded for the agent (a gauge set to the value it already has excepted). {@link
   * org.wealtharena.metrics.agents.AgentSeriesJanitor} expires agents whose fingerprint stays put.
   */
  public Map<String, Long> agentActivity() {
    Map<String, Long> fingerprints = new HashMap<>();
    for (Family<?> family : families.all()) {
      family.addAgentFingerprints(fingerprints);
    }
    return fingerprints;
  }
}
