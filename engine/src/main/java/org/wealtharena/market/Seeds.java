package org.wealtharena.market;

import java.util.SplittableRandom;

/**
 * Derives an independent seed for every random component (a venue's latency, one trader, the price
 * paths) from the simulation's root seed, so that adding or reordering components never shifts
 * another component's random numbers, and nothing shares a generator.
 */
public final class Seeds {
  private Seeds() {}

  /** A seed for the component named {@code component} with the given indices (venue, symbol...). */
  public static long derive(long rootSeed, String component, int... indices) {
    long h = mix(rootSeed ^ 0x9E3779B97F4A7C15L);
    // String.hashCode is specified by the JLS, so this is stable across JVMs and runs.
    h = mix(h ^ component.hashCode());
    for (int index : indices) {
      h = mix(h + index + 0x632BE59BD9B4E019L);
    }
    return h;
  }

  public static SplittableRandom random(long rootSeed, String component, int... indices) {
    return new SplittableRandom(derive(rootSeed, component, indices));
  }

  /** The SplitMix64 finaliser: a bijective mix with good avalanche. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
