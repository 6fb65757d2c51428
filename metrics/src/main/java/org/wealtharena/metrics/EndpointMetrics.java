package org.wealtharena.metrics;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Objects;

/**
 * One endpoint's families in a registry of its own, so each endpoint serves only its own families,
 * or in a registry the application already has (Spring Boot's, or one registry for both endpoints),
 * so that its exporter serves them beside its own. Recording never throws unless {@link
 * MetricsOptions#strict()} is set: a rejected sample is counted in {@code
 * wealtharena_metrics_rejected_total{family,reason}} in the same registry.
 */
public abstract class EndpointMetrics {

  private final PrometheusRegistry registry;
  private final MetricsOptions options;
  final FamilyFactory families;

  EndpointMetrics(MetricsOptions options) {
    this(new PrometheusRegistry(), options);
  }

  EndpointMetrics(PrometheusRegistry registry, MetricsOptions options) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.options = Objects.requireNonNull(options, "options");
    this.families = new FamilyFactory(registry, options);
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
}
