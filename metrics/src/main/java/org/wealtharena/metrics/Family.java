package org.wealtharena.metrics;

import io.prometheus.metrics.core.datapoints.DataPoint;
import io.prometheus.metrics.core.metrics.StatefulMetric;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One catalog family: the client metric, its label rules and value domain, and its own map of label
 * values to the client's data points. The map is what makes the cardinality limit cheap: a known
 * label combination costs one concurrent-map lookup, and only a new one takes the lock, passes
 * label validation and is counted against the limit.
 */
abstract class Family<D extends DataPoint> {

  private final String name;
  private final LabelSpec[] labels;
  private final ValueDomain domain;
  private final StatefulMetric<D, ?> metric;
  final SampleValidator validator;
  private final int cardinalityLimit;
  private final ConcurrentHashMap<Key, D> points = new ConcurrentHashMap<>();
  private final AtomicInteger loggedReasons = new AtomicInteger();

  Family(
      String name,
      LabelSpec[] labels,
      ValueDomain domain,
      StatefulMetric<D, ?> metric,
      SampleValidator validator,
      int cardinalityLimit) {
    this.name = name;
    this.labels = labels.clone();
    this.domain = domain;
    this.metric = metric;
    this.validator = validator;
    this.cardinalityLimit = cardinalityLimit;
  }

  /** The catalog name, e.g. {@code market_maker_quotes_total}. */
  String name() {
    return name;
  }

  ValueDomain domain() {
    return domain;
  }

  LabelSpec label(int index) {
    return labels[index];
  }

  /**
   * The data point for these label values (in catalog order), created at zero if new, or null if
   * the combination was rejected (already counted).
   */
  final D point(String... labelValues) {
    D point = points.get(new Key(labelValues));
    return point != null ? point : create(labelValues);
  }

  /**
   * The data point to write {@code value} to, or null when the value or the label combination is
   * rejected (already counted, logged or thrown by the validator).
   */
  final D admitted(double value, String[] labelValues) {
    return validator.admits(this, value, labelValues) ? point(labelValues) : null;
  }

  private synchronized D create(String[] labelValues) {
    if (!validator.admitsLabels(this, labelValues)) {
      return null;
    }
    Key key = new Key(labelValues.clone()); // a copy: the caller's array must not alias our key
    D point = points.get(key);
    if (point == null
        && validator.admitsNewSeries(this, points.size(), cardinalityLimit, labelValues)) {
      point = metric.labelValues(key.values); // never mutated, so the client may keep it too
      points.put(key, point);
    }
    return point;
  }

  /** Drops every series whose {@code labelName} label equals {@code value}. */
  final synchronized void removeWhere(String labelName, String value) {
    int index = indexOf(labelName);
    points
        .keySet()
        .removeIf(
            key -> {
              if (!key.values[index].equals(value)) {
                return false;
              }
              metric.remove(key.values.clone());
              return true;
            });
  }

  /** True the first time {@code reason} is reported for this family, so it is logged once. */
  final boolean firstRejection(SampleRejectReason reason) {
    int bit = 1 << reason.ordinal();
    return (loggedReasons.getAndUpdate(bits -> bits | bit) & bit) == 0;
  }

  /** {@code name{label="value",...}} for messages. */
  final String describe(String[] labelValues) {
    StringBuilder sb = new StringBuilder(name).append('{');
    for (int i = 0; i < labels.length; i++) {
      sb.append(i == 0 ? "" : ",")
          .append(labels[i].name())
          .append("=\"")
          .append(labelValues[i])
          .append('"');
    }
    return sb.append('}').toString();
  }

  private int indexOf(String labelName) {
    for (int i = 0; i < labels.length; i++) {
      if (labels[i].name().equals(labelName)) {
        return i;
      }
    }
    throw new IllegalArgumentException(name + " has no label " + labelName);
  }

  /**
   * Label values as a map key. Hashes and compares the array directly: a List view would allocate
   * iterators on every lookup (measured: 88 bytes per guide-style call with Arrays.asList).
   */
  private static final class Key {
    final String[] values;
    private final int hash;

    Key(String[] values) {
      this.values = values;
      this.hash = Arrays.hashCode(values);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key other && hash == other.hash && Arrays.equals(values, other.values);
    }
  }
}
