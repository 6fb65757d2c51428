package org.wealtharena.metrics;

import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import io.prometheus.metrics.core.metrics.Gauge;

/**
 * A gauge family: a catalog one, or a user's own from {@link EndpointMetrics#defineGauge}. Label
 * values go in the order of {@link #labelNames()}.
 */
public final class GaugeFamily extends Family<GaugeDataPoint> {

  /** Whether this is the twin an unwatched view writes to: values are checked, then dropped. */
  private final boolean dropsWrites;

  GaugeFamily(
      String name,
      LabelSpec[] labels,
      ValueDomain domain,
      Gauge metric,
      SampleValidator validator,
      int limit,
      boolean dropsWrites) {
    super(name, labels, domain, metric, validator, limit);
    this.dropsWrites = dropsWrites;
  }

  /** Sets the series to {@code value}; a value outside the family's domain is rejected. */
  public void set(double value, String... labelValues) {
    if (dropsWrites) {
      validator.admits(this, value, labelValues); // a bad value is still counted as rejected
      return;
    }
    Series<GaugeDataPoint> series = admitted(value, labelValues);
    if (series != null) {
      series.point.set(value);
    }
  }

  /** The series appears with the first value: a gauge at a made-up 0 would mislead dashboards. */
  public BoundGauge bind(String... labelValues) {
    return new BoundGauge(this, labelValues, dropsWrites);
  }

  @Override
  GaugeDataPoint recorded(GaugeDataPoint point, RecordedSeries series) {
    return RecordedSeries.gauge(point, series);
  }

  @Override
  long reading(GaugeDataPoint point) {
    return Double.doubleToLongBits(point.get());
  }
}
