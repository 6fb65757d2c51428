package org.wealtharena.metrics;

/**
 * How a metrics endpoint treats what it is given. Build it with {@link #builder()}.
 *
 * @param strict throw {@link IllegalArgumentException} on a rejected sample instead of counting it
 *     in {@code wealtharena_metrics_rejected_total} (tests, {@code --strict-metrics})
 * @param cardinalityLimit most label combinations one family may hold; a new one beyond it is
 *     rejected, existing ones keep working
 * @param nativeHistograms also keep native (sparse, exponential) histograms beside the classic
 *     buckets, which are always present. Off by default: a Prometheus ingests them only with {@code
 *     --enable-feature=native-histograms} (and not at all before 2.40), and a scrape in the
 *     protobuf format then carries them instead of nothing useful
 * @param exemplars let the latency histograms (the families in seconds) keep, per bucket, an
 *     exemplar with the trace and span id of the OpenTelemetry span current at the observation,
 *     when there is a sampled one; needs {@code io.opentelemetry:opentelemetry-api} or the
 *     OpenTelemetry Java agent at run time. Off by default; shown in the OpenMetrics format only
 * @param maxLabelValueBytes longest label value (UTF-8 bytes) a new series may have; a longer one
 *     is rejected as {@code label_too_long}, so one runaway value cannot bloat every scrape
 */
public record MetricsOptions(
    boolean strict,
    int cardinalityLimit,
    boolean nativeHistograms,
    boolean exemplars,
    int maxLabelValueBytes)
    implements java.io.Serializable {

  public static final int DEFAULT_CARDINALITY_LIMIT = 10_000;
  public static final int DEFAULT_MAX_LABEL_VALUE_BYTES = 1024;

  public MetricsOptions {
    if (cardinalityLimit < 1) {
      throw new IllegalArgumentException(
          "cardinalityLimit must be at least 1, got " + cardinalityLimit);
    }
    if (maxLabelValueBytes < 1) {
      throw new IllegalArgumentException(
          "maxLabelValueBytes must be at least 1, got " + maxLabelValueBytes);
    }
  }

  /**
   * Lenient, 10,000 series per family, classic histograms only, exemplars off, label values up to 1
   * KiB.
   */
  public static MetricsOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder {
    private boolean strict;
    private int cardinalityLimit = DEFAULT_CARDINALITY_LIMIT;
    private boolean nativeHistograms;
    private boolean exemplars;
    private int maxLabelValueBytes = DEFAULT_MAX_LABEL_VALUE_BYTES;

    private Builder() {}

    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    public Builder cardinalityLimit(int cardinalityLimit) {
      this.cardinalityLimit = cardinalityLimit;
      return this;
    }

    public Builder nativeHistograms(boolean nativeHistograms) {
      this.nativeHistograms = nativeHistograms;
      return this;
    }

    public Builder exemplars(boolean exemplars) {
      this.exemplars = exemplars;
      return this;
    }

    public Builder maxLabelValueBytes(int maxLabelValueBytes) {
      this.maxLabelValueBytes = maxLabelValueBytes;
      return this;
    }

    public MetricsOptions build() {
      return new MetricsOptions(
          strict, cardinalityLimit, nativeHistograms, exemplars, maxLabelValueBytes);
    }
  }
}
