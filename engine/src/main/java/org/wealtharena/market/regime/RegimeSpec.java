package org.wealtharena.market.regime;

import java.util.Arrays;

/**
 * How a session switches between {@link Regime}s, and what each one does to the market.
 *
 * <p>The regime is a continuous-time Markov chain: a stretch of regime {@code r} lasts an
 * exponential time with mean {@code meanMinutes[r]}, then the next regime is drawn from {@code
 * entryWeights} (never the same one again). The session opens in a regime drawn from the same
 * weights.
 *
 * <p>Effects: the fundamentals' volatility is multiplied by {@code volatilityMultiplier[r]}
 * (normalised so that, weighted by each regime's share of time, the mean variance stays about the
 * processes' own), their log price drifts by {@code driftPerHour[r]}, the background arbitrageurs
 * react {@code arbitrageDelayNanos[r]} later than usual, and the informed (value) traders see the
 * fundamental with their belief noise times {@code informedNoiseScale[r]} and take quotes their
 * edge times {@code informedEdgeScale[r]} (rounded to whole ticks) beyond it.
 *
 * @param entryWeights relative chances of each regime at the open and after a switch
 * @param informedNoiseScale 1: the informed traders' belief is as noisy as their flow says; 0: the
 *     news is out and they know the fundamental exactly, so every stale quote gets picked off
 */
