package org.wealtharena.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wealtharena.metrics.testing.LogCapture;
import org.wealtharena.metrics.testing.Scrape;

/** Every rejection reason: not stored, counted, logged once; strict mode throws instead. */
class RejectionTest {

  /** One bad sample; {@code mentions} must all appear in the strict-mode message. */
  record Case(
      String reason,
      String family,
      Function<MetricsOptions, EndpointMetrics> endpoint,
      Consumer<EndpointMetrics> bad,
      String... mentions) {

    static Case multi(
        String reason, String family, Consumer<MultiAgentMetrics> bad, String... mentions) {
      return new Case(
          reason, family, MultiAgentMetrics::new, e -> bad.accept((MultiAgentMetrics) e), mentions);
    }

    static Case specialized(
        String reason, String family, Consumer<SpecializedAgentMetrics> bad, String... mentions) {
      return new Case(
          reason,
          family,
          SpecializedAgentMetrics::new,
          e -> bad.accept((SpecializedAgentMetrics) e),
          mentions);
    }

    @Override
    public String toString() {
      return reason + " in " + family + " " + String.join(" ", mentions);
    }
  }

  static Stream<Case> badSamples() {
    return Stream.of(
        Case.specialized(
            "not_finite",
            "market_maker_spread",
            m -> m.recordMarketMakerSpread("mm_1", "AAPL", Double.NaN),
            "NaN",
            "symbol=\"AAPL\""),
        Case.specialized(
            "not_finite",
            "market_maker_pnl",
            m -> m.recordMarketMakerPnl("mm_1", "AAPL", Double.POSITIVE_INFINITY),
            "Infinity"),
        Case.multi(
            "not_finite",
            "inter_agent_reward_distribution",
            m -> m.recordInterAgentReward("hierarchical", Double.NEGATIVE_INFINITY),
            "-Infinity"),
        Case.specialized(
            "out_of_range",
            "market_maker_fill_rate",
            m -> m.recordMarketMakerFillRate("mm_1", "AAPL", 1.01),
            "1.01"),
        Case.specialized(
            "out_of_range",
            "arbitrage_success_rate",
            m -> m.recordArbitrageSuccessRate("arb_1", "AAPL-NASDAQ", -0.1),
            "-0.1"),
        Case.multi(
            "out_of_range",
            "agent_coordination_efficiency",
            m -> m.recordCoordinationEfficiency("hierarchical", 75),
            "75.0"),
        Case.multi(
            "out_of_range",
            "shared_resource_utilization",
            m -> m.recordSharedResourceUtilization("capital", 1.2),
            "1.2"),
        Case.multi(
            "out_of_range",
            "multi_agent_win_rate",
            m -> m.recordMultiAgentPerformance("hierarchical", "all", 1.0, 55, 0.1),
            "55.0"),
        Case.specialized(
            "negative",
            "market_maker_quote_latency_seconds",
            m -> m.recordMarketMakerQuoteLatency("mm_1", -1e-6),
            "-1.0E-6"),
        Case.specialized(
            "negative",
            "market_maker_quotes_total",
            m -> m.recordMarketMakerQuote("mm_1", "AAPL", "bid", -3),
            "-3"),
        Case.multi(
            "negative",
            "multi_agent_current_iteration",
            m -> m.recordMultiAgentIteration("hierarchical", -1, "run_1", 0.5),
            "-1"),
        Case.multi(
            "negative",
            "active_agents_count",
            m -> m.recordActiveAgentsCount("hierarchical", -2),
            "-2"),
        Case.specialized(
            "blank_label",
            "market_maker_quotes_total",
            m -> m.recordMarketMakerQuote("mm_1", " ", "ask"),
            "symbol",
            "\" \""),
        Case.specialized(
            "blank_label",
            "risk_manager_checks_total",
            m -> m.recordRiskManagerCheck(null, "drawdown"),
            "agent_id",
            "null"),
        Case.multi(
            "blank_label",
            "agent_communication_total",
            m -> m.recordAgentCommunication("agent_0", "", "coordination"),
            "to_agent",
            "\"\""),
        Case.specialized(
            "unknown_value",
            "market_maker_quotes_total",
            m -> m.recordMarketMakerQuote("mm_1", "AAPL", "buy"),
            "side",
            "\"buy\""),
        Case.specialized(
            "unknown_value",
            "arbitrage_executions_total",
            m -> m.recordArbitrageExecution("arb_1", "AAPL-NASDAQ", "ok"),
            "status",
            "\"ok\""),
        Case.specialized(
            "unknown_value",
            "risk_violations_total",
            m -> m.recordRiskViolation("risk_1", "drawdown", "fatal"),
            "severity",
            "\"fatal\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSamples")
  void rejectedSampleIsNotStoredIsCountedAndLoggedOnce(Case c) {
    EndpointMetrics metrics = c.endpoint().apply(MetricsOptions.defaults());
    String before = familyText(metrics, c.family());
    try (LogCapture log = LogCapture.of(SampleValidator.LOGGER_NAME)) {
      c.bad().accept(metrics);
      c.bad().accept(metrics);

      assertThat(familyText(metrics, c.family())).as("nothing stored").isEqualTo(before);
      assertThat(rejected(metrics, c.family(), c.reason())).isEqualTo(2.0);
      assertThat(log.messages())
          .filteredOn(m -> m.contains(c.reason()) && m.contains(c.family()))
          .hasSize(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSamples")
  void strictModeThrowsNamingFamilyLabelAndValue(Case c) {
    EndpointMetrics metrics = c.endpoint().apply(MetricsOptions.builder().strict(true).build());
    String before = familyText(metrics, c.family());

    assertThatThrownBy(() -> c.bad().accept(metrics))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(c.family())
        .hasMessageContaining(c.reason())
        .hasMessageContainingAll(c.mentions());
    assertThat(familyText(metrics, c.family())).isEqualTo(before);
  }

  @Test
  void everyReasonHasACase() {
    assertThat(badSamples().map(Case::reason).distinct())
        .containsExactlyInAnyOrder(
            "not_finite", "out_of_range", "negative", "blank_label", "unknown_value");
    // cardinality_limit: CardinalityLimitTest
  }

  @Test
  void goodValuesAtTheEdgesOfTheirRangeAreKept() {
    SpecializedAgentMetrics m =
        new SpecializedAgentMetrics(MetricsOptions.builder().strict(true).build());
    m.recordMarketMakerFillRate("mm_1", "AAPL", 0.0);
    m.recordArbitrageSuccessRate("arb_1", "AAPL-NASDAQ", 1.0);
    m.recordMarketMakerQuoteLatency("mm_1", 0.0);
    m.recordMarketMakerPnl("mm_1", "AAPL", -1e12);

    assertThat(
            Scrape.value(
                m.registry(),
                "arbitrage_success_rate",
                "agent_id",
                "arb_1",
                "market_pair",
                "AAPL-NASDAQ"))
        .hasValue(1.0);
    assertThat(Scrape.value(m.registry(), "market_maker_pnl", "agent_id", "mm_1", "symbol", "AAPL"))
        .hasValue(-1e12);
  }

  @Test
  void boundViewWithABlankLabelCountsEveryDroppedWrite() {
    SpecializedAgentMetrics m = new SpecializedAgentMetrics();
    MarketMakerMetrics view = m.marketMaker("mm_1", "");

    view.spread(0.05);
    view.spread(0.06);
    view.quote(QuoteSide.BID);

    assertThat(rejected(m, "market_maker_spread", "blank_label")).isEqualTo(2.0);
    // binding tried both quote sides once, then the quote itself
    assertThat(rejected(m, "market_maker_quotes_total", "blank_label")).isEqualTo(3.0);
    assertThat(Scrape.points(m.registry(), "market_maker_spread")).isEmpty();
  }

  @Test
  void boundViewRejectsBadValues() {
    SpecializedAgentMetrics m = new SpecializedAgentMetrics();
    ArbitrageMetrics view = m.arbitrage("arb_1", "AAPL-NASDAQ");

    view.successRate(0.5);
    view.successRate(1.5);
    view.executionLatency(Double.NaN);

    assertThat(
            Scrape.value(
                m.registry(),
                "arbitrage_success_rate",
                "agent_id",
                "arb_1",
                "market_pair",
                "AAPL-NASDAQ"))
        .hasValue(0.5);
    assertThat(rejected(m, "arbitrage_success_rate", "out_of_range")).isEqualTo(1.0);
    assertThat(rejected(m, "arbitrage_execution_latency_seconds", "not_finite")).isEqualTo(1.0);
  }

  @Test
  void strictBindingOfABlankLabelThrows() {
    SpecializedAgentMetrics m =
        new SpecializedAgentMetrics(MetricsOptions.builder().strict(true).build());

    assertThatThrownBy(() -> m.riskManager(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll("risk_manager_checks_total", "agent_id", "\" \"");
  }

  static double rejected(EndpointMetrics metrics, String family, String reason) {
    return Scrape.value(
            metrics.registry(), SampleValidator.REJECTED_FAMILY, "family", family, "reason", reason)
        .orElse(0);
  }

  /**
   * What one family holds, as exposed. Only that family: a call that sets several families (e.g.
   * performance) keeps its good values.
   */
  private static String familyText(EndpointMetrics metrics, String family) {
    return Scrape.text(metrics.registry())
        .lines()
        .filter(line -> line.startsWith(family) && !line.contains("wealtharena_metrics_rejected"))
        .reduce("", (a, b) -> a + b + "\n");
  }
}
