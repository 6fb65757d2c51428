package org.wealtharena.metrics;

import io.prometheus.metrics.core.datapoints.GaugeDataPoint;

/** A gauge series with its labels bound; it appears with its first value. */
public final class BoundGauge extends BoundSeries<GaugeDataPoint> {

  BoundGauge(GaugeFamily family, String[] labelValues) {
    super(family, labelValues, false);
  }

  public void set(double value) {
    GaugeDataPoint p = admitted(value);
    if (p != null) {
      p.set(value);
    }
  }
}
