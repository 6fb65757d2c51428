package org.wealtharena.agents.arbitrage;

import java.util.List;

/**
 * A cross-venue arbitrageur's settings.
 *
 * @param venueA one venue; the market pair label is {@code SYMBOL-venueA-venueB}
 * @param venueB the other venue
 * @param symbols watched on both venues
 * @param thresholdMicros edge per share required beyond both taker fees, micro-dollars
 * @param maxShares largest size of one execution (scaled by the budget's aggressiveness)
 * @param successWindow the success rate is taken over this many last executions
 */
public record ArbitrageConfig(
    String agentId,
    String venueA,
    String venueB,
    List<String> symbols,
    long thresholdMicros,
    long maxShares,
    int successWindow) {

  public ArbitrageConfig {
    if (agentId == null || agentId.isBlank()) {
      throw new IllegalArgumentException("agentId must not be blank");
    }
    if (venueA == null || venueB == null || venueA.equals(venueB)) {
      throw new IllegalArgumentException(
          "venueA and venueB must be two different venues, got " + venueA + " and " + venueB);
    }
    if (symbols == null || symbols.isEmpty()) {
      throw new IllegalArgumentException("symbols must not be empty");
    }
    symbols = List.copyOf(symbols);
    if (thresholdMicros < 0) {
      throw new IllegalArgumentException(
          "thresholdMicros must not be negative, got " + thresholdMicros);
    }
    if (maxShares < 1) {
      throw new IllegalArgumentException("maxShares must be at least 1, got " + maxShares);
    }
    if (successWindow < 1) {
      throw new IllegalArgumentException("successWindow must be at least 1, got " + successWindow);
    }
  }

  /**
   * Any edge beyond both taker fees, up to 500 shares, success rate over the last 50 executions.
   */
  public static ArbitrageConfig defaults(
      String agentId, String venueA, String venueB, List<String> symbols) {
    return new ArbitrageConfig(agentId, venueA, venueB, symbols, 0, 500, 50);
  }

  /** The {@code market_pair} label of one symbol. */
  public String marketPair(String symbol) {
    return symbol + "-" + venueA + "-" + venueB;
  }
}
