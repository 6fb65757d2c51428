package org.wealtharena.market.path;

/** A listed symbol: its opening price in dollars and how its fundamental price moves. */
public record SymbolSpec(String symbol, double openingPrice, PriceProcess process) {
  public SymbolSpec {
    if (symbol == null || symbol.isBlank()) {
      throw new IllegalArgumentException("symbol must not be blank");
    }
    if (!(openingPrice > 0)) {
      throw new IllegalArgumentException(symbol + ": opening price must be positive");
    }
  }

  /** The opening price the process starts from (a replay starts at its first bar). */
  public double startPrice() {
    return process.initialPrice(openingPrice);
  }
}
