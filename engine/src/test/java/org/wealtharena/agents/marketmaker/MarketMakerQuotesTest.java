package org.wealtharena.agents.marketmaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wealtharena.agents.marketmaker.ScriptedQuotes.LIMIT;
import static org.wealtharena.agents.marketmaker.ScriptedQuotes.MID;
import static org.wealtharena.agents.marketmaker.ScriptedQuotes.SIZE;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wealtharena.agents.Budget;
import org.wealtharena.agents.Intent;
import org.wealtharena.agents.RecordingSink;
import org.wealtharena.agents.ScriptedMarket;
import org.wealtharena.market.book.Side;
import org.wealtharena.metrics.MetricsOptions;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * Quotes of one decision step on the {@link ScriptedQuotes} book (mid 100.00). With σ = 5 cents/√s,
 * γ = 0.1 and a 60 s horizon the skew is 1.5 cents per lot of inventory.
 */
class MarketMakerQuotesTest {
  private final SpecializedAgentMetrics metrics =
      new SpecializedAgentMetrics(MetricsOptions.builder().strict(true).build());
  private ScriptedMarket market;

  @BeforeEach
  void scriptBook() {
    market = ScriptedQuotes.book();
  }

  private static MarketMakerConfig config() {
    return ScriptedQuotes.config(0.05);
  }

  private RecordingSink quote(MarketMakerConfig config, long inventory) {
    return ScriptedQuotes.quote(market, config, inventory, metrics);
  }

  private static long price(RecordingSink sink, Side side) {
    return sink.orders(side).get(0).priceMicros();
  }

  @Test
  void quotesAtTheTouchWhenTheModelSpreadIsNarrowerThanTheBooks() {
    market.post(ScriptedMarket.ALPHA, Side.BUY, 99.99, 500);
    market.post(ScriptedMarket.ALPHA, Side.SELL, 100.01, 500);
    market.advance();
    // k = 1000 per dollar: 2/k = 0.2 cents of model spread, inside the 2-cent book
    RecordingSink steep = quote(withArrivalDecay(1000), 0);
    assertThat(price(steep, Side.BUY)).isEqualTo(99_990_000);
    assertThat(price(steep, Side.SELL)).isEqualTo(100_010_000);
    // k = 50: 2/k = 4 cents, so a tick behind the touch on each side
    RecordingSink flat = quote(withArrivalDecay(50), 0);
    assertThat(price(flat, Side.BUY)).isEqualTo(99_980_000);
    assertThat(price(flat, Side.SELL)).isEqualTo(100_020_000);
  }

  /** {@link #config()} with little volatility and a given k (the estimate before any fit). */
  private MarketMakerConfig withArrivalDecay(double k) {
    MarketMakerConfig c = config();
    return new MarketMakerConfig(
        c.agentId(),
        c.venue(),
        c.symbols(),
        c.riskAversion(),
        k,
        c.horizonSeconds(),
        0.001,
        c.volatilityHalfLifeSeconds(),
        c.fairPrice(),
        c.levels(),
        c.levelSpacingTicks(),
        c.quoteSize(),
        c.inventoryLimit(),
        c.requoteIntervalNanos(),
        c.fillRateWindowQuotes(),
        c.arrivalHalfLifeSeconds(),
        c.markoutWindowFills());
  }

  @Test
  void quotesAreSymmetricAroundTheMidAtZeroInventory() {
    RecordingSink flat = quote(config(), 0);
    long bid = price(flat, Side.BUY);
    long ask = price(flat, Side.SELL);
    assertThat(bid).isLessThan(MID);
    assertThat(ask - MID).isEqualTo(MID - bid);
    assertThat(flat.orders(Side.BUY).get(0).quantity()).isEqualTo(SIZE);
    assertThat(flat.orders(Side.SELL).get(0).quantity()).isEqualTo(SIZE);
  }

