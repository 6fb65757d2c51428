package org.wealtharena.market.venue;

import java.util.SplittableRandom;

/** One-way order entry latency: a fixed part plus uniform random jitter in [0, jitter). */
public record LatencyModel(long fixedNanos, long jitterNanos) {
  public LatencyModel {
    if (fixedNanos < 0 || jitterNanos < 0) {
      throw new IllegalArgumentException("latency must not be negative");
    }
  }

  public long sample(SplittableRandom random) {
    return jitterNanos == 0 ? fixedNanos : fixedNanos + random.nextLong(jitterNanos);
  }
}
