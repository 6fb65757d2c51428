package org.wealtharena.metrics;

import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Histogram;

/**
 * A histogram family: a catalog one, or a user's own from {@link EndpointMetrics#defineHistogram}.
 * Label values go in the order of {@link #labelNames()}.
 */
public final class HistogramFamily extends Family<DistributionDataPoint> {

  HistogramFamily(
      String name,
      LabelSpec[] labels,
      ValueDomain domain,
      Histogram metric,
      SampleValidator validator,
      int limit) {
    super(name, labels, domain, metric, validator, limit);
  }

  /** Observes {@code value}; a value outside the family's domain is rejected. */
  public void observe(double value, String... labelValues) {
    Series<DistributionDataPoint> series = admitted(value, labelValues);
    if (series != null) {
      series.point.observe(value);
    }
  }

  /** Binding creates the series with count 0. */
  public BoundHistogram bind(String... labelValues) {
    return new BoundHistogram(this, labelValues);
  }

  @Override
  DistributionDataPoint recorded(DistributionDataPoint point, RecordedSeries series) {
    return RecordedSeries.histogram(point, series);
  }

  @Override
  long reading(DistributionDataPoint point) {
    return point.getCount();
  }
}
