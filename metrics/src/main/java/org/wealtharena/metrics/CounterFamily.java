package org.wealtharena.metrics;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.metrics.Counter;

final class CounterFamily extends Family<CounterDataPoint> {

  CounterFamily(
      String name, LabelSpec[] labels, Counter metric, SampleValidator validator, int limit) {
    super(name, labels, ValueDomain.NON_NEGATIVE, metric, validator, limit);
  }

  void inc(long amount, String... labelValues) {
    CounterDataPoint point = admitted(amount, labelValues);
    if (point != null) {
      point.inc(amount);
    }
  }

  /** Binding creates the series at zero, so rate() and alerts see it before the first event. */
  BoundCounter bind(String... labelValues) {
    return new BoundCounter(this, labelValues);
  }
}
