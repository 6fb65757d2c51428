package org.wealtharena.metrics;

import io.prometheus.metrics.core.datapoints.DataPoint;

/**
 * A series with its label values fixed once. After the first successful resolution a write is a
 * volatile read plus the value check: no label lookup, no allocation, no lock. If the labels were
 * rejected, every write tries again and is counted as rejected, so dropped samples stay visible.
 */
abstract class BoundSeries<D extends DataPoint> {

  private final Family<D> family;
  private final String[] labelValues;
  private volatile D point;

  BoundSeries(Family<D> family, String[] labelValues, boolean createNow) {
    this.family = family;
    this.labelValues = labelValues.clone();
    if (createNow) {
      point();
    }
  }

  final D point() {
    D p = point;
    if (p == null) {
      p = family.point(labelValues);
      point = p;
    }
    return p;
  }

  final D admitted(double value) {
    return checked(value) ? point() : null;
  }

  /** Whether {@code value} may be stored; a refused one is counted, logged or thrown. */
  final boolean checked(double value) {
    return family.validator.admits(family, value, labelValues);
  }
}
