package org.wealtharena.metrics;

import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Histogram;

final class HistogramFamily extends Family<DistributionDataPoint> {

  HistogramFamily(
      String name,
      LabelSpec[] labels,
      ValueDomain domain,
      Histogram metric,
      SampleValidator validator,
      int limit) {
    super(name, labels, domain, metric, validator, limit);
  }

  void observe(double value, String... labelValues) {
    DistributionDataPoint point = admitted(value, labelValues);
    if (point != null) {
      point.observe(value);
    }
  }

  /** Binding creates the series with count 0. */
  BoundHistogram bind(String... labelValues) {
    return new BoundHistogram(this, labelValues);
  }
}
