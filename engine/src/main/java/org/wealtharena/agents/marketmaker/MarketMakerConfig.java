package org.wealtharena.agents.marketmaker;

import java.util.List;
import org.wealtharena.market.SimulationClock;

/**
 * A market maker's settings. See {@link AvellanedaStoikov} for the units of the model parameters.
 *
 * @param venue where it quotes
 * @param symbols what it quotes, each with its own metrics series
 * @param riskAversion γ, per dollar per lot
 * @param arrivalDecay k, per dollar: how fast the chance of a fill falls with distance from the
 *     mid; the value until the tape gives a fit ({@link ArrivalIntensity})
 * @param horizonSeconds T - t, held constant (a rolling horizon) so spreads do not collapse as an
 *     episode ends
 * @param initialVolatility σ in dollars per √second until the EWMA of mid changes has data
 * @param volatilityHalfLifeSeconds half-life of the EWMA volatility estimate
 * @param fairPrice what it quotes around
 * @param levels quotes per side, {@code levelSpacingTicks} apart
 * @param quoteSize shares per quote at zero inventory and full aggressiveness; also the inventory
 *     lot of the model
 * @param inventoryLimit hard limit on |inventory| in shares: no quote may take it beyond
 * @param requoteIntervalNanos requote at least this often even when nothing changed
 * @param fillRateWindowQuotes the fill rate is filled / posted quantity over this many last quotes
 * @param arrivalHalfLifeSeconds half-life of the tape's trades in the arrival-intensity estimate
 * @param markoutWindowFills the markout gauges average this many last fills
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
    FairPrice fairPrice,
    int levels,
    int levelSpacingTicks,
    long quoteSize,
    long inventoryLimit,
    long requoteIntervalNanos,
    int fillRateWindowQuotes,
    double arrivalHalfLifeSeconds,
    int markoutWindowFills) {

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
    if (fairPrice == null) {
      throw new IllegalArgumentException("fairPrice must not be null");
    }
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
    positive(arrivalHalfLifeSeconds, "arrivalHalfLifeSeconds");
    if (markoutWindowFills < 1) {
      throw new IllegalArgumentException(
          "markoutWindowFills must be at least 1, got " + markoutWindowFills);
    }
  }

  /**
   * Settings that suit the embedded market's large caps (penny ticks, spreads of a few cents): γ =
   * 0.5 per dollar per lot of 100 shares, a 60 s horizon, k from the tape (50 per dollar until its
   * first fit), around the consolidated micro-price.
   */
  public static MarketMakerConfig defaults(String agentId, String venue, List<String> symbols) {
    return new MarketMakerConfig(
        agentId,
        venue,
        symbols,
        0.5,
        50,
        60,
        0.02,
        300,
        FairPrice.CONSOLIDATED_MICRO_PRICE,
        2,
        1,
        100,
        1_000,
        10 * SimulationClock.SECOND,
        200,
        1800,
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
        fairPrice,
        levels,
        levelSpacingTicks,
        quoteSize,
        shares,
        requoteIntervalNanos,
        fillRateWindowQuotes,
        arrivalHalfLifeSeconds,
        markoutWindowFills);
  }

  public MarketMakerConfig withFairPrice(FairPrice price) {
    return new MarketMakerConfig(
        agentId,
        venue,
        symbols,
        riskAversion,
        arrivalDecay,
        horizonSeconds,
        initialVolatility,
        volatilityHalfLifeSeconds,
        price,
        levels,
        levelSpacingTicks,
        quoteSize,
        inventoryLimit,
        requoteIntervalNanos,
        fillRateWindowQuotes,
        arrivalHalfLifeSeconds,
        markoutWindowFills);
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
        fairPrice,
        count,
        levelSpacingTicks,
        quoteSize,
        inventoryLimit,
        requoteIntervalNanos,
        fillRateWindowQuotes,
        arrivalHalfLifeSeconds,
        markoutWindowFills);
  }

  private static void positive(double value, String field) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + " must be positive and finite, got " + value);
    }
  }
}
