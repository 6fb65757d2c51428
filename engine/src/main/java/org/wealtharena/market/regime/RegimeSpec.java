package org.wealtharena.market.regime;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How a session switches between {@link Regime}s, and what each one does to the market ({@link
 * RegimeEffects}, one per regime).
 *
 * <p>The regime is a continuous-time Markov chain: a stretch of regime {@code r} lasts an
 * exponential time with mean {@code meanMinutes} of r, then the next regime is drawn from the entry
 * weights (never the same one again). The session opens in a regime drawn from the same weights.
 * The volatility multipliers are normalised so that, weighted by each regime's share of time, the
 * mean variance stays about the processes' own ({@link #varianceNormalisation}).
 */
public record RegimeSpec(Map<Regime, RegimeEffects> effects) {

  private static final Regime[] REGIMES = Regime.values();

  public RegimeSpec {
    for (Regime r : REGIMES) {
      if (!effects.containsKey(r)) {
        throw new IllegalArgumentException("no effects for regime " + r.label());
      }
    }
    effects = Collections.unmodifiableMap(new EnumMap<>(effects));
    double weights = 0;
    for (RegimeEffects e : effects.values()) {
      weights += e.entryWeight();
    }
    if (weights <= 0) {
      throw new IllegalArgumentException("at least one entry weight must be positive");
    }
  }

  /** One regime all session long that changes nothing: the market as its processes make it. */
  public static RegimeSpec none() {
    return only(Regime.CALM, RegimeEffects.neutral(1, 1e9));
  }

  /**
   * {@code regime} all session long, doing what {@code effects} says: the market in one regime, to
   * see what that regime does. Its entry weight must be positive; as the only regime entered, it
   * never ends, whatever its mean minutes.
   */
  public static RegimeSpec only(Regime regime, RegimeEffects effects) {
    Map<Regime, RegimeEffects> all = new EnumMap<>(Regime.class);
    for (Regime r : REGIMES) {
      all.put(r, RegimeEffects.neutral(0, 1));
    }
    all.put(regime, effects);
    return new RegimeSpec(all);
  }

  /**
   * The embedded market's, in about these long-run shares of the time ({@link #timeShares}): calm
   * 35 %, volatility bursts 21 %, liquidity droughts 13 %, trends up and down 10 % each,
   * mean-reverting stretches 10 %.
   *
   * <ul>
   *   <li>Calm (about 12 minutes): volatility x 0.65, two-sided flow; quoting pays.
   *   <li>A burst (about 10 minutes) is news: volatility x 2.2, twice as many informed traders
   *       arrive, they know the fundamental exactly and take any quote a tick (half their usual
   *       edge) on the wrong side of it, which is what makes quoting lose there (as a desk's market
   *       maker is run over when news breaks).
   *   <li>A drought (about 8 minutes): the noise traders, who both rest orders behind the touch and
   *       take the market maker's quotes, come 0.3 times as often; books thin out and spreads
   *       widen, and what flow is left is mostly informed.
   *   <li>Trends (about 9 minutes): 0.015 % a minute up or down, about a sixth of a minute's
   *       standard deviation.
   *   <li>Mean-reverting stretches (about 9 minutes): the fundamentals are pulled back to where
   *       they stood when the stretch began, with a half-life of 3 minutes.
   * </ul>
   *
   * The fast arbitrageurs never step back: a delay would hand an agent that is merely present
   * riskless cross-venue gaps (see {@code NoFreeLunchTest}).
   */
  public static RegimeSpec defaults() {
    return new RegimeSpec(
        Map.of(
            Regime.CALM, RegimeEffects.builder(0.35, 12).volatility(0.65).build(),
            Regime.VOLATILE,
                RegimeEffects.builder(0.2, 10).volatility(2.2).informed(0, 0.5, 2).build(),
            Regime.DROUGHT, RegimeEffects.builder(0.15, 8).noiseRate(0.3).build(),
            Regime.TRENDING_UP, RegimeEffects.builder(0.1, 9).drift(0.009).build(),
            Regime.TRENDING_DOWN, RegimeEffects.builder(0.1, 9).drift(-0.009).build(),
            Regime.MEAN_REVERTING,
                RegimeEffects.builder(0.1, 9).reversion(Math.log(2) * 60 / 3).build()));
  }

  /** What {@code regime} does. */
  public RegimeEffects of(Regime regime) {
    return effects.get(regime);
  }

  public boolean switches() {
    int possible = 0;
    for (RegimeEffects e : effects.values()) {
      if (e.entryWeight() > 0) {
        possible++;
      }
    }
    return possible > 1;
  }

  /**
   * Long-run share of time spent in each regime (by ordinal): the stationary law of the chain of
   * stretches (each next regime drawn from the entry weights of the others) weighted by each
   * regime's mean duration.
   */
  public double[] timeShares() {
    int n = REGIMES.length;
    double[] weights = new double[n];
    double total = 0;
    for (Regime r : REGIMES) {
      weights[r.ordinal()] = of(r).entryWeight();
      total += weights[r.ordinal()];
    }
    double[] visits = new double[n];
    Arrays.fill(visits, 1.0 / n);
    for (int round = 0; round < 1_000; round++) { // a handful of states: converges long before
      double[] next = new double[n];
      for (int from = 0; from < n; from++) {
        double others = total - weights[from];
        for (int to = 0; to < n; to++) {
          if (to != from && others > 0) {
            next[to] += visits[from] * weights[to] / others;
          } else if (others == 0 && to == from) {
            next[to] += visits[from]; // the only regime: it stays
          }
        }
      }
      visits = next;
    }
    double[] share = new double[n];
    double sum = 0;
    for (Regime r : REGIMES) {
      share[r.ordinal()] = visits[r.ordinal()] * of(r).meanMinutes();
      sum += share[r.ordinal()];
    }
    for (int r = 0; r < n; r++) {
      share[r] /= sum;
    }
    return share;
  }

  /** The factor on every volatility multiplier that keeps the long-run mean variance unchanged. */
  public double varianceNormalisation() {
    double[] share = timeShares();
    double meanVariance = 0;
    for (Regime r : REGIMES) {
      double m = of(r).volatilityMultiplier();
      meanVariance += share[r.ordinal()] * m * m;
    }
    return meanVariance > 0 ? 1 / meanVariance : 1;
  }
}
