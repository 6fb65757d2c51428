package org.wealtharena.metrics.testing;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.DataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalDouble;

/** Reads a registry the way Prometheus does (text format) or as snapshots, for assertions. */
public final class Scrape {

  private Scrape() {}

  /** The registry in the Prometheus text format, as a scrape of {@code /metrics} returns it. */
  public static String text(PrometheusRegistry registry) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PrometheusTextFormatWriter.create().write(out, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The data points of a family, by its catalog name (counters with or without _total). */
  public static List<? extends DataPointSnapshot> points(
      PrometheusRegistry registry, String family) {
    String base = family.endsWith("_total") ? family.substring(0, family.length() - 6) : family;
    for (MetricSnapshot snapshot : registry.scrape()) {
      if (snapshot.getMetadata().getName().equals(base)) {
        return snapshot.getDataPoints();
      }
    }
    return List.of();
  }

  /**
   * The value of one series (a histogram's count), given as label name/value pairs; empty when the
   * series does not exist.
   */
  public static OptionalDouble value(
      PrometheusRegistry registry, String family, String... labelPairs) {
    Labels wanted = Labels.of(labelPairs);
    for (DataPointSnapshot point : points(registry, family)) {
      if (point.getLabels().equals(wanted)) {
        if (point instanceof CounterSnapshot.CounterDataPointSnapshot c) {
          return OptionalDouble.of(c.getValue());
        }
        if (point instanceof GaugeSnapshot.GaugeDataPointSnapshot g) {
          return OptionalDouble.of(g.getValue());
        }
        if (point instanceof HistogramSnapshot.HistogramDataPointSnapshot h) {
          return OptionalDouble.of(h.getCount());
        }
        throw new IllegalArgumentException(family + " is not a counter, gauge or histogram");
      }
    }
    return OptionalDouble.empty();
  }
}