  @Test
  void quotesSkewDownWhenLongAndUpWhenShort() {
    RecordingSink flat = quote(config(), 0);
    RecordingSink longer = quote(config(), 400);
    RecordingSink shorter = quote(config(), -400);
    assertThat(price(longer, Side.BUY)).isLessThan(price(flat, Side.BUY));
    assertThat(price(longer, Side.SELL)).isLessThan(price(flat, Side.SELL));
    assertThat(price(shorter, Side.BUY)).isGreaterThan(price(flat, Side.BUY));
    assertThat(price(shorter, Side.SELL)).isGreaterThan(price(flat, Side.SELL));
    // Never at or through the other side of the book, however far the skew goes.
    assertThat(price(longer, Side.SELL)).isGreaterThan(99_980_000);
    assertThat(price(shorter, Side.BUY)).isLessThan(100_020_000);
  }

  @Test
  void quoteSizeShrinksLinearlyAndIsZeroOnTheSideThatWouldBreachTheLimit() {
    RecordingSink half = quote(config(), LIMIT / 2);
    assertThat(half.orders(Side.BUY).get(0).quantity()).isEqualTo(SIZE / 2);
    assertThat(half.orders(Side.SELL).get(0).quantity()).isEqualTo(SIZE);

    assertThat(quote(config(), LIMIT).orders(Side.BUY)).isEmpty();
    assertThat(quote(config(), LIMIT).orders(Side.SELL).get(0).quantity()).isEqualTo(SIZE);
    assertThat(quote(config(), -LIMIT).orders(Side.SELL)).isEmpty();
    assertThat(quote(config(), -LIMIT).orders(Side.BUY).get(0).quantity()).isEqualTo(SIZE);
  }

  /**
   * $40,000 of capital affords 400 shares at the mid, and 300 held leave room to bid 100 more; but
   * bought at $150, they cost more than the capital and nothing is free to bid with. Bought at
   * $131, $700 is free: the bid is what that pays for, at the bid's price with the taker fee. The
   * ask only sells what is held, so it needs no cash and keeps its size.
   */
  @Test
  void bidsOnlyWhatTheFreeCashPaysFor() {
    Budget budget = Budget.ofDollars(40_000, 10_000);
    RecordingSink broke = ScriptedQuotes.quote(market, config(), 300, 150_000_000, budget, metrics);
    assertThat(broke.orders(Side.BUY)).isEmpty();
    assertThat(broke.orders(Side.SELL).get(0).quantity()).isEqualTo(40);

    RecordingSink tight = ScriptedQuotes.quote(market, config(), 300, 131_000_000, budget, metrics);
    Intent bid = tight.orders(Side.BUY).get(0);
    long takerFee = market.view.takerFeeMicrosPerShare(0);
    assertThat(bid.quantity()).isEqualTo(700_000_000 / (bid.priceMicros() + takerFee)).isPositive();
    assertThat(bid.quantity()).isLessThan(10); // what the inventory limit alone would bid
    assertThat(tight.orders(Side.SELL).get(0).quantity()).isEqualTo(40);
  }

  @Test
  void quotesOfAllLevelsNeverAddUpBeyondTheLimit() {
    RecordingSink nearLimit = quote(config().withLevels(3), LIMIT - 30);
    List<Intent> bids = nearLimit.orders(Side.BUY);
    assertThat(bids.stream().mapToLong(Intent::quantity).sum()).isLessThanOrEqualTo(30);
    assertThat(bids)
        .extracting(Intent::priceMicros)
        .isSortedAccordingTo((a, b) -> Long.compare(b, a));
  }

  @Test
  void microPriceLeansTowardsTheThinSide() {
    market.post(ScriptedMarket.ALPHA, Side.BUY, 99.98, 4_500); // bids now 5000 vs asks 500
    market.advance();
    RecordingSink mid = quote(config(), 0);
    RecordingSink micro = quote(config().withFairPrice(FairPrice.MICRO_PRICE), 0);
    assertThat(price(micro, Side.BUY)).isGreaterThan(price(mid, Side.BUY));
  }

  @Test
  void rejectsBadConfigNamingTheField() {
    assertThatThrownBy(
            () ->
                new MarketMakerConfig(
                    "mm",
                    "X",
                    List.of("AAA"),
                    0,
                    50,
                    60,
                    0.05,
                    300,
                    FairPrice.MID,
                    1,
                    1,
                    100,
                    1000,
                    1,
                    10,
                    1800,
                    10))
        .hasMessageContaining("riskAversion");
    assertThatThrownBy(() -> config().withInventoryLimit(SIZE - 1))
        .hasMessageContaining("inventoryLimit");
  }
}
