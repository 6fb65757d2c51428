package org.wealtharena.metrics;

import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import io.prometheus.metrics.core.metrics.Gauge;

final class GaugeFamily extends Family<GaugeDataPoint> {

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

  void set(double value, String... labelValues) {
    if (dropsWrites) {
      validator.admits(this, value, labelValues); // a bad value is still counted as rejected
      return;
    }
    GaugeDataPoint point = admitted(value, labelValues);
    if (point != null) {
      point.set(value);
    }
  }

  /** The series appears with the first value: a gauge at a made-up 0 would mislead dashboards. */
  BoundGauge bind(String... labelValues) {
    return new BoundGauge(this, labelValues, dropsWrites);
  }
}
