package org.wealtharena.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Builds the client metric for a family, registers it, and wraps it with its rules. Holds the
 * endpoint's label vocabularies and every family it made, catalog and user-defined alike, so both
 * get the same validation, limit, rejection counting and agent lifecycle.
 */
final class FamilyFactory {

  /** The catalog's latency histograms are its histograms in seconds; only they get exemplars. */
  private static final String LATENCY_SUFFIX = "_seconds";

  private final PrometheusRegistry registry;
  private final MetricsOptions options;
  private final SampleValidator validator;
  private final List<Family<?>> all = new CopyOnWriteArrayList<>();

  /** Extensible vocabularies by label name; the sets are shared by every family with the label. */
  private final Map<String, Set<String>> vocabularies = new ConcurrentHashMap<>();

  /** Label names that families use without a vocabulary (ids, symbols, pairs). */
  private final Set<String> freeLabels = ConcurrentHashMap.newKeySet();

  FamilyFactory(PrometheusRegistry registry, MetricsOptions options) {
    this.registry = registry;
    this.options = options;
    this.validator = new SampleValidator(registry, options);
    LabelVocabulary.DEFAULTS.forEach(
        (name, values) -> {
          Set<String> set = ConcurrentHashMap.newKeySet();
          set.addAll(values);
          vocabularies.put(name, set);
        });
  }

  /** The label as this endpoint validates it: its vocabulary if it has one, else free. */
  LabelSpec label(String name) {
    Set<String> vocabulary = vocabularies.get(name);
    if (vocabulary != null) {
      return new LabelSpec(name, vocabulary, true);
    }
    freeLabels.add(name);
    return LabelSpec.free(name);
  }

  LabelSpec[] labels(String[] names) {
    return Arrays.stream(names).map(this::label).toArray(LabelSpec[]::new);
  }

  /** Adds {@code values} to the vocabulary of {@code labelName}, creating it for a new label. */
  void allow(String labelName, String... values) {
    if (freeLabels.contains(labelName)) {
      throw new IllegalArgumentException(
          "label " + labelName + " takes any value; there is no list of values to add to");
    }
    for (String value : values) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(
            "label " + labelName + ": a value to allow must not be blank, got " + value);
      }
    }
    vocabularies
        .computeIfAbsent(labelName, n -> ConcurrentHashMap.newKeySet())
        .addAll(List.of(values));
  }

  List<Family<?>> all() {
    return all;
  }

  CounterFamily counter(String name, String help, LabelSpec... labels) {
    Counter metric =
        Counter.builder()
            .name(name)
            .help(help)
            .labelNames(names(labels))
            .withoutExemplars()
            .register(registry);
    return add(new CounterFamily(name, labels, metric, validator, options.cardinalityLimit()));
  }

  GaugeFamily gauge(String name, String help, ValueDomain domain, LabelSpec... labels) {
    Gauge metric =
        Gauge.builder()
            .name(name)
            .help(help)
            .labelNames(names(labels))
            .withoutExemplars()
            .register(registry);
    return add(
        new GaugeFamily(name, labels, domain, metric, validator, options.cardinalityLimit()));
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
    return add(
        new HistogramFamily(
            name,
            labels,
            domain,
            builder.register(registry),
            validator,
            options.cardinalityLimit()));
  }

  private <F extends Family<?>> F add(F family) {
    all.add(family);
    return family;
  }

  private static String[] names(LabelSpec[] labels) {
    return Arrays.stream(labels).map(LabelSpec::name).toArray(String[]::new);
  }
}
