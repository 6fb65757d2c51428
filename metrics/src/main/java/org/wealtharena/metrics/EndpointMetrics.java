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
