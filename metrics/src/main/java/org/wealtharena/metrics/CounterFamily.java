package org.wealtharena.metrics;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.metrics.Counter;

/**
 * A counter family: a catalog one, or a user's own from {@link EndpointMetrics#defineCounter}.
 * Label values go in the order of {@link #labelNames()}.
 */
public final class CounterFamily extends Family<CounterDataPoint> {

  CounterFamily(
      String name, LabelSpec[] labels, Counter metric, SampleValidator validator, int limit) {
    super(name, labels, ValueDomain.NON_NEGATIVE, metric, validator, limit);
  }

  /** Adds one. */
  public void inc(String... labelValues) {
    inc(1, labelValues);
  }

  /** Adds {@code amount}; a negative amount is rejected. */
  public void inc(long amount, String... labelValues) {
    incDerived(amount, labelValues);
  }

  /**
   * As {@link #inc(long, String...)}; returns what the series carries beside its data point (see
   * {@link Family#attachToNewSeries}), or null when the sample was rejected.
   */
  Object incDerived(long amount, String... labelValues) {
    Series<CounterDataPoint> series = admitted(amount, labelValues);
    if (series == null) {
      return null;
    }
    series.point.inc(amount);
    return series.derived;
  }

  /** Binding creates the series at zero, so rate() and alerts see it before the first event. */
  public BoundCounter bind(String... labelValues) {
    return new BoundCounter(this, labelValues);
  }

  @Override
  CounterDataPoint recorded(CounterDataPoint point, RecordedSeries series) {
    return RecordedSeries.counter(point, series);
  }

  @Override
  long reading(CounterDataPoint point) {
    return Double.doubleToLongBits(point.get());
  }
}
