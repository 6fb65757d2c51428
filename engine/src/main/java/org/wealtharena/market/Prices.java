package org.wealtharena.market;

/**
 * Money in the market is integer micro-dollars (1 USD = 1,000,000), so fees and cash never round.
 * Doubles appear only for display and for the fundamental price processes.
 */
public final class Prices {
  public static final long MICROS_PER_DOLLAR = 1_000_000L;

  private Prices() {}

  public static double toDollars(long micros) {
    return micros / (double) MICROS_PER_DOLLAR;
  }

  /** Nearest micro-dollar amount of a dollar price. */
  public static long toMicros(double dollars) {
    return Math.round(dollars * MICROS_PER_DOLLAR);
  }
}
