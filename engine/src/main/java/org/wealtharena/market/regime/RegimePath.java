package org.wealtharena.market.regime;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.wealtharena.market.SimulationClock;

/**
 * One session's sequence of regimes, drawn from its own generator as far as it is asked for, so
 * every part of the market that asks (the fundamentals, the arbitrageurs) sees the same regime at
 * the same time whatever order they ask in.
 */
public final class RegimePath {
  private static final Regime[] REGIMES = Regime.values();

  private final RegimeSpec spec;
  private final SplittableRandom random;
  private final double volatilityNormalisation;

  /** Start of stretch i, and its regime; stretch i lasts until starts[i + 1]. */
  private long[] starts = new long[16];

  private byte[] regimes = new byte[16];
  private int stretches;
  private long generatedUntil;

  /** The stretch the last question fell in. */
  private int lastStretch;

  public RegimePath(RegimeSpec spec, SplittableRandom random) {
    this.spec = spec;
    this.random = random;
    this.volatilityNormalisation = Math.sqrt(spec.varianceNormalisation());
    starts[0] = 0;
    regimes[0] = (byte) draw(-1);
    stretches = 1;
    generatedUntil = spec.switches() ? duration(regimes[0]) : Long.MAX_VALUE;
  }

  /** The regime at {@code nowNanos}. */
  public Regime at(long nowNanos) {
    int stretch = stretchAt(nowNanos); // first: it may grow the arrays
    return REGIMES[regimes[stretch]];
  }

  /** Multiplier on the fundamentals' volatility at {@code nowNanos}. */
  public double volatilityMultiplier(long nowNanos) {
    return spec.volatilityMultiplier(at(nowNanos).ordinal()) * volatilityNormalisation;
  }

  /** Drift of the log fundamentals, per hour, at {@code nowNanos}. */
  public double driftPerHour(long nowNanos) {
    return spec.driftPerHour(at(nowNanos).ordinal());
  }

  /** How much later than usual the background arbitrageurs react at {@code nowNanos}. */
  public long arbitrageDelayNanos(long nowNanos) {
    return spec.arbitrageDelayNanos(at(nowNanos).ordinal());
  }

  /** Multiplier on the informed traders' belief noise at {@code nowNanos}. */
  public double informedNoiseScale(long nowNanos) {
    return spec.informedNoiseScale(at(nowNanos).ordinal());
  }

  /** Multiplier on the informed traders' edge at {@code nowNanos}. */
  public double informedEdgeScale(long nowNanos) {
    return spec.informedEdgeScale(at(nowNanos).ordinal());
  }

  /** Multiplier on the informed traders' arrival rate at {@code nowNanos}. */
  public double informedRateMultiplier(long nowNanos) {
    return spec.informedRateMultiplier(at(nowNanos).ordinal());
  }

  private int stretchAt(long nowNanos) {
    while (nowNanos >= generatedUntil) {
      if (stretches == starts.length) {
        starts = Arrays.copyOf(starts, stretches * 2);
        regimes = Arrays.copyOf(regimes, stretches * 2);
      }
      starts[stretches] = generatedUntil;
      regimes[stretches] = (byte) draw(regimes[stretches - 1]);
      generatedUntil += duration(regimes[stretches]);
      stretches++;
    }
    // The value traders, the fundamentals and the arbitrageurs ask several times per event, mostly
    // within the stretch asked about last: answer that without a search.
    int last = lastStretch;
    if (nowNanos >= starts[last] && (last + 1 == stretches || nowNanos < starts[last + 1])) {
      return last;
    }
    int found = Arrays.binarySearch(starts, 0, stretches, nowNanos);
    lastStretch = found >= 0 ? found : -found - 2;
    return lastStretch;
  }

  private long duration(int regime) {
    double minutes = -spec.meanMinutes(regime) * Math.log(1 - random.nextDouble());
    return Math.max(1, (long) (minutes * SimulationClock.MINUTE));
  }

  /** A regime from the entry weights, other than {@code previous} (-1: any). */
  private int draw(int previous) {
    double total = 0;
    for (int r = 0; r < REGIMES.length; r++) {
      total += r == previous ? 0 : spec.entryWeight(r);
    }
    double u = random.nextDouble() * total;
    int last = -1;
    for (int r = 0; r < REGIMES.length; r++) {
      double w = r == previous ? 0 : spec.entryWeight(r);
      if (w > 0) {
        last = r;
        if (u < w) {
          return r;
        }
        u -= w;
      }
    }
    return last;
  }
}
