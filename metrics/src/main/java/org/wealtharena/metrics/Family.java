package org.wealtharena.metrics;

import io.prometheus.metrics.core.datapoints.DataPoint;
import io.prometheus.metrics.core.metrics.StatefulMetric;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * One family, of the catalog or a user's own: the client metric, its label rules and value domain,
 * and its own map of label values to series. The map is what makes the cardinality limit cheap: a
 * known label combination costs one concurrent-map lookup, and only a new one takes the lock,
 * passes label validation and is counted against the limit.
 *
 * <p>Series can be removed (an agent leaves): the bound views of a removed series are told, so
 * their next write resolves the series again instead of writing to a detached data point.
 *
 * @param <D> the client's data point type
 */
public abstract class Family<D extends DataPoint> {

  /** Labels that name an agent: {@link EndpointMetrics#removeAgent} drops series by these. */
  static final List<String> AGENT_LABELS = List.of("agent_id", "from_agent", "to_agent");

  private final String name;
  private final LabelSpec[] labels;
  private final ValueDomain domain;
  private final StatefulMetric<D, ?> metric;
  final SampleValidator validator;
  private final int cardinalityLimit;
  private final int[] agentLabelIndexes;
  private final ConcurrentHashMap<Key, Series<D>> series = new ConcurrentHashMap<>();
  private final AtomicInteger loggedReasons = new AtomicInteger();

  /** Where new series and their writes are recorded; null (the rule) when nothing records. */
  private MetricsRecorder.Sink sink;

