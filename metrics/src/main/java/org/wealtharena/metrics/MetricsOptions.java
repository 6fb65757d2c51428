package org.wealtharena.metrics;

/**
 * How a metrics endpoint treats what it is given.
 *
 * @param strict throw {@link IllegalArgumentException} on a rejected sample instead of counting it
 *     in {@code wealtharena_metrics_rejected_total} (tests, {@code --strict-metrics})
 * @param cardinalityLimit most label combinations one family may hold; a new one beyond it is
 *     rejected, existing ones keep working
 * @param nativeHistograms also keep native (sparse, exponential) histograms beside the classic
 *     buckets, which are always present
 */
public record MetricsOptions(boolean strict, int cardinalityLimit, boolean nativeHistograms) {

  public static final int DEFAULT_CARDINALITY_LIMIT = 10_000;

  public MetricsOptions {
    if (cardinalityLimit < 1) {
      throw new IllegalArgumentException(
          "cardinalityLimit must be at least 1, got " + cardinalityLimit);
    }
  }

  /** Lenient, 10,000 series per family, native histograms on. */
  public static MetricsOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder {
    private boolean strict;
    private int cardinalityLimit = DEFAULT_CARDINALITY_LIMIT;
    private boolean nativeHistograms = true;

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

    public MetricsOptions build() {
      return new MetricsOptions(strict, cardinalityLimit, nativeHistograms);
    }
  }
}
