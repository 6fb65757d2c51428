package org.wealtharena.agents.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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
import org.wealtharena.market.venue.RequestKind;
import org.wealtharena.metrics.MetricsOptions;
import org.wealtharena.metrics.SpecializedAgentMetrics;
import org.wealtharena.metrics.testing.Scrape;

/**
 * Limits: 1000 shares, $150k per order, 3 orders a second, $500 drawdown (the budget's risk
 * budget), $800 session loss, gross exposure 2 x the capital budget, short margin 50 %, warning at
 * 80 %, resume after 5 s inside limits, no reduce collar. The agent is funded with $150k, its
 * capital budget; exposure tests lower the budget (so its funding) to $40k. AAA is marked at $100
 * (book 99.99 / 100.01 on ALPHA, BETA empty at its $100 reference); ALPHA's taker fee is 30 mils a
 * share.
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
        800 * DOLLAR,
        100_000 * DOLLAR,
        2.0,
        2.0,
        10_000_000 * DOLLAR,
        0.5,
        0.8,
        5 * ScriptedMarket.SECOND,
        60 * ScriptedMarket.SECOND,
        100,
        30,
        0.25,
        0);
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
            new Budget(150_000 * DOLLAR, 500 * DOLLAR, 1),
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

  private double tradingState(String state) {
    return count("risk_trading_state", "agent_id", "agent-1", "state", state);
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
    seat.account().requestSent(resting, resting.priceMicros());
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
  void drawdownBeyondTheRiskBudgetHaltsForTheSessionAndFlattens() {
    risk.postTrade(market.view); // high-water mark at 0
    Intent resting = order(Side.BUY, 100);
    seat.account().requestSent(resting, resting.priceMicros());
    hold(300, 102 * DOLLAR); // bought at 102, marked at 100: $600 loss > $500 budget
    market.advance();
    risk.postTrade(market.view);
    assertThat(seat.tradingState()).isEqualTo(TradingState.HALTED);
    assertThat(violations("drawdown", "critical")).isEqualTo(1);
    assertThat(actions("halt_trading")).isEqualTo(1);
    assertThat(seat.proposed())
        .as("the halt cancels the resting order and sells the whole position at the bid")
        .extracting(Intent::kind, Intent::orderId, Intent::side, Intent::quantity)
        .containsExactly(
            tuple(RequestKind.CANCEL, resting.orderId(), null, 0L),
            tuple(RequestKind.NEW, seat.proposed().get(1).orderId(), Side.SELL, 300L));
    ScriptedMarket.sendAll(seat);

    for (int s = 1; s < 120; s++) {
      market.advance();
      risk.postTrade(market.view);
      assertThat(seat.tradingState()).as("%d s after the halt", s).isEqualTo(TradingState.HALTED);
    }
    assertThat(seat.account().position(0)).as("flattened").isZero();
    assertThat(actions("resume_trading")).isZero();
    assertThat(check(order(Side.BUY, 1))).isEqualTo(DenialReason.HALTED);
    assertThat(count("risk_exposure", "agent_id", "agent-1", "exposure_type", "drawdown"))
        .as("the high-water mark stays at 0: $600 bought too high, 300 x $0.01 spread, fees")
        .isEqualTo(600 + 3 + 0.9);
    assertThat(tradingState("halted")).isEqualTo(1);
    assertThat(tradingState("active")).isZero();
  }

  @Test
  void sessionLossCountsFromTheSessionStartNotFromTheHighWaterMark() {
    setUp(
        new RiskLimits(
            1_000,
            150_000 * DOLLAR,
            3,
            10_000 * DOLLAR,
            800 * DOLLAR,
            100_000 * DOLLAR,
            2,
            2,
            10_000_000 * DOLLAR,
            0.5,
            0.8,
            0,
            60 * ScriptedMarket.SECOND,
            100,
            30,
            0.25,
            0));
    seat.budget(new Budget(40_000 * DOLLAR, 100_000 * DOLLAR, 1)); // drawdown limit $10k
    risk.postTrade(market.view); // the session starts at 0
    hold(-400, 101 * DOLLAR); // short at 101, marked at 100: $400 up, the high-water mark
    market.advance();
    risk.postTrade(market.view);
    hold(500, 101_200_000); // 100 long: $200 down
    hold(500, 101 * DOLLAR); // 600 long: $700 down
    market.advance();
    risk.postTrade(market.view);
    assertThat(count("risk_exposure", "agent_id", "agent-1", "exposure_type", "drawdown"))
        .isEqualTo(1_100.0);
    assertThat(count("risk_exposure", "agent_id", "agent-1", "exposure_type", "session_loss"))
        .isEqualTo(700.0);
    assertThat(seat.tradingState())
        .as("$700 < $800, whatever the drawdown")
        .isEqualTo(TradingState.ACTIVE);
    hold(100, 102 * DOLLAR); // $900 down
    market.advance();
    risk.postTrade(market.view);
    assertThat(seat.tradingState()).isEqualTo(TradingState.HALTED);
    assertThat(violations("session_loss", "critical")).isEqualTo(1);
    assertThat(count("risk_limits", "agent_id", "agent-1", "limit_type", "session_loss"))
        .isEqualTo(800.0);
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
    seat.budget(new Budget(40_000 * DOLLAR, 500 * DOLLAR, 1));
    risk.postTrade(market.view);
    hold(900, 100 * DOLLAR); // $90k gross > 2 x $40k
    market.advance();
    risk.postTrade(market.view);
    assertThat(seat.tradingState()).isEqualTo(TradingState.REDUCING);
    assertThat(tradingState("reducing")).isEqualTo(1);
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
  void aBudgetCutIsAReallocationNotABreachUntilTheCooldownHasPassed() {
    seat.budget(new Budget(60_000 * DOLLAR, 500 * DOLLAR, 1));
    risk.postTrade(market.view);
    hold(900, 100 * DOLLAR); // $90k gross, inside 2 x $60k
    market.advance();
    risk.postTrade(market.view);
    seat.budget(new Budget(40_000 * DOLLAR, 500 * DOLLAR, 1)); // the coordinator cuts: 2 x $40k
    for (int s = 0; s < 5; s++) { // the cooldown is 5 s, from the first check that sees the cut
      market.advance();
      risk.postTrade(market.view);
    }
    assertThat(seat.tradingState()).isEqualTo(TradingState.ACTIVE);
    assertThat(violations("exposure", "critical")).isZero();

    market.advance();
    risk.postTrade(market.view);
    assertThat(seat.tradingState())
        .as("still above the new budget")
        .isEqualTo(TradingState.REDUCING);
    assertThat(violations("exposure", "critical")).isEqualTo(1);
  }

  @Test
  void reducingResumesAfterTheCooldownInsideEveryLimit() {
    seat.budget(new Budget(40_000 * DOLLAR, 500 * DOLLAR, 1));
    risk.postTrade(market.view);
    hold(900, 100 * DOLLAR); // $90k gross > 2 x $40k
    market.advance();
    risk.postTrade(market.view);
    assertThat(seat.tradingState()).isEqualTo(TradingState.REDUCING);
    seat.clearProposed();
    hold(-300, 100 * DOLLAR); // back to $60k
    for (int s = 1; s <= 5; s++) {
      market.advance();
      risk.postTrade(market.view);
    }
    assertThat(seat.tradingState()).isEqualTo(TradingState.ACTIVE);
    assertThat(actions("resume_trading")).isEqualTo(1);
    assertThat(tradingState("active")).isEqualTo(1);
    assertThat(tradingState("reducing")).isZero();
  }

  @Test
  void valueAtRiskIsMeasuredOnPnlChangesOverTheHorizon() {
    risk.postTrade(market.view);
    for (int minute = 1; minute <= 40; minute++) {
      // one $10 loss per minute, whatever happens inside it
      hold(minute % 2 == 0 ? 10 : -10, minute % 2 == 0 ? 101 * DOLLAR : 99 * DOLLAR);
      for (int s = 0; s < 60; s++) {
        market.advance();
        risk.postTrade(market.view);
      }
    }
    assertThat(count("risk_exposure", "agent_id", "agent-1", "exposure_type", "var_95"))
        .as("a $10 loss every minute, 1-second changes mostly 0")
        .isEqualTo(10.0);
  }

  @Test
  void badLimitsAreRejectedNamingTheField() {
    assertThatThrownBy(
            () -> new RiskLimits(0, 1, 1, 1, 1, 1, 1, 1, 1, 0.5, 0.8, 0, 1, 10, 2, 0.5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxPositionShares");
    assertThatThrownBy(
            () -> new RiskLimits(1, 1, 1, 1, 1, 1, 1, 1, 1, 0.5, 1.0, 0, 1, 10, 2, 0.5, 0))
        .hasMessageContaining("warningFraction");
    assertThatThrownBy(
            () -> new RiskLimits(1, 1, 1, 1, 0, 1, 1, 1, 1, 0.5, 0.8, 0, 1, 10, 2, 0.5, 0))
        .hasMessageContaining("maxSessionLossMicros");
  }
}
