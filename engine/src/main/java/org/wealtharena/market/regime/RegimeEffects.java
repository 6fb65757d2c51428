package org.wealtharena.market.regime;

/**
 * How often one {@link Regime} comes, how long it lasts, and what it does to the market while it
 * lasts. {@link #neutral} changes nothing; {@link #builder} sets effects one by one.
 *
 * @param entryWeight relative chance of this regime at the open and after a switch
 * @param meanMinutes mean length of a stretch (exponentially distributed)
 * @param volatilityMultiplier on the fundamentals' volatility (before {@link
 *     RegimeSpec#varianceNormalisation})
 * @param driftPerHour drift of the fundamentals' log price
 * @param reversionPerHour rate at which the fundamentals' log price is pulled back to where it
 *     stood when the stretch began (half-life ln 2 / rate); 0: no pull
 * @param arbitrageDelayNanos how much later than usual the background arbitrageurs react
 * @param noiseRateMultiplier on the noise traders' arrival rate, the uninformed two-sided flow
 *     (below 1: a liquidity drought, thinner books and fewer takers to earn the spread from)
 * @param informedNoiseScale on the informed traders' belief noise; 0: the news is out and they know
 *     the fundamental exactly, so every stale quote gets picked off
 * @param informedEdgeScale on the edge the informed traders take quotes at (rounded to whole ticks)
 * @param informedRateMultiplier on the informed traders' arrival rate
 */
public record RegimeEffects(
    double entryWeight,
    double meanMinutes,
    double volatilityMultiplier,
    double driftPerHour,
    double reversionPerHour,
    long arbitrageDelayNanos,
    double noiseRateMultiplier,
    double informedNoiseScale,
    double informedEdgeScale,
    double informedRateMultiplier) {

  public RegimeEffects {
    atLeast(entryWeight, 0, "entry weight");
    atLeast(meanMinutes, Double.MIN_VALUE, "mean minutes");
    atLeast(volatilityMultiplier, 0, "volatility multiplier");
    atLeast(driftPerHour, Double.NEGATIVE_INFINITY, "drift per hour");
    atLeast(reversionPerHour, 0, "reversion per hour");
    atLeast(noiseRateMultiplier, Double.MIN_VALUE, "noise rate multiplier");
    atLeast(informedNoiseScale, 0, "informed noise scale");
    atLeast(informedEdgeScale, 0, "informed edge scale");
    atLeast(informedRateMultiplier, Double.MIN_VALUE, "informed rate multiplier");
    if (arbitrageDelayNanos < 0) {
      throw new IllegalArgumentException("arbitrage delay must not be negative");
    }
  }

  private static void atLeast(double value, double minimum, String what) {
    if (!(value >= minimum) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be finite and at least " + minimum);
    }
  }

  /** A regime that changes nothing, entered with {@code entryWeight}, lasting about so long. */
  public static RegimeEffects neutral(double entryWeight, double meanMinutes) {
    return builder(entryWeight, meanMinutes).build();
  }

  /** Effects that start neutral; each setter changes one. */
  public static Builder builder(double entryWeight, double meanMinutes) {
    return new Builder(entryWeight, meanMinutes);
  }

  /** Mutable builder; {@link #build()} validates. */
  public static final class Builder {
    private final double entryWeight;
    private final double meanMinutes;
    private double volatilityMultiplier = 1;
    private double driftPerHour;
    private double reversionPerHour;
    private long arbitrageDelayNanos;
    private double noiseRateMultiplier = 1;
    private double informedNoiseScale = 1;
    private double informedEdgeScale = 1;
    private double informedRateMultiplier = 1;

    private Builder(double entryWeight, double meanMinutes) {
      this.entryWeight = entryWeight;
      this.meanMinutes = meanMinutes;
    }

    public Builder volatility(double multiplier) {
      volatilityMultiplier = multiplier;
      return this;
    }

    public Builder drift(double perHour) {
      driftPerHour = perHour;
      return this;
    }

    public Builder reversion(double perHour) {
      reversionPerHour = perHour;
      return this;
    }

    public Builder arbitrageDelay(long nanos) {
      arbitrageDelayNanos = nanos;
      return this;
    }

    public Builder noiseRate(double multiplier) {
      noiseRateMultiplier = multiplier;
      return this;
    }

    /** The informed traders' belief noise, taking edge and arrival rate, each as a multiplier. */
    public Builder informed(double noiseScale, double edgeScale, double rateMultiplier) {
      informedNoiseScale = noiseScale;
      informedEdgeScale = edgeScale;
      informedRateMultiplier = rateMultiplier;
      return this;
    }

    public RegimeEffects build() {
      return new RegimeEffects(
          entryWeight,
          meanMinutes,
          volatilityMultiplier,
          driftPerHour,
          reversionPerHour,
          arbitrageDelayNanos,
          noiseRateMultiplier,
          informedNoiseScale,
          informedEdgeScale,
          informedRateMultiplier);
    }
  }
}
