package org.wealtharena.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * A pair of endpoints for work done away from the endpoints that serve (an episode on a cluster
 * executor): they work as usual, in registries of their own that nobody serves, and every series
 * made and every write to it is also recorded, so that {@link #recording()} can be replayed into
 * the serving endpoints. Endpoints made otherwise record nothing: their hot paths are untouched.
 */
public final class MetricsRecorder {

  /** The series one recording endpoint made, in the order it made them. */
  static final class Sink {
    private final List<RecordedSeries> series = new ArrayList<>();

    synchronized RecordedSeries add(String family, String[] labelValues) {
      RecordedSeries recorded = new RecordedSeries(family, labelValues);
      series.add(recorded);
      return recorded;
    }

    synchronized List<RecordedSeries> series() {
      return List.copyOf(series);
    }
  }

  private final Sink multiAgentSink = new Sink();
  private final Sink specializedSink = new Sink();
  private final MultiAgentMetrics multiAgent;
  private final SpecializedAgentMetrics specialized;

  /** Recording endpoints with {@code options}, which should be those of the serving endpoints. */
  public MetricsRecorder(MetricsOptions options) {
    this.multiAgent = new MultiAgentMetrics(options, multiAgentSink);
    this.specialized = new SpecializedAgentMetrics(options, specializedSink);
  }

  public MultiAgentMetrics multiAgent() {
    return multiAgent;
  }

  public SpecializedAgentMetrics specialized() {
    return specialized;
  }

  /** What was recorded so far, as a serializable value. */
  public MetricsRecording recording() {
    return new MetricsRecording(multiAgentSink.series(), specializedSink.series());
  }
}
