package org.wealtharena.metrics;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Objects;

/**
 * One endpoint's families in a registry of its own, so each endpoint serves only its own families.
 * Recording never throws unless {@link MetricsOptions#strict()} is set: a rejected sample is
 * counted in {@code wealtharena_metrics_rejected_total{family,reason}} in the same registry.
 */
public abstract class EndpointMetrics {

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final MetricsOptions options;
  final FamilyFactory families;

  EndpointMetrics(MetricsOptions options) {
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
