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
 * get the same validation, limit, rejection counting and agent lifecycle. Its {@link #unwatched()}
 * twin registers nothing: it hands out the families already built, with each gauge replaced by a
 * twin that drops its writes.
 */
final class FamilyFactory {

  /** The catalog's latency histograms are its histograms in seconds; only they get exemplars. */
  private static final String LATENCY_SUFFIX = "_seconds";

  private final PrometheusRegistry registry;
  private final MetricsOptions options;
  private final SampleValidator validator;
  private final List<Family<?>> all;

  /** Extensible vocabularies by label name; the sets are shared by every family with the label. */
  private final Map<String, Set<String>> vocabularies;

  /** Label names that families use without a vocabulary (ids, symbols, pairs). */
  private final Set<String> freeLabels;

  /** Families by name as this factory built them; the unwatched twin's gauges apart. */
  private final Map<String, Family<?>> built;

  private final Map<String, GaugeFamily> droppingGauges;

  /** The factory whose families an unwatched twin hands out; null for a factory that builds. */
  private final FamilyFactory watched;

  /** Where the families record their series and writes; null for endpoints that do not record. */
  private final MetricsRecorder.Sink sink;

  FamilyFactory(PrometheusRegistry registry, MetricsOptions options, MetricsRecorder.Sink sink) {
    this.registry = registry;
    this.sink = sink;
    this.options = options;
    this.validator = new SampleValidator(registry, options);
    this.built = new ConcurrentHashMap<>();
    this.droppingGauges = new ConcurrentHashMap<>();
    this.watched = null;
    this.all = new CopyOnWriteArrayList<>();
    this.vocabularies = new ConcurrentHashMap<>();
    this.freeLabels = ConcurrentHashMap.newKeySet();
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

  private FamilyFactory(FamilyFactory watched) {
    this.registry = watched.registry;
    this.sink = watched.sink;
    this.options = watched.options;
    this.validator = watched.validator;
    this.built = watched.built;
    this.droppingGauges = watched.droppingGauges;
    this.watched = watched;
    this.all = watched.all;
    this.vocabularies = watched.vocabularies;
    this.freeLabels = watched.freeLabels;
  }

  /** A factory for an unwatched view of the endpoint whose families this one built. */
  FamilyFactory unwatched() {
    return watched == null ? new FamilyFactory(this) : this;
  }

  boolean dropsGauges() {
    return watched != null;
  }

  CounterFamily counter(String name, String help, LabelSpec... labels) {
    if (watched != null) {
      return (CounterFamily) existing(name);
    }
    Counter metric =
        Counter.builder()
            .name(name)
            .help(help)
            .labelNames(names(labels))
            .withoutExemplars()
            .register(registry);
    return remember(new CounterFamily(name, labels, metric, validator, options.cardinalityLimit()));
  }

  GaugeFamily gauge(String name, String help, ValueDomain domain, LabelSpec... labels) {
    if (watched != null) {
      existing(name);
      return droppingGauges.get(name);
    }
    Gauge metric =
        Gauge.builder()
            .name(name)
            .help(help)
            .labelNames(names(labels))
            .withoutExemplars()
            .register(registry);
    int limit = options.cardinalityLimit();
    // the twin drops every write, so it never makes a series and has nothing to record
    droppingGauges.put(name, new GaugeFamily(name, labels, domain, metric, validator, limit, true));
    return remember(new GaugeFamily(name, labels, domain, metric, validator, limit, false));
  }

  HistogramFamily histogram(
      String name, String help, ValueDomain domain, double[] upperBounds, LabelSpec... labels) {
    if (watched != null) {
      return (HistogramFamily) existing(name);
    }
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
    return remember(
        new HistogramFamily(
            name,
            labels,
            domain,
            builder.register(registry),
            validator,
            options.cardinalityLimit()));
  }

  private <F extends Family<?>> F remember(F family) {
    family.recordTo(sink);
    all.add(family);
    built.put(family.name(), family);
    return family;
  }

  /** The family of that name this endpoint built, e.g. to replay a recording into. */
  Family<?> family(String name) {
    return existing(name);
  }

  private Family<?> existing(String name) {
    Family<?> family = built.get(name);
    if (family == null) {
      throw new IllegalStateException("the watched endpoint has no family " + name);
    }
    return family;
  }

  private static String[] names(LabelSpec[] labels) {
    return Arrays.stream(labels).map(LabelSpec::name).toArray(String[]::new);
  }
}
