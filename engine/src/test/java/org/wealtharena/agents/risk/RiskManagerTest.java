package org.wealtharena.agents.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wealtharena.agents.AgentSeat;
import org.wealtharena.agents.AgentType;
import org.wealtharena.agents.Budget;
import org.wealtharena.agents.DenialReason;
import org.wealtharena.agents.Execution;
import org.wealtharena.agents.IdleAgent;
import org.wealtharena.agents.Intent;
import org.wealtharena.agents.IntentPurpose;
import org.wealtharena.agents.MetricsCadence;
import org.wealtharena.agents.ScriptedMarket;
import org.wealtharena.agents.TradingState;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.Side;
import org.wealtharena.metrics.MetricsOptions;
import org.wealtharena.metrics.SpecializedAgentMetrics;
import org.wealtharena.metrics.testing.Scrape;

/**
 * Limits: 1000 shares, $150k per order, 3 orders a second, $500 drawdown (the budget's risk
 * budget), gross exposure 2 x $40k capital, warning at 80 %, resume after 5 s inside limits. AAA is
 * marked at $100 (book 99.99 / 100.01 on ALPHA, BETA empty at its $100 reference).
 */
class RiskManagerTest {
  private static final long DOLLAR = 1_000_000;
  private static final RiskLimits LIMITS = limits(150_000 * DOLLAR);

  private static RiskLimits limits(long maxOrderNotionalMicros) {
    return new RiskLimits(
        1_000,
        maxOrderNotionalMicros,
        3,
        10_000 * DOLLAR,
        100_000 * DOLLAR,
        2.0,
        2.0,
        10_000_000 * DOLLAR,
        0.8,
        5 * ScriptedMarket.SECOND,
        100,
        30,
        0.25);
  }

  private SpecializedAgentMetrics metrics;
  private ScriptedMarket market;
  private AgentSeat seat;
  private RiskManager risk;

  @BeforeEach
  void setUp() {
    setUp(LIMITS);
  }

  private void setUp(RiskLimits limits) {
    metrics = new SpecializedAgentMetrics(MetricsOptions.builder().strict(true).build());
    market = new ScriptedMarket();
    market.post(ScriptedMarket.ALPHA, Side.BUY, 99.99, 5_000);
    market.post(ScriptedMarket.ALPHA, Side.SELL, 100.01, 5_000);
    market.advance();
    seat =
        new AgentSeat(
            new IdleAgent("agent-1", AgentType.MARKET_MAKER),
            new Budget(40_000 * DOLLAR, 500 * DOLLAR, 1),
            market.simulation,
            market.view,
            metrics);
    risk = new RiskManager("risk-test", limits, metrics, List.of(seat));
  }

  private Intent order(Side side, long quantity) {
    return order(IntentPurpose.QUOTE, side, quantity);
  }

  private Intent order(IntentPurpose purpose, Side side, long quantity) {
    seat.newOrder(
        purpose,
        0,
        0,
        side,
        OrderType.LIMIT,
        side == Side.BUY ? 99_990_000 : 100_010_000,
        quantity);
    Intent intent = seat.proposed().get(seat.proposed().size() - 1);
    seat.clearProposed();
    return intent;
  }

  /** Checks an intent in a fresh second, so the order-rate limit stays out of the way. */
  private DenialReason check(Intent intent) {
    market.advance();
    return risk.preTrade(seat, intent, market.view);
  }

  private void hold(long shares, long priceMicros) {
    seat.account()
        .apply(
            new Execution(
                1,
                0,
                0,
                shares > 0 ? Side.BUY : Side.SELL,
                Math.abs(shares),
                priceMicros,
                0,
                market.simulation.now()));
  }

  /** The series' value once the risk manager has published what it holds back. */
  private double count(String family, String... labels) {
    risk.publishMetrics();
    return unpublished(family, labels);
  }

  private double unpublished(String family, String... labels) {
    return Scrape.value(metrics.registry(), family, labels).orElseThrow();
  }

  private double violations(String type, String severity) {
    return count(
        "risk_violations_total",
        "agent_id",
        "agent-1",
        "violation_type",
        type,
        "severity",
        severity);
  }

  private double actions(String action) {
    return count("risk_manager_actions_total", "agent_id", "agent-1", "action_type", action);
  }

