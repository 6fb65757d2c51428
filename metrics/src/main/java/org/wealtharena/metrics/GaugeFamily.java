package org.wealtharena.metrics;

import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import io.prometheus.metrics.core.metrics.Gauge;

final class GaugeFamily extends Family<GaugeDataPoint> {

  GaugeFamily(
      String name,
      LabelSpec[] labels,
      ValueDomain domain,
      Gauge metric,
      SampleValidator validator,
      int limit) {
    super(name, labels, domain, metric, validator, limit);
  }

  void set(double value, String... labelValues) {
    GaugeDataPoint point = admitted(value, labelValues);
    if (point != null) {
      point.set(value);
    }
  }

  /** The series appears with the first value: a gauge at a made-up 0 would mislead dashboards. */
  BoundGauge bind(String... labelValues) {
    return new BoundGauge(this, labelValues);
  }
}
