package org.wealtharena.market.regime;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.wealtharena.market.SimulationClock;

/**
 * One session's sequence of regimes, drawn from its own generator as far as it is asked for, so
 * every part of the market that asks (the fundamentals, the traders, the arbitrageurs) sees the
 * same regime at the same time whatever order they ask in.
 */
public final class RegimePath {
  private static final Regime[] REGIMES = Regime.values();

  private final RegimeEffects[] effects = new RegimeEffects[REGIMES.length]; // by ordinal
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
    this.random = random;
    for (Regime r : REGIMES) {
      effects[r.ordinal()] = spec.of(r);
    }
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

  /** What the regime at {@code nowNanos} does to the market. */
  public RegimeEffects effects(long nowNanos) {
    int stretch = stretchAt(nowNanos); // first: it may grow the arrays
    return effects[regimes[stretch]];
  }

  /**
   * When the stretch that {@code nowNanos} falls in began: a mean-reverting stretch pulls back to
   * where the prices stood then.
   */
  public long stretchStart(long nowNanos) {
    int stretch = stretchAt(nowNanos);
    return starts[stretch];
  }

  /** Multiplier on the fundamentals' volatility at {@code nowNanos}, normalised. */
  public double volatilityMultiplier(long nowNanos) {
    return effects(nowNanos).volatilityMultiplier() * volatilityNormalisation;
  }

  /**
   * The share of {@code [fromNanos, toNanos)} each regime held, by {@link Regime#ordinal()}: what
   * an episode over that span met, whatever its participants did (the path has its own generator).
   */
  public double[] timeShares(long fromNanos, long toNanos) {
    if (toNanos <= fromNanos) {
      throw new IllegalArgumentException(
          "empty span [" + fromNanos + ", " + toNanos + ") has no regime shares");
    }
    double[] shares = new double[REGIMES.length];
    double span = toNanos - fromNanos;
    for (int stretch = stretchAt(fromNanos); stretch < stretches; stretch++) {
      long start = Math.max(fromNanos, starts[stretch]);
      long end = Math.min(toNanos, stretch + 1 < stretches ? starts[stretch + 1] : generatedUntil);
      if (start >= toNanos) {
        break;
      }
      shares[regimes[stretch]] += (end - start) / span;
      if (end == toNanos) {
        break;
      }
      stretchAt(end); // generates the next stretch when the span reaches past what is drawn
    }
    return shares;
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
    // The traders, the fundamentals and the arbitrageurs ask several times per event, mostly
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
    double minutes = -effects[regime].meanMinutes() * Math.log(1 - random.nextDouble());
    return Math.max(1, (long) (minutes * SimulationClock.MINUTE));
  }

  /** A regime from the entry weights, other than {@code previous} (-1: any). */
  private int draw(int previous) {
    double total = 0;
    for (int r = 0; r < REGIMES.length; r++) {
      total += r == previous ? 0 : effects[r].entryWeight();
    }
    double u = random.nextDouble() * total;
    int last = -1;
    for (int r = 0; r < REGIMES.length; r++) {
      double w = r == previous ? 0 : effects[r].entryWeight();
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
