package org.wealtharena.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.testing.Scrape;

/**
 * The guide promises that these ratios are never set by hand: they follow from what is recorded.
 */
class DerivedRatiosTest {

  private static final String PAIR = "AAPL-NASDAQ-NYSE";

  private final SpecializedAgentMetrics m = new SpecializedAgentMetrics();

  @Test
  void successRateFollowsRecordedExecutions() {
    m.recordArbitrageExecution("arb_1", PAIR, "success");
    assertThat(successRate("arb_1")).hasValue(1.0);
    m.recordArbitrageExecution("arb_1", PAIR, "success");
    m.recordArbitrageExecution("arb_1", PAIR, "partial");
    m.recordArbitrageExecution("arb_1", PAIR, "failed");
    assertThat(successRate("arb_1")).hasValue(0.5);
  }

  @Test
  void successRateIsOverASlidingWindow() {
    for (int i = 0; i < 3 * WindowedRatio.BLOCK; i++) {
      m.recordArbitrageExecution("arb_1", PAIR, "success");
    }
    for (int i = 0; i < 2 * WindowedRatio.BLOCK; i++) {
      m.recordArbitrageExecution("arb_1", PAIR, "failed");
    }
    assertThat(successRate("arb_1")).hasValue(0.0);
    m.recordArbitrageExecution("arb_1", PAIR, "success");
    assertThat(successRate("arb_1")).hasValue(1.0 / (WindowedRatio.BLOCK + 1));
  }

  @Test
  void boundViewsDeriveItToo() {
    ArbitrageMetrics arb = m.arbitrage("arb_2", PAIR);
    arb.execution(ArbitrageStatus.SUCCESS);
    arb.executions(ArbitrageStatus.FAILED, 3);
    assertThat(successRate("arb_2")).hasValue(0.25);
  }

  @Test
  void aRateSetByHandIsNeverOverwritten() {
    m.recordArbitrageExecution("arb_1", PAIR, "success");
    m.recordArbitrageSuccessRate("arb_1", PAIR, 0.3);
    m.recordArbitrageExecution("arb_1", PAIR, "success");
    assertThat(successRate("arb_1")).hasValue(0.3);

    ArbitrageMetrics arb = m.arbitrage("arb_2", PAIR);
    arb.successRate(0.6);
    arb.execution(ArbitrageStatus.FAILED);
    assertThat(successRate("arb_2")).hasValue(0.6);
  }

  @Test
  void fillRateFollowsRecordedQuotesAndFills() {
    m.recordMarketMakerQuote("mm_1", "AAPL", "bid");
    m.recordMarketMakerQuote("mm_1", "AAPL", "ask");
    m.recordMarketMakerQuote("mm_1", "AAPL", "bid");
    m.recordMarketMakerQuote("mm_1", "AAPL", "ask");
    assertThat(fillRate("mm_1")).as("no fill recorded: no fill rate").isEmpty();

    m.recordMarketMakerFill("mm_1", "AAPL");
    assertThat(fillRate("mm_1")).hasValue(0.25);

    MarketMakerMetrics view = m.marketMaker("mm_2", "AAPL");
    view.quotes(QuoteSide.BID, 10);
    view.fills(4);
    assertThat(fillRate("mm_2")).hasValue(0.4);
    view.fillRate(0.9);
    view.fill();
    assertThat(fillRate("mm_2")).hasValue(0.9);
  }

  @Test
  void aFillWithBadLabelsIsRejectedLikeAQuote() {
    m.recordMarketMakerFill("", "AAPL");
    assertThat(RejectionTest.rejected(m, "market_maker_quotes_total", "blank_label"))
        .isEqualTo(1.0);
  }

  private OptionalDouble successRate(String agent) {
    return Scrape.value(
        m.registry(), "arbitrage_success_rate", "agent_id", agent, "market_pair", PAIR);
  }

  private OptionalDouble fillRate(String agent) {
    return Scrape.value(
        m.registry(), "market_maker_fill_rate", "agent_id", agent, "symbol", "AAPL");
  }
}
