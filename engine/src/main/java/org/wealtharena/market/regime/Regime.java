package org.wealtharena.market.regime;

/**
 * The state a session is in for a stretch of minutes; hidden from the agents, who see only its
 * consequences (realised volatility, spreads, the drift of the marks, their own PnL).
 */
public enum Regime {
  /** Two-sided flow, low volatility: quoting pays. */
  CALM,
  /**
   * A volatility burst: the fundamentals move several times faster and resting quotes get picked
   * off (where the spec says so, the fast arbitrageurs also step back and the venues dislocate).
   */
  VOLATILE,
  /**
   * A liquidity drought: the uninformed two-sided flow thins out, books get thin and spreads wide,
   * and what flow is left is mostly informed.
   */
  DROUGHT,
  /** The fundamentals drift up: a long book earns. */
  TRENDING_UP,
  /** The fundamentals drift down: a long book loses. */
  TRENDING_DOWN,
  /** The fundamentals are pulled back to where they stood when the stretch began. */
  MEAN_REVERTING;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
