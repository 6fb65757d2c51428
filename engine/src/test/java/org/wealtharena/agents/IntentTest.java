package org.wealtharena.agents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wealtharena.market.Prices;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.venue.RequestKind;

/** The rules every check of an intent shares: reduce-only, and the price capital is counted at. */
class IntentTest {

  private static Intent intent(RequestKind kind, int venue, Side side, OrderType type, long qty) {
    return new Intent(
        "agent-1", kind, IntentPurpose.QUOTE, venue, 0, side, type, Prices.toMicros(99.5), qty, 1);
  }

  private static Intent order(Side side, long quantity) {
    return intent(RequestKind.NEW, 0, side, OrderType.LIMIT, quantity);
  }

  @Test
  void anOrderOnlyReducesWhenItShrinksThePositionTowardZeroWithoutCrossingIt() {
    assertThat(order(Side.SELL, 40).onlyReduces(100)).isTrue();
    assertThat(order(Side.SELL, 100).onlyReduces(100)).as("to flat").isTrue();
    assertThat(order(Side.SELL, 101).onlyReduces(100)).as("through zero").isFalse();
    assertThat(order(Side.BUY, 10).onlyReduces(100)).as("adds").isFalse();
    assertThat(order(Side.BUY, 50).onlyReduces(-50)).isTrue();
    assertThat(order(Side.BUY, 51).onlyReduces(-50)).isFalse();
    assertThat(order(Side.SELL, 1).onlyReduces(-50)).isFalse();
  }

  @Test
  void nothingOnlyReducesAFlatPositionAndACancelReducesNothing() {
    assertThat(order(Side.SELL, 1).onlyReduces(0)).isFalse();
    assertThat(order(Side.BUY, 1).onlyReduces(0)).isFalse();
    assertThat(intent(RequestKind.CANCEL, 0, Side.SELL, OrderType.LIMIT, 10).onlyReduces(100))
        .isFalse();
  }

  @Test
  void aLimitOrIocIsCountedAtItsLimitAMarketOrderAtTheTouchItWouldTake() {
    ScriptedMarket market = bookOnAlphaOnly();
    assertThat(order(Side.BUY, 10).notionalPriceMicros(market.view))
        .isEqualTo(Prices.toMicros(99.5));
    assertThat(
            intent(RequestKind.NEW, 0, Side.SELL, OrderType.IOC, 10)
                .notionalPriceMicros(market.view))
        .isEqualTo(Prices.toMicros(99.5));
    assertThat(
            intent(RequestKind.NEW, 0, Side.BUY, OrderType.MARKET, 10)
                .notionalPriceMicros(market.view))
        .as("a buy takes the ask")
        .isEqualTo(Prices.toMicros(100.02));
    assertThat(
            intent(RequestKind.NEW, 0, Side.SELL, OrderType.MARKET, 10)
                .notionalPriceMicros(market.view))
        .as("a sell takes the bid")
        .isEqualTo(Prices.toMicros(99.98));
  }

  @Test
  void aMarketOrderAgainstAnEmptySideIsCountedAtTheMark() {
    ScriptedMarket market = bookOnAlphaOnly();
    int beta = market.view.venueIndex(ScriptedMarket.BETA);
    long mark = market.view.markMicros(0);
    assertThat(market.view.touchMicros(beta, 0, Side.BUY)).isEqualTo(MarketView.NO_PRICE);
    assertThat(mark).isNotEqualTo(Prices.toMicros(100.02)).isNotEqualTo(Prices.toMicros(99.98));
    assertThat(
            intent(RequestKind.NEW, beta, Side.BUY, OrderType.MARKET, 10)
                .notionalPriceMicros(market.view))
        .isEqualTo(mark);
    assertThat(market.view.touchOrMarkMicros(0, 0, Side.BUY)).isEqualTo(Prices.toMicros(100.02));
  }

  /** AAA quoted 99.98 / 100.02 on ALPHA; BETA's book is empty. */
  private static ScriptedMarket bookOnAlphaOnly() {
    ScriptedMarket market = new ScriptedMarket();
    market.post(ScriptedMarket.ALPHA, Side.BUY, 99.98, 100);
    market.post(ScriptedMarket.ALPHA, Side.SELL, 100.02, 100);
    market.advance();
    return market;
  }
}
