package org.wealtharena.agents.arbitrage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wealtharena.agents.AgentSeat;
import org.wealtharena.agents.Budget;
import org.wealtharena.agents.DenialReason;
import org.wealtharena.agents.Intent;
import org.wealtharena.agents.IntentPurpose;
import org.wealtharena.agents.ScriptedMarket;
import org.wealtharena.agents.risk.RiskLimits;
import org.wealtharena.agents.risk.RiskManager;
import org.wealtharena.market.Prices;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.sim.Gateway;
import org.wealtharena.market.venue.Order;
import org.wealtharena.metrics.MetricsOptions;
import org.wealtharena.metrics.SpecializedAgentMetrics;
import org.wealtharena.metrics.testing.Scrape;

/**
 * Crossed books built directly: ALPHA bids 100.05 for 300, BETA offers 300 at 100.00. Taker fees
 * are 30 + 27.5 mils, so the edge is 5 cents - 0.575 cents = 4.425 cents a share.
 */
class ArbitrageAgentTest {
  private static final String PAIR = "AAA-ALPHA-BETA";

  private final SpecializedAgentMetrics metrics =
      new SpecializedAgentMetrics(MetricsOptions.builder().strict(true).build());

  /** The seat under test, whose held-back metrics {@link #value} publishes first. */
  private AgentSeat seat;

  private AgentSeat seat(ScriptedMarket market) {
    return seat(market, Budget.ofDollars(1_000_000, 10_000));
  }

  private AgentSeat seat(ScriptedMarket market, Budget budget) {
    ArbitrageAgent agent =
        new ArbitrageAgent(
            ArbitrageConfig.defaults(
                "arb-test", ScriptedMarket.ALPHA, ScriptedMarket.BETA, List.of("AAA")),
            metrics);
    seat = new AgentSeat(agent, budget, market.simulation, market.view, metrics);
    return seat;
  }

  private static ScriptedMarket crossed() {
    ScriptedMarket market = new ScriptedMarket();
    market.post(ScriptedMarket.ALPHA, Side.BUY, 100.05, 300);
    market.post(ScriptedMarket.BETA, Side.SELL, 100.00, 300);
    market.advance();
    return market;
  }

  /**
   * One decision step of the seat, everything it proposes sent unchecked, then a second of market.
   */
  private static void step(ScriptedMarket market, AgentSeat seat) {
    seat.decide();
    ScriptedMarket.sendAll(seat);
    market.advance();
  }

  private double value(String family, String... labels) {
    seat.publishMetrics();
    return Scrape.value(metrics.registry(), family, labels).orElseThrow();
  }

  private double executions(String status) {
    return value(
        "arbitrage_executions_total",
        "agent_id",
        "arb-test",
        "market_pair",
        PAIR,
        "status",
        status);
  }

  private double profit() {
    return value("arbitrage_profit", "agent_id", "arb-test", "market_pair", PAIR);
  }

  @Test
  void crossedBooksNetOfFeesAreArbitragedWithBothLegsFilled() {
    ScriptedMarket market = crossed();
    AgentSeat seat = seat(market);
    seat.decide();
    List<Intent> legs = List.copyOf(seat.proposed());
    assertThat(legs).extracting(Intent::purpose).containsOnly(IntentPurpose.ARBITRAGE_LEG);
    assertThat(legs).extracting(Intent::type).containsOnly(OrderType.IOC);
    assertThat(legs)
        .extracting(Intent::side, Intent::venue, Intent::priceMicros, Intent::quantity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Side.BUY, 1, 100_000_000L, 300L),
            org.assertj.core.groups.Tuple.tuple(Side.SELL, 0, 100_050_000L, 300L));
    ScriptedMarket.sendAll(seat);
    market.advance();
    step(market, seat);

