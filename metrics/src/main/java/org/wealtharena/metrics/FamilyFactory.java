package org.wealtharena.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Arrays;

/** Builds the client metric for a catalog family, registers it, and wraps it with its rules. */
final class FamilyFactory {

  /** The catalog's latency histograms are its histograms in seconds; only they get exemplars. */
  private static final String LATENCY_SUFFIX = "_seconds";

  private final PrometheusRegistry registry;
  private final MetricsOptions options;
  private final SampleValidator validator;

  FamilyFactory(PrometheusRegistry registry, MetricsOptions options) {
    this.registry = registry;
    this.options = options;
    this.validator = new SampleValidator(registry, options.strict());
  }

  CounterFamily counter(String name, String help, LabelSpec... labels) {
    Counter metric =
        Counter.builder()
            .name(name)
            .help(help)
            .labelNames(names(labels))
            .withoutExemplars()
            .register(registry);
    return new CounterFamily(name, labels, metric, validator, options.cardinalityLimit());
  }

  GaugeFamily gauge(String name, String help, ValueDomain domain, LabelSpec... labels) {
    Gauge metric =
        Gauge.builder()
            .name(name)
            .help(help)
            .labelNames(names(labels))
            .withoutExemplars()
            .register(registry);
    return new GaugeFamily(name, labels, domain, metric, validator, options.cardinalityLimit());
  }

  HistogramFamily histogram(
      String name, String help, ValueDomain domain, double[] upperBounds, LabelSpec... labels) {
    Histogram.Builder builder =
        Histogram.builder()
            .name(name)
            .help(help)
            .labelNames(names(labels))
            .classicUpperBounds(upperBounds);
    if (options.exemplars() && name.endsWith(LATENCY_SUFFIX)) {
      builder.withExemplars(); // the client takes the trace from the current OpenTelemetry span
    } else {
      builder.withoutExemplars();
    }
    if (!options.nativeHistograms()) {
      builder.classicOnly();
    }
    return new HistogramFamily(
        name, labels, domain, builder.register(registry), validator, options.cardinalityLimit());
  }

  private static String[] names(LabelSpec[] labels) {
    return Arrays.stream(labels).map(LabelSpec::name).toArray(String[]::new);
  }
}
