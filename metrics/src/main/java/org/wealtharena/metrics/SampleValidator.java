package org.wealtharena.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;

/**
 * Every rule a sample must pass, and what happens when it does not: the sample is dropped, counted
 * in {@code wealtharena_metrics_rejected_total{family,reason}} and logged once per family and
 * reason; in strict mode an {@link IllegalArgumentException} names family, label and value instead.
 * Nothing is thrown into the caller otherwise, so a bad metric never stops a trading loop.
 */
final class SampleValidator {

  static final String REJECTED_FAMILY = "wealtharena_metrics_rejected_total";
  static final String LOGGER_NAME = "org.wealtharena.metrics";

  private static final System.Logger LOG = System.getLogger(LOGGER_NAME);

  /**
   * The rejection counter of each registry: one per registry, shared by the endpoints registered in
   * it, as a registry may hold each family name only once. Weak keys, so a registry dropped by its
   * owner is not kept alive here.
   */
  private static final Map<PrometheusRegistry, Counter> REJECTED_BY_REGISTRY = new WeakHashMap<>();

  /** Longest label value quoted in a message; the rest is elided. */
  private static final int QUOTED_CHARS = 64;

  private final boolean strict;
  private final int maxLabelValueBytes;
  private final Counter rejected;

  SampleValidator(PrometheusRegistry registry, MetricsOptions options) {
    this.strict = options.strict();
    this.maxLabelValueBytes = options.maxLabelValueBytes();
    synchronized (REJECTED_BY_REGISTRY) {
      this.rejected =
          REJECTED_BY_REGISTRY.computeIfAbsent(registry, SampleValidator::registerRejected);
    }
  }

  private static Counter registerRejected(PrometheusRegistry registry) {
    return Counter.builder()
        .name(REJECTED_FAMILY)
        .help(
            "Samples the recording API refused and did not store, by family and reason"
                + " (not_finite, out_of_range, negative, blank_label, unknown_value,"
                + " label_too_long, cardinality_limit)")
        .labelNames("family", "reason")
        .withoutExemplars()
        .register(registry);
  }

  /** Hot path: two comparisons; the finite bounds of the domain also catch NaN and infinities. */
  boolean admits(Family<?> family, double value, String[] labelValues) {
    ValueDomain domain = family.domain();
    if (value >= domain.lower && value <= domain.upper) {
      return true;
    }
    SampleRejectReason reason =
        !Double.isFinite(value)
            ? SampleRejectReason.NOT_FINITE
            : domain == ValueDomain.RATIO
                ? SampleRejectReason.OUT_OF_RANGE
                : SampleRejectReason.NEGATIVE;
    reject(
        family,
        reason,
        family.describe(labelValues) + " value " + value + " must be " + domain.rule);
    return false;
  }

  /** Runs only when a label combination is seen for the first time. */
  boolean admitsLabels(Family<?> family, String[] labelValues) {
    for (int i = 0; i < labelValues.length; i++) {
      String value = labelValues[i];
      LabelSpec spec = family.label(i);
      if (value == null || value.isBlank()) {
        reject(
            family,
            SampleRejectReason.BLANK_LABEL,
            family.name() + " label " + spec.name() + "=" + quoted(value) + " must not be blank");
        return false;
      }
      if (longerThanLimit(value)) {
        reject(
            family,
            SampleRejectReason.LABEL_TOO_LONG,
            family.name()
                + " label "
                + spec.name()
                + "="
                + quoted(value)
                + " ("
                + value.getBytes(StandardCharsets.UTF_8).length
                + " bytes) must be at most "
                + maxLabelValueBytes
                + " bytes (MetricsOptions.maxLabelValueBytes)");
        return false;
      }
      Set<String> allowed = spec.allowed();
      if (allowed != null && !allowed.contains(value)) {
        reject(
            family,
            SampleRejectReason.UNKNOWN_VALUE,
            family.name()
                + " label "
                + spec.name()
                + "="
                + quoted(value)
                + " must be one of "
                + new TreeSet<>(allowed)
                + (spec.extensible()
                    ? " (add your own with allowLabelValues(\"" + spec.name() + "\", ...))"
                    : ""));
        return false;
      }
    }
    return true;
  }

  /** Runs only when a label combination is seen for the first time. */
  boolean admitsNewSeries(Family<?> family, int seriesCount, int limit, String[] labelValues) {
    if (seriesCount < limit) {
      return true;
    }
    reject(
        family,
        SampleRejectReason.CARDINALITY_LIMIT,
        family.describe(labelValues) + " would exceed the limit of " + limit + " label sets");
    return false;
  }

  private void reject(Family<?> family, SampleRejectReason reason, String detail) {
    String message = "rejected " + reason.label() + ": " + detail;
    if (strict) {
      throw new IllegalArgumentException(message);
    }
    rejected.labelValues(family.name(), reason.label()).inc();
    if (family.firstRejection(reason)) {
      LOG.log(
          Level.WARNING,
          message
              + " (further "
              + reason.label()
              + " rejections of "
              + family.name()
              + " are only counted in "
              + REJECTED_FAMILY
              + ")");
    }
  }

  /** UTF-8 length above the limit; counts bytes only when the char count leaves it open. */
  private boolean longerThanLimit(String value) {
    int chars = value.length();
    if (chars > maxLabelValueBytes) {
      return true;
    }
    return (long) chars * 3 > maxLabelValueBytes
        && value.getBytes(StandardCharsets.UTF_8).length > maxLabelValueBytes;
  }

  private static String quoted(String value) {
    return value == null ? "null" : '"' + shortened(value) + '"';
  }

  /** {@code value}, or its first characters and how many were left out, for messages. */
  static String shortened(String value) {
    return value == null || value.length() <= QUOTED_CHARS
        ? value
        : value.substring(0, QUOTED_CHARS) + "...(" + (value.length() - QUOTED_CHARS) + " more)";
  }
}
