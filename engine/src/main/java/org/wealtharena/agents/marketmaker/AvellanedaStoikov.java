package org.wealtharena.agents.marketmaker;

/**
 * The Avellaneda–Stoikov (2008) market-making formulas, for a mid price following arithmetic
 * Brownian motion with variance σ² per second and market orders arriving at distance δ from the mid
 * with intensity A·exp(-k·δ):
 *
 * <pre>
 *   reservation price   r = s - q·γ·σ²·(T - t)
 *   optimal spread      δ = γ·σ²·(T - t) + (2/γ)·ln(1 + γ/k)
 * </pre>
 *
 * Units: prices in dollars, σ² in dollars² per second, T - t in seconds, q in quote lots, γ per
 * dollar per lot, k per dollar.
 */
public final class AvellanedaStoikov {
  private AvellanedaStoikov() {}

  public static double reservationPrice(
      double fairPrice,
      double inventoryLots,
      double riskAversion,
      double variancePerSecond,
      double horizonSeconds) {
    return fairPrice - inventoryLots * riskAversion * variancePerSecond * horizonSeconds;
  }

  public static double optimalSpread(
      double riskAversion, double variancePerSecond, double horizonSeconds, double arrivalDecay) {
    return riskAversion * variancePerSecond * horizonSeconds
        + (2.0 / riskAversion) * Math.log1p(riskAversion / arrivalDecay);
  }
}
