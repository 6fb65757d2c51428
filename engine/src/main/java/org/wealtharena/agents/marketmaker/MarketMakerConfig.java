package org.wealtharena.agents.marketmaker;

import java.util.List;
import org.wealtharena.market.SimulationClock;

/**
 * A market maker's settings. See {@link AvellanedaStoikov} for the units of the model parameters.
 *
 * @param venue where it quotes
 * @param symbols what it quotes, each with its own metrics series
 * @param riskAversion γ, per dollar per lot
 * @param arrivalDecay k, per dollar: how fast the chance of a fill falls with distance from the mid
 * @param horizonSeconds T - t, held constant (a rolling horizon) so spreads do not collapse as an
 *     episode ends
 * @param initialVolatility σ in dollars per √second until the EWMA of mid changes has data
 * @param volatilityHalfLifeSeconds half-life of the EWMA volatility estimate
 * @param microPrice quote around the size-weighted micro-price instead of the mid
 * @param levels quotes per side, {@code levelSpacingTicks} apart
 * @param quoteSize shares per quote at zero inventory and full aggressiveness; also the inventory
 *     lot of the model
 * @param inventoryLimit hard limit on |inventory| in shares: no quote may take it beyond
 * @param requoteIntervalNanos requote at least this often even when nothing changed
 * @param fillRateWindowQuotes the fill rate is filled / posted quantity over this many last quotes
 */
public record MarketMakerConfig(
    String agentId,
    String venue,
    List<String> symbols,
    double riskAversion,
    double arrivalDecay,
    double horizonSeconds,
    double initialVolatility,
    double volatilityHalfLifeSeconds,
    boolean microPrice,
    int levels,
    int levelSpacingTicks,
    long quoteSize,
    long inventoryLimit,
    long requoteIntervalNanos,
    int fillRateWindowQuotes) {

  public MarketMakerConfig {
    if (agentId == null || agentId.isBlank()) {
      throw new IllegalArgumentException("agentId must not be blank");
    }
    if (venue == null || venue.isBlank()) {
      throw new IllegalArgumentException("venue must not be blank");
    }
    if (symbols == null || symbols.isEmpty()) {
      throw new IllegalArgumentException("symbols must not be empty");
    }
    symbols = List.copyOf(symbols);
    positive(riskAversion, "riskAversion");
    positive(arrivalDecay, "arrivalDecay");
    positive(horizonSeconds, "horizonSeconds");
    positive(initialVolatility, "initialVolatility");
    positive(volatilityHalfLifeSeconds, "volatilityHalfLifeSeconds");
    if (levels < 1) {
      throw new IllegalArgumentException("levels must be at least 1, got " + levels);
    }
    if (levelSpacingTicks < 1) {
      throw new IllegalArgumentException(
          "levelSpacingTicks must be at least 1, got " + levelSpacingTicks);
    }
    if (quoteSize < 1) {
      throw new IllegalArgumentException("quoteSize must be at least 1, got " + quoteSize);
    }
    if (inventoryLimit < quoteSize) {
      throw new IllegalArgumentException(
          "inventoryLimit must be at least quoteSize, got " + inventoryLimit);
    }
    if (requoteIntervalNanos <= 0) {
      throw new IllegalArgumentException(
          "requoteIntervalNanos must be positive, got " + requoteIntervalNanos);
    }
    if (fillRateWindowQuotes < 1) {
      throw new IllegalArgumentException(
          "fillRateWindowQuotes must be at least 1, got " + fillRateWindowQuotes);
    }
  }

  /** Settings that suit the embedded market's large caps (penny ticks, spreads of a few cents). */
  public static MarketMakerConfig defaults(String agentId, String venue, List<String> symbols) {
    return new MarketMakerConfig(
        agentId,
        venue,
        symbols,
        0.1,
        50,
        60,
        0.02,
        300,
        true,
        2,
        1,
        100,
        1_000,
        10 * SimulationClock.SECOND,
        200);
  }

  public MarketMakerConfig withInventoryLimit(long shares) {
    return new MarketMakerConfig(
        agentId,
        venue,
        symbols,
        riskAversion,
        arrivalDecay,
        horizonSeconds,
        initialVolatility,
        volatilityHalfLifeSeconds,
        microPrice,
        levels,
        levelSpacingTicks,
        quoteSize,
        shares,
        requoteIntervalNanos,
        fillRateWindowQuotes);
  }

  public MarketMakerConfig withMicroPrice(boolean on) {
    return new MarketMakerConfig(
        agentId,
        venue,
        symbols,
        riskAversion,
        arrivalDecay,
        horizonSeconds,
        initialVolatility,
        volatilityHalfLifeSeconds,
        on,
        levels,
        levelSpacingTicks,
        quoteSize,
        inventoryLimit,
        requoteIntervalNanos,
        fillRateWindowQuotes);
  }

  public MarketMakerConfig withLevels(int count) {
    return new MarketMakerConfig(
        agentId,
        venue,
        symbols,
        riskAversion,
        arrivalDecay,
        horizonSeconds,
        initialVolatility,
        volatilityHalfLifeSeconds,
        microPrice,
        count,
        levelSpacingTicks,
        quoteSize,
        inventoryLimit,
        requoteIntervalNanos,
        fillRateWindowQuotes);
  }

  private static void positive(double value, String field) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + " must be positive and finite, got " + value);
    }
  }
}
