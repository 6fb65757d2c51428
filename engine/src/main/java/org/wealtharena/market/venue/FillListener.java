package org.wealtharena.market.venue;

/** Sees every fill of the market, in sequence order. The fill object is reused: copy to keep it. */
@FunctionalInterface
public interface FillListener {
  void onFill(Fill fill);
}
