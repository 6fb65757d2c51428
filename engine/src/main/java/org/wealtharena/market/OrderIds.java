package org.wealtharena.market;

/**
 * Order ids unique across a simulation without coordination: participant {@code p} numbers its
 * orders upwards from {@code (p + 1) << 40}, room for a trillion orders each. Never 0.
 */
public final class OrderIds {
  private OrderIds() {}

  public static long first(int participant) {
    return ((long) participant + 1) << 40;
  }
}
