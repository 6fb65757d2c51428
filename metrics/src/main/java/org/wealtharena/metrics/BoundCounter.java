package org.wealtharena.metrics;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;

/** A counter series with its labels bound; created at zero when bound. */
public final class BoundCounter extends BoundSeries<CounterDataPoint> {

  BoundCounter(CounterFamily family, String[] labelValues) {
    super(family, labelValues, true);
  }

  public void inc() {
    CounterDataPoint p = point();
    if (p != null) {
      p.inc();
    }
  }

  /** Adds {@code amount} (e.g. a batch of quotes); a negative amount is rejected. */
  public void inc(long amount) {
    CounterDataPoint p = admitted(amount);
    if (p != null) {
      p.inc(amount);
    }
  }
}
