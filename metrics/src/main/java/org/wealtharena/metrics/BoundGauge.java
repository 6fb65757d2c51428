package org.wealtharena.metrics;

import io.prometheus.metrics.core.datapoints.GaugeDataPoint;

/**
 * A gauge series with its labels bound; it appears with its first value. Bound through an {@link
 * EndpointMetrics#unwatched()} view it checks each value and drops it.
 */
public final class BoundGauge extends BoundSeries<GaugeDataPoint> {

  private final boolean dropsWrites;

  BoundGauge(GaugeFamily family, String[] labelValues, boolean dropsWrites) {
    super(family, labelValues, false);
    this.dropsWrites = dropsWrites;
  }

  public void set(double value) {
    if (dropsWrites) {
      checked(value); // a bad value is still counted as rejected
      return;
    }
    GaugeDataPoint p = admitted(value);
    if (p != null) {
      p.set(value);
    }
  }
}
