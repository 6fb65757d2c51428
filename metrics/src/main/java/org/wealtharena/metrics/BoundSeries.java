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
      family.resolve(this, labelValues);
      p = point; // null if rejected, or if the series was removed again meanwhile
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

  /** Called by the family, under its lock, with the series' point. */
  final void adopt(D resolved) {
    point = resolved;
  }

  /** Called by the family, under its lock, when {@code removed} left it. */
  final void forget(D removed) {
    if (point == removed) {
      point = null;
    }
  }
}