  @Test
  void positionLimitWarnsNearAndDeniesBeyondTheLimit() {
    assertThat(check(order(Side.BUY, 500))).isEqualTo(DenialReason.NONE);
    assertThat(
            unpublished(
                "risk_manager_checks_total", "agent_id", "agent-1", "check_type", "position_limit"))
        .as("checks are held back until published")
        .isZero();
    assertThat(violations("position_limit", "warning")).isZero();
    assertThat(check(order(Side.BUY, 800))).isEqualTo(DenialReason.NONE);
    assertThat(violations("position_limit", "warning")).isEqualTo(1);
    assertThat(check(order(Side.BUY, 1_001))).isEqualTo(DenialReason.POSITION_LIMIT);
    assertThat(violations("position_limit", "critical")).isEqualTo(1);
    assertThat(actions("reject_order")).isEqualTo(1);
    assertThat(
            count(
                "risk_manager_checks_total", "agent_id", "agent-1", "check_type", "position_limit"))
        .isEqualTo(3);
    assertThat(
            count(
                "risk_check_latency_seconds",
                "agent_id",
                "agent-1",
                "check_type",
                "position_limit"))
        .as("the first check is timed")
        .isEqualTo(1);
  }

  @Test
  void everyCheckIsCountedButOnlyEveryNthIsTimed() {
    int checks = 3 * MetricsCadence.TIME_EVERY;
    for (int i = 0; i < checks; i++) {
      check(order(Side.BUY, 10));
    }
    risk.publishMetrics();
    risk.publishMetrics(); // nothing new: adds nothing
    assertThat(
            count("risk_manager_checks_total", "agent_id", "agent-1", "check_type", "order_rate"))
        .isEqualTo(checks);
    assertThat(
            count("risk_check_latency_seconds", "agent_id", "agent-1", "check_type", "order_rate"))
        .isEqualTo(3);
  }

  @Test
  void positionLimitCountsRestingOrdersOfTheSameSide() {
    hold(600, 100 * DOLLAR);
    Intent resting = order(Side.BUY, 300);
    seat.account().requestSent(resting);
    assertThat(check(order(Side.BUY, 200))).isEqualTo(DenialReason.POSITION_LIMIT);
    assertThat(check(order(Side.BUY, 100))).isEqualTo(DenialReason.NONE);
    assertThat(check(order(Side.SELL, 1_000)))
        .as("600 - 1000 = -400 short")
        .isEqualTo(DenialReason.NONE);
  }

  @Test
  void orderNotionalIsDeniedBeyondItsLimit() {
    setUp(limits(50_000 * DOLLAR));
    assertThat(check(order(Side.SELL, 450))).isEqualTo(DenialReason.NONE); // $45k: warning
    assertThat(violations("order_notional", "warning")).isEqualTo(1);
    assertThat(check(order(Side.SELL, 600))).isEqualTo(DenialReason.ORDER_NOTIONAL);
    assertThat(violations("order_notional", "critical")).isEqualTo(1);
  }

  @Test
  void orderRateIsLimitedPerSlidingSecondOfSimulatedTime() {
    market.advance();
    for (int i = 0; i < 3; i++) {
      assertThat(risk.preTrade(seat, order(Side.BUY, 1), market.view)).isEqualTo(DenialReason.NONE);
    }
    assertThat(risk.preTrade(seat, order(Side.BUY, 1), market.view))
        .isEqualTo(DenialReason.ORDER_RATE);
    assertThat(violations("order_rate", "critical")).isEqualTo(1);
    assertThat(violations("order_rate", "warning")).as("the third order used 100 %").isEqualTo(1);
    market.advance();
    assertThat(risk.preTrade(seat, order(Side.BUY, 1), market.view)).isEqualTo(DenialReason.NONE);
  }

  @Test
  void reducingLetsOnlyOrdersThatShrinkThePositionThrough() {
    hold(500, 100 * DOLLAR);
    seat.tradingState(TradingState.REDUCING);
    assertThat(check(order(Side.BUY, 100))).isEqualTo(DenialReason.REDUCING_ONLY);
    assertThat(check(order(Side.SELL, 600)))
        .as("would flip to short")
        .isEqualTo(DenialReason.REDUCING_ONLY);
    assertThat(check(order(Side.SELL, 100))).isEqualTo(DenialReason.NONE);
    assertThat(actions("reject_order")).isEqualTo(2);
  }