  /** What each new series carries beside its data point (see {@link #attachToNewSeries}). */
  private Function<String[], Object> attachment = labelValues -> null;

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
    this.agentLabelIndexes =
        IntStream.range(0, labels.length)
            .filter(i -> AGENT_LABELS.contains(labels[i].name()))
            .toArray();
  }

  /** The family's name, e.g. {@code market_maker_quotes_total}. */
  public final String name() {
    return name;
  }

  /** The label names, in the order the recording calls take their values. */
  public final List<String> labelNames() {
    return Arrays.stream(labels).map(LabelSpec::name).toList();
  }

  ValueDomain domain() {
    return domain;
  }

  LabelSpec label(int index) {
    return labels[index];
  }

  int labelCount() {
    return labels.length;
  }

  /** Records every series made from now on, and its writes, in {@code sink} (null: none). */
  final synchronized void recordTo(MetricsRecorder.Sink sink) {
    this.sink = sink;
  }

  /** {@code point}, whose writes are also recorded in {@code series}. */
  abstract D recorded(D point, RecordedSeries series);

  /**
   * Gives every series created from now on {@code attachment.apply(labelValues)} as its {@link
   * Series#derived} (state derived from this family's events, such as a sliding ratio).
   */
  final void attachToNewSeries(Function<String[], Object> attachment) {
    this.attachment = attachment;
  }

  /**
   * The data point for these label values (in label order), created at zero if new, or null if the
   * combination was rejected (already counted).
   */
  final D point(String... labelValues) {
    Series<D> s = series(labelValues);
    return s != null ? s.point : null;
  }

  /** As {@link #point}, with what the series carries beside its data point. */
  final Series<D> series(String[] labelValues) {
    Series<D> s = series.get(new Key(labelValues));
    return s != null ? s : create(labelValues);
  }

  /**
   * The series to write {@code value} to, or null when the value or the label combination is
   * rejected (already counted, logged or thrown by the validator).
   */
  final Series<D> admitted(double value, String[] labelValues) {
    return validator.admits(this, value, labelValues) ? series(labelValues) : null;
  }

  /** True when the series of these label values exists. */
  final boolean contains(String... labelValues) {
    return series.containsKey(new Key(labelValues));
  }

  /**
   * Resolves a bound view's series, registers the view and hands it the data point, all under the
   * lock a removal takes, so a removal either comes first (and the view gets the new series) or
   * finds the view holding the point it clears.
   */
  final void resolve(BoundSeries<D> view, String[] labelValues) {
    Series<D> s = series.get(new Key(labelValues));
    synchronized (this) {
      if (s == null || series.get(s.key) != s) {
        s = create(labelValues);
      }
      if (s != null) {
        s.watch(view);
        view.adopt(s.point);
      }
    }
  }

  private synchronized Series<D> create(String[] labelValues) {
    if (labelValues.length != labels.length) {
      // a programming error in the caller, as in the client's own labelValues(...)
      throw new IllegalArgumentException(
          name
              + " takes "
              + labels.length
              + " label values "
              + labelNames()
              + ", got "
              + labelValues.length);
    }
    if (!validator.admitsLabels(this, labelValues)) {
      return null;
    }
    Key key = new Key(labelValues.clone()); // a copy: the caller's array must not alias our key
    Series<D> s = series.get(key);
    if (s == null
        && validator.admitsNewSeries(this, series.size(), cardinalityLimit, labelValues)) {
      // the key's array is never mutated, so the client may keep it too
      D point = metric.labelValues(key.values);
      if (sink != null) {
        point = recorded(point, sink.add(name, key.values));
      }
      s = new Series<>(key, point, attachment.apply(key.values));
      series.put(key, s);
    }
    return s;
  }

  /** Drops every series whose {@code labelName} label equals {@code value}. */
  final void removeWhere(String labelName, String value) {
    int index = indexOf(labelName);
    removeIf(values -> values[index].equals(value));
  }

  /** Drops every series whose agent_id, from_agent or to_agent label equals {@code agentId}. */
  final void removeAgent(String agentId) {
    if (agentLabelIndexes.length > 0) {
      removeIf(values -> agentIndexOf(values, agentId) >= 0);
    }
  }

  private synchronized void removeIf(Predicate<String[]> doomed) {
    series
        .values()
        .removeIf(
            s -> {
              if (!doomed.test(s.key.values)) {
                return false;
              }
              metric.remove(s.key.values.clone());
              s.detach();
              return true;
            });
  }

  /**
   * Adds, per agent named in this family's agent labels, a fingerprint of its series' current
   * values to {@code fingerprints}: if any of them changes, so (with overwhelming probability) does
   * the sum.
   */
  final void addAgentFingerprints(Map<String, Long> fingerprints) {
    if (agentLabelIndexes.length == 0) {
      return;
    }
    for (Series<D> s : series.values()) {
      long fingerprint = mix(s.key.hash * 0x9E3779B97F4A7C15L ^ reading(s.point));
      for (int index : agentLabelIndexes) {
        fingerprints.merge(s.key.values[index], fingerprint, Long::sum);
      }
    }
  }

  /** What a series shows now, as bits: a counter's or gauge's value, a histogram's count. */
  abstract long reading(D point);

  /** Number of series held now. */
  final int size() {
    return series.size();
  }

  private int agentIndexOf(String[] values, String agentId) {
    for (int index : agentLabelIndexes) {
      if (values[index].equals(agentId)) {
        return index;
      }
    }
    return -1;
  }

  /** A 64-bit finaliser (SplitMix64), so sums of fingerprints do not cancel by accident. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
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
          .append(SampleValidator.shortened(labelValues[i]))
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

  /** One label combination: the client's data point, derived state, and the views bound to it. */
  static final class Series<D extends DataPoint> {
    final Key key;
    final D point;
    final Object derived;

    /** Guarded by the family's lock; weak, so views their owners dropped do not pile up. */
    private final List<WeakReference<BoundSeries<D>>> views = new ArrayList<>(1);

    Series(Key key, D point, Object derived) {
      this.key = key;
      this.point = point;
      this.derived = derived;
    }

    void watch(BoundSeries<D> view) {
      views.removeIf(ref -> ref.get() == null);
      views.add(new WeakReference<>(view));
    }

    void detach() {
      for (WeakReference<BoundSeries<D>> ref : views) {
        BoundSeries<D> view = ref.get();
        if (view != null) {
          view.forget(point);
        }
      }
      views.clear();
    }
  }

  /**
   * Label values as a map key. Hashes and compares the array directly: a List view would allocate
   * iterators on every lookup (measured: 88 bytes per guide-style call with Arrays.asList).
   */
  static final class Key {
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