    assertThat(value("arbitrage_opportunities_total", "agent_id", "arb-test", "market_pair", PAIR))
        .isEqualTo(1);
    assertThat(executions("success")).isEqualTo(1);
    assertThat(executions("partial") + executions("failed")).isZero();
    assertThat(value("arbitrage_spread", "agent_id", "arb-test", "market_pair", PAIR))
        .isCloseTo(0.05, within(1e-12));
    assertThat(profit()).isCloseTo(300 * (0.05 - 0.003 - 0.00275), within(1e-9));
    assertThat(value("arbitrage_success_rate", "agent_id", "arb-test", "market_pair", PAIR))
        .isEqualTo(1.0);
    // Simulated latency: detection to the slower (BETA, 200 µs) leg's result.
    assertThat(
            value(
                "arbitrage_execution_latency_seconds", "agent_id", "arb-test", "market_pair", PAIR))
        .isEqualTo(1);
    assertThat(seat.account().position(0)).isZero();
  }

  @Test
  void theBuyLegFitsItsCapitalWithTheTakerFeeSoBuyingPowerPassesIt() {
    ScriptedMarket market = crossed();
    // $20,000 buys 200 shares at $100.00 before the fee, 199 with BETA's 27.5 mils.
    AgentSeat seat = seat(market, Budget.ofDollars(20_000, 10_000));
    seat.decide();
    assertThat(seat.proposed()).extracting(Intent::quantity).containsOnly(199L);
    RiskManager risk = new RiskManager("risk-test", RiskLimits.defaults(), metrics, List.of(seat));
    market.advance();
    assertThat(seat.proposed())
        .extracting(leg -> risk.preTrade(seat, leg, market.view))
        .containsOnly(DenialReason.NONE);
  }

  @Test
  void oneLegShortIsPartialAndTheUnwindLossIsCounted() {
    ScriptedMarket market = crossed();
    market.post(ScriptedMarket.BETA, Side.BUY, 99.90, 300); // where the unwind will sell
    market.advance();
    AgentSeat seat = seat(market);
    Gateway sniper = market.connect("sniper");
    seat.decide();
    // The sniper's sell reaches ALPHA first (same latency, sent first) and takes the bid.
    sniper.submit(
        ScriptedMarket.ALPHA, Order.ioc(sniper.nextOrderId(), "AAA", Side.SELL, 100_050_000, 300));
    ScriptedMarket.sendAll(seat);
    market.advance();
    step(market, seat); // classifies as partial and proposes the unwind, which is sent
    assertThat(executions("partial")).isEqualTo(1);
    step(market, seat); // the unwind is done: profit recorded

    assertThat(seat.account().position(0)).isZero();
    double expected = Prices.toDollars(300 * (99_900_000L - 100_000_000L) - 2 * 300 * 2_750L);
    assertThat(profit()).isCloseTo(expected, within(1e-9)).isNegative();
    assertThat(value("arbitrage_success_rate", "agent_id", "arb-test", "market_pair", PAIR))
        .isZero();
  }

  @Test
  void noLegFilledIsAFailure() {
    ScriptedMarket market = crossed();
    AgentSeat seat = seat(market);
    Gateway sniper = market.connect("sniper");
    seat.decide();
    sniper.submit(
        ScriptedMarket.ALPHA, Order.ioc(sniper.nextOrderId(), "AAA", Side.SELL, 100_050_000, 300));
    sniper.submit(
        ScriptedMarket.BETA, Order.ioc(sniper.nextOrderId(), "AAA", Side.BUY, 100_000_000, 300));
    ScriptedMarket.sendAll(seat);
    market.advance();
    step(market, seat);

    assertThat(executions("failed")).isEqualTo(1);
    assertThat(executions("success") + executions("partial")).isZero();
    assertThat(profit()).isZero();
    assertThat(seat.account().fills()).isZero();
  }

  @Test
  void aGapThatDoesNotCoverBothTakerFeesIsNoOpportunity() {
    // One cent of gap: enough against 0.575 cents of fees, not against 1.2 cents.
    for (long fee : new long[] {3_000, 6_000}) {
      ScriptedMarket market = new ScriptedMarket(fee, fee == 3_000 ? 2_750 : 6_000);
      market.post(ScriptedMarket.ALPHA, Side.BUY, 100.01, 300);
      market.post(ScriptedMarket.BETA, Side.SELL, 100.00, 300);
      market.advance();
      SpecializedAgentMetrics fresh =
          new SpecializedAgentMetrics(MetricsOptions.builder().strict(true).build());
      AgentSeat seat =
          new AgentSeat(
              new ArbitrageAgent(
                  ArbitrageConfig.defaults(
                      "arb-test", ScriptedMarket.ALPHA, ScriptedMarket.BETA, List.of("AAA")),
                  fresh),
              Budget.ofDollars(1_000_000, 10_000),
              market.simulation,
              market.view,
              fresh);
      seat.decide();
      double opportunities =
          Scrape.value(
                  fresh.registry(),
                  "arbitrage_opportunities_total",
                  "agent_id",
                  "arb-test",
                  "market_pair",
                  PAIR)
              .orElseThrow();
      if (fee == 3_000) {
        assertThat(opportunities).isEqualTo(1);
        assertThat(seat.proposed()).hasSize(2);
      } else {
        assertThat(opportunities).isZero();
        assertThat(seat.proposed()).isEmpty();
      }
    }
  }
}