public record RegimeSpec(
    double[] entryWeights,
    double[] meanMinutes,
    double[] volatilityMultiplier,
    double[] driftPerHour,
    long[] arbitrageDelayNanos,
    double[] informedNoiseScale,
    double[] informedEdgeScale,
    double[] informedRateMultiplier) {

  private static final int REGIMES = Regime.values().length;

  public RegimeSpec {
    entryWeights = checked(entryWeights, "entry weights", 0);
    meanMinutes = checked(meanMinutes, "mean minutes", Double.MIN_VALUE);
    volatilityMultiplier = checked(volatilityMultiplier, "volatility multipliers", 0);
    informedNoiseScale = checked(informedNoiseScale, "informed noise scales", 0);
    informedEdgeScale = checked(informedEdgeScale, "informed edge scales", 0);
    informedRateMultiplier = checked(informedRateMultiplier, "informed rate multipliers", 0);
    driftPerHour = driftPerHour.clone();
    arbitrageDelayNanos = arbitrageDelayNanos.clone();
    if (driftPerHour.length != REGIMES || arbitrageDelayNanos.length != REGIMES) {
      throw new IllegalArgumentException("one drift and one arbitrage delay per regime");
    }
    for (int r = 0; r < REGIMES; r++) {
      if (!Double.isFinite(driftPerHour[r]) || arbitrageDelayNanos[r] < 0) {
        throw new IllegalArgumentException("drifts must be finite, delays not negative");
      }
    }
    if (Arrays.stream(entryWeights).sum() <= 0) {
      throw new IllegalArgumentException("at least one entry weight must be positive");
    }
  }

  private static double[] checked(double[] values, String what, double minimum) {
    if (values.length != REGIMES) {
      throw new IllegalArgumentException(what + ": one per regime (" + REGIMES + ")");
    }
    for (double v : values) {
      if (!(v >= minimum) || !Double.isFinite(v)) {
        throw new IllegalArgumentException(what + " must be finite and at least " + minimum);
      }
    }
    return values.clone();
  }

  /** One regime all session long that changes nothing: the market as its processes make it. */
  public static RegimeSpec none() {
    return new RegimeSpec(
        new double[] {1, 0, 0, 0},
        new double[] {1e9, 1, 1, 1},
        new double[] {1, 1, 1, 1},
        new double[REGIMES],
        new long[REGIMES],
        new double[] {1, 1, 1, 1},
        new double[] {1, 1, 1, 1},
        new double[] {1, 1, 1, 1});
  }

  /**
   * The embedded market's: calm stretches of about 12 minutes take 45 % of the switches, volatility
   * bursts (volatility x 2.2 against calm's x 0.65) of about 10 minutes 25 %, and trends up or down
   * (0.015 % a minute, about a sixth of a minute's standard deviation) of about 9 minutes 15 %
   * each. A burst is news: twice as many informed traders arrive, they know the fundamental exactly
   * and take any quote a tick (half their usual edge) on the wrong side of it, which is what makes
   * quoting lose there (as a desk's market maker is run over when news breaks). The fast
   * arbitrageurs do not step back here: a delay would hand an agent that is merely present riskless
   * cross-venue gaps (see {@code NoFreeLunchTest}).
   */
  public static RegimeSpec defaults() {
    return new RegimeSpec(
        new double[] {0.45, 0.25, 0.15, 0.15},
        new double[] {12, 10, 9, 9},
        new double[] {0.65, 2.2, 1, 1},
        new double[] {0, 0, 0.009, -0.009},
        new long[REGIMES],
        new double[] {1, 0, 1, 1},
        new double[] {1, 0.5, 1, 1},
        new double[] {1, 2, 1, 1});
  }

  public boolean switches() {
    int possible = 0;
    for (double w : entryWeights) {
      if (w > 0) {
        possible++;
      }
    }
    return possible > 1;
  }

  /**
   * Long-run share of time spent in each regime: the stationary law of the chain of stretches (each
   * next regime drawn from the entry weights of the others) weighted by each regime's mean
   * duration.
   */
  public double[] timeShares() {
    double total = Arrays.stream(entryWeights).sum();
    double[] visits = new double[REGIMES];
    Arrays.fill(visits, 1.0 / REGIMES);
    for (int round = 0; round < 1_000; round++) { // 4 states: converges long before
      double[] next = new double[REGIMES];
      for (int from = 0; from < REGIMES; from++) {
        double others = total - entryWeights[from];
        for (int to = 0; to < REGIMES; to++) {
          if (to != from && others > 0) {
            next[to] += visits[from] * entryWeights[to] / others;
          } else if (others == 0 && to == from) {
            next[to] += visits[from]; // the only regime: it stays
          }
        }
      }
      visits = next;
    }
    double[] share = new double[REGIMES];
    double sum = 0;
    for (int r = 0; r < REGIMES; r++) {
      share[r] = visits[r] * meanMinutes[r];
      sum += share[r];
    }
    for (int r = 0; r < REGIMES; r++) {
      share[r] /= sum;
    }
    return share;
  }

  /** The factor on every volatility multiplier that keeps the long-run mean variance unchanged. */
  public double varianceNormalisation() {
    double[] share = timeShares();
    double meanVariance = 0;
    for (int r = 0; r < REGIMES; r++) {
      meanVariance += share[r] * volatilityMultiplier[r] * volatilityMultiplier[r];
    }
    return meanVariance > 0 ? 1 / meanVariance : 1;
  }

  @Override
  public double[] entryWeights() {
    return entryWeights.clone();
  }

  @Override
  public double[] meanMinutes() {
    return meanMinutes.clone();
  }

  @Override
  public double[] volatilityMultiplier() {
    return volatilityMultiplier.clone();
  }

  @Override
  public double[] driftPerHour() {
    return driftPerHour.clone();
  }

  @Override
  public long[] arbitrageDelayNanos() {
    return arbitrageDelayNanos.clone();
  }

  @Override
  public double[] informedNoiseScale() {
    return informedNoiseScale.clone();
  }

  @Override
  public double[] informedEdgeScale() {
    return informedEdgeScale.clone();
  }

  @Override
  public double[] informedRateMultiplier() {
    return informedRateMultiplier.clone();
  }

  double meanMinutes(int r) {
    return meanMinutes[r];
  }

  double volatilityMultiplier(int r) {
    return volatilityMultiplier[r];
  }

  double driftPerHour(int r) {
    return driftPerHour[r];
  }

  long arbitrageDelayNanos(int r) {
    return arbitrageDelayNanos[r];
  }

  double informedNoiseScale(int r) {
    return informedNoiseScale[r];
  }

  double informedEdgeScale(int r) {
    return informedEdgeScale[r];
  }

  double informedRateMultiplier(int r) {
    return informedRateMultiplier[r];
  }

  double entryWeight(int r) {
    return entryWeights[r];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegimeSpec s
        && Arrays.equals(entryWeights, s.entryWeights)
        && Arrays.equals(meanMinutes, s.meanMinutes)
        && Arrays.equals(volatilityMultiplier, s.volatilityMultiplier)
        && Arrays.equals(driftPerHour, s.driftPerHour)
        && Arrays.equals(arbitrageDelayNanos, s.arbitrageDelayNanos);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(entryWeights) * 31 + Arrays.hashCode(volatilityMultiplier);
  }

  @Override
  public String toString() {
    return "RegimeSpec[weights="
        + Arrays.toString(entryWeights)
        + ", minutes="
        + Arrays.toString(meanMinutes)
        + ", volatility="
        + Arrays.toString(volatilityMultiplier)
        + ", drift/h="
        + Arrays.toString(driftPerHour)
        + ", arbitrage delay ns="
        + Arrays.toString(arbitrageDelayNanos)
        + "]";
  }
}
