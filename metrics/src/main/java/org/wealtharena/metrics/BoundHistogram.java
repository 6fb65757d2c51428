package org.wealtharena.metrics;

import io.prometheus.metrics.core.datapoints.DistributionDataPoint;

/** A histogram series with its labels bound; created with count 0 when bound. */
public final class BoundHistogram extends BoundSeries<DistributionDataPoint> {

  BoundHistogram(HistogramFamily family, String[] labelValues) {
    super(family, labelValues, true);
  }

  public void observe(double value) {
    DistributionDataPoint p = admitted(value);
    if (p != null) {
      p.observe(value);
    }
  }

  /** Observes the seconds elapsed since {@code startNanos}, a {@link System#nanoTime()} reading. */
  public void observeSince(long startNanos) {
    observe((System.nanoTime() - startNanos) * 1e-9);
  }
}