  @Test
  void haltedDeniesEveryOrderOfTheAgentButNotCancels() {
    hold(500, 100 * DOLLAR);
    seat.tradingState(TradingState.HALTED);
    assertThat(check(order(Side.BUY, 100))).isEqualTo(DenialReason.HALTED);
    assertThat(check(order(Side.SELL, 100))).isEqualTo(DenialReason.HALTED);
    seat.cancel(IntentPurpose.QUOTE, 0, 0, 42);
    Intent cancel = seat.proposed().get(0);
    assertThat(check(cancel)).isEqualTo(DenialReason.NONE);
    // The risk manager's own reducing orders for a halted agent do pass.
    assertThat(check(order(IntentPurpose.RISK_REDUCTION, Side.SELL, 100)))
        .isEqualTo(DenialReason.NONE);
  }

  @Test
  void drawdownBeyondTheRiskBudgetHaltsThenTradingResumesAfterTheCooldown() {
    risk.postTrade(market.view); // high-water mark at 0
    Intent resting = order(Side.BUY, 100);
    seat.account().requestSent(resting);
    hold(300, 102 * DOLLAR); // bought at 102, marked at 100: $600 loss > $500 budget
    market.advance();
    risk.postTrade(market.view);
    assertThat(seat.tradingState()).isEqualTo(TradingState.HALTED);
    assertThat(violations("drawdown", "critical")).isEqualTo(1);
    assertThat(actions("halt_trading")).isEqualTo(1);
    assertThat(seat.proposed())
        .as("the halt cancels the resting order")
        .extracting(Intent::orderId)
        .containsExactly(resting.orderId());
    seat.clearProposed();

    for (int s = 1; s < 5; s++) {
      market.advance();
      risk.postTrade(market.view);
      assertThat(seat.tradingState()).as("%d s after the halt", s).isEqualTo(TradingState.HALTED);
    }
    market.advance();
    risk.postTrade(market.view);
    assertThat(seat.tradingState()).isEqualTo(TradingState.ACTIVE);
    assertThat(actions("resume_trading")).isEqualTo(1);
  }

  @Test
  void drawdownWarningComesBeforeCritical() {
    risk.postTrade(market.view);
    hold(210, 102 * DOLLAR); // $420 loss: 84 % of $500
    market.advance();
    risk.postTrade(market.view);
    assertThat(violations("drawdown", "warning")).isEqualTo(1);
    assertThat(violations("drawdown", "critical")).isZero();
    assertThat(seat.tradingState()).isEqualTo(TradingState.ACTIVE);
    market.advance();
    risk.postTrade(market.view);
    assertThat(violations("drawdown", "warning"))
        .as("counted when it rises, not every step")
        .isEqualTo(1);
  }

  @Test
  void excessExposurePutsTheAgentInReducingAndTheRiskManagerProposesReductions() {
    risk.postTrade(market.view);
    hold(900, 100 * DOLLAR); // $90k gross > 2 x $40k
    market.advance();
    risk.postTrade(market.view);
    assertThat(seat.tradingState()).isEqualTo(TradingState.REDUCING);
    assertThat(violations("exposure", "critical")).isEqualTo(1);
    assertThat(actions("reduce_position")).isEqualTo(1);
    assertThat(seat.proposed())
        .singleElement()
        .satisfies(
            intent -> {
              assertThat(intent.purpose()).isEqualTo(IntentPurpose.RISK_REDUCTION);
              assertThat(intent.side()).isEqualTo(Side.SELL);
              assertThat(intent.quantity()).isEqualTo(225);
              assertThat(intent.priceMicros()).isEqualTo(99_990_000);
              assertThat(risk.preTrade(seat, intent, market.view)).isEqualTo(DenialReason.NONE);
            });
    assertThat(
            Scrape.value(
                    metrics.registry(),
                    "risk_exposure",
                    "agent_id",
                    "agent-1",
                    "exposure_type",
                    "gross")
                .orElseThrow())
        .isEqualTo(90_000.0);
  }

  @Test
  void badLimitsAreRejectedNamingTheField() {
    assertThatThrownBy(() -> new RiskLimits(0, 1, 1, 1, 1, 1, 1, 1, 0.8, 0, 10, 2, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxPositionShares");
    assertThatThrownBy(() -> new RiskLimits(1, 1, 1, 1, 1, 1, 1, 1, 1.0, 0, 10, 2, 0.5))
        .hasMessageContaining("warningFraction");
  }
}
