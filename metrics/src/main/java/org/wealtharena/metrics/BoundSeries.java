package org.wealtharena.metrics;

import io.prometheus.metrics.core.datapoints.DataPoint;

/**
 * A series with its label values fixed once. After the first successful resolution a write is a
 * volatile read plus the value check: no label lookup, no allocation, no lock. If the labels were
 * rejected, every write tries again and is counted as rejected, so dropped samples stay visible. If
 * the series is removed (its agent left or expired), the family clears the cached point and the
 * next write resolves the series anew: a live agent's samples are never written to a detached
 * point.
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
      p = family.resolve(this, labelValues);
      point = p;
    }
    return p;
  }

  final D admitted(double value) {
    return family.validator.admits(family, value, labelValues) ? point() : null;
  }

  /** Called by the family when {@code removed} left it; a later point is kept. */
  final void forget(D removed) {
    if (point == removed) {
      point = null;
    }
  }
}
