package org.wealtharena.metrics;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import io.prometheus.metrics.model.snapshots.Labels;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Arrays;

/**
 * What the writes to one series of a recording endpoint ({@link MetricsRecorder}) added up to: a
 * counter's increments, a gauge's last value and what was added to it since, a histogram's
 * observations in order. Replayed into another endpoint's family of the same name, it leaves that
 * series as if the writes had happened there.
 */
final class RecordedSeries implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final double[] NONE = {};

  final String family;
  final String[] labelValues;
  private double added;
  private boolean set;
  private double value;
  private double[] observations = NONE;
  private int observed;

  RecordedSeries(String family, String[] labelValues) {
    this.family = family;
    this.labelValues = labelValues.clone();
  }

  private synchronized void add(double amount) {
    added += amount;
  }

  private synchronized void set(double newValue) {
    set = true;
    value = newValue;
    added = 0;
  }

  private synchronized void observe(double observation) {
    if (observed == observations.length) {
      observations = Arrays.copyOf(observations, Math.max(8, 2 * observed));
    }
    observations[observed++] = observation;
  }

  /** Applies the recorded writes to {@code target}'s series of the same label values. */
  synchronized void replayInto(Family<?> target) {
    if (target instanceof CounterFamily counters) {
      CounterDataPoint point = counters.point(labelValues);
      if (point != null) {
        point.inc(added);
      }
    } else if (target instanceof GaugeFamily gauges) {
      GaugeDataPoint point = gauges.point(labelValues);
      if (point != null) {
        if (set) {
          point.set(value);
        }
        if (added != 0) {
          point.inc(added);
        }
      }
    } else if (target instanceof HistogramFamily histograms) {
      DistributionDataPoint point = histograms.point(labelValues);
      if (point != null) {
        for (int i = 0; i < observed; i++) {
          point.observe(observations[i]);
        }
      }
    } else {
      throw new IllegalStateException(family + " is of a kind that cannot be replayed");
    }
  }

  private synchronized void writeObject(ObjectOutputStream out) throws IOException {
    observations = Arrays.copyOf(observations, observed);
    out.defaultWriteObject();
  }

  /** {@code point}, whose writes are also recorded in {@code series}. */
  static CounterDataPoint counter(CounterDataPoint point, RecordedSeries series) {
    return new CounterDataPoint() {
      @Override
      public void inc(double amount) {
        point.inc(amount);
        series.add(amount);
      }

      @Override
      public void incWithExemplar(double amount, Labels labels) {
        point.incWithExemplar(amount, labels);
        series.add(amount);
      }

      @Override
      public double get() {
        return point.get();
      }

      @Override
      public long getLongValue() {
        return point.getLongValue();
      }
    };
  }

  static GaugeDataPoint gauge(GaugeDataPoint point, RecordedSeries series) {
    return new GaugeDataPoint() {
      @Override
      public void inc(double amount) {
        point.inc(amount);
        series.add(amount);
      }

      @Override
      public void incWithExemplar(double amount, Labels labels) {
        point.incWithExemplar(amount, labels);
        series.add(amount);
      }

      @Override
      public void set(double newValue) {
        point.set(newValue);
        series.set(newValue);
      }

      @Override
      public void setWithExemplar(double newValue, Labels labels) {
        point.setWithExemplar(newValue, labels);
        series.set(newValue);
      }

      @Override
      public double get() {
        return point.get();
      }
    };
  }

  static DistributionDataPoint histogram(DistributionDataPoint point, RecordedSeries series) {
    return new DistributionDataPoint() {
      @Override
      public void observe(double observation) {
        point.observe(observation);
        series.observe(observation);
      }

      @Override
      public void observeWithExemplar(double observation, Labels labels) {
        point.observeWithExemplar(observation, labels);
        series.observe(observation);
      }

      @Override
      public long getCount() {
        return point.getCount();
      }

      @Override
      public double getSum() {
        return point.getSum();
      }
    };
  }
}
