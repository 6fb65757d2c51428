package org.wealtharena.agents.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wealtharena.agents.AgentSeat;
import org.wealtharena.agents.AgentType;
import org.wealtharena.agents.Budget;
import org.wealtharena.agents.DecisionContext;
import org.wealtharena.agents.DenialReason;
import org.wealtharena.agents.Execution;
import org.wealtharena.agents.Intent;
import org.wealtharena.agents.IntentPurpose;
import org.wealtharena.agents.IntentSink;
import org.wealtharena.agents.ScriptedMarket;
import org.wealtharena.agents.SpecializedAgentsEpisode;
import org.wealtharena.agents.TradingAgent;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.market.sim.MarketSimulation;
import org.wealtharena.market.venue.OrderResult;
import org.wealtharena.metrics.MetricsOptions;
import org.wealtharena.metrics.SpecializedAgentMetrics;
import org.wealtharena.metrics.testing.Scrape;

/**
 * Buying power: an agent funded with $40k (its capital budget) cannot spend cash it does not have.
 * AAA trades 99.99 / 100.01 on ALPHA (taker fee 30 mils a share), so a buy of 300 at 100.01 needs
 * $30,003.90 of free cash.
 */
class BuyingPowerTest {
  private static final long DOLLAR = 1_000_000;
  private static final long ASK = 100_010_000;
  private static final long BID = 99_990_000;

  private record Scripted(Side side, OrderType type, long priceMicros, long quantity) {}

  /** Proposes the orders it is given, one batch per step, and keeps what happened to them. */
  private static final class ScriptedAgent implements TradingAgent {
    final List<List<Scripted>> batches = new ArrayList<>();
    final List<Intent> denied = new ArrayList<>();
    final List<DenialReason> reasons = new ArrayList<>();
    final List<Long> venueResults = new ArrayList<>();
    final List<Long> proposed = new ArrayList<>();
    private int step;

    @Override
    public String id() {
      return "agent-1";
    }

    @Override
    public AgentType type() {
      return AgentType.PORTFOLIO;
    }

    @Override
    public void decide(DecisionContext context, IntentSink sink) {
      if (step < batches.size()) {
        for (Scripted o : batches.get(step)) {
          proposed.add(
              sink.newOrder(
                  IntentPurpose.REBALANCE,
                  0,
                  0,
                  o.side(),
                  o.type(),
                  o.priceMicros(),
                  o.quantity()));
        }
      }
      step++;
    }

    @Override
    public void onDenied(Intent intent, DenialReason reason) {
      denied.add(intent);
      reasons.add(reason);
    }

    @Override
    public void onOrderResult(OrderResult result) {
      venueResults.add(result.orderId());
    }

    @Override
    public void onExecution(Execution execution) {}
  }

  private static Scripted order(Side side, OrderType type, long price, long quantity) {
    return new Scripted(side, type, price, quantity);
  }

  private final SpecializedAgentMetrics metrics =
      new SpecializedAgentMetrics(MetricsOptions.builder().strict(true).build());
  private final ScriptedMarket market = new ScriptedMarket();
  private final ScriptedAgent agent = new ScriptedAgent();
  private SpecializedAgentsEpisode episode;

  private void start() {
    market.post(ScriptedMarket.ALPHA, Side.BUY, 99.99, 5_000);
    market.post(ScriptedMarket.ALPHA, Side.SELL, 100.01, 5_000);
    market.advance();
    SpecializedAgentsEpisode.Builder builder =
        SpecializedAgentsEpisode.builder(market.simulation, metrics)
            .agent(agent, new Budget(40_000 * DOLLAR, 10_000 * DOLLAR, 1));
    episode =
        builder
            .riskManager(
                new RiskManager("risk-test", RiskLimits.defaults(), metrics, builder.seats()))
            .build();
  }

  private double buyingPowerViolations() {
    episode.riskManager().orElseThrow().publishMetrics();
    return Scrape.value(
            metrics.registry(),
            "risk_violations_total",
            "agent_id",
            "agent-1",
            "violation_type",
            "buying_power",
            "severity",
            "critical")
        .orElseThrow();
  }

  @Test
  void aBuyNeedingMoreCashThanTheAgentHasIsRejectedBeforeTheBook() {
    agent.batches.add(
        List.of(
            order(Side.BUY, OrderType.LIMIT, 99_000_000, 300), // rests: commits $29,700.90
            order(Side.BUY, OrderType.IOC, ASK, 100))); // needs $10,001.30 of $10,299.10: passes
    agent.batches.add(List.of(order(Side.BUY, OrderType.IOC, ASK, 100))); // $299.10 - fees left
    start();
    episode.step();
    assertThat(agent.denied).isEmpty();
    episode.step();
    episode.step();

    AgentSeat seat = episode.seat("agent-1");
    assertThat(agent.reasons).containsExactly(DenialReason.BUYING_POWER);
    assertThat(agent.denied.get(0).orderId()).isEqualTo(agent.proposed.get(2));
    assertThat(agent.venueResults)
        .as("the venue never saw the rejected order")
        .doesNotContain(agent.proposed.get(2))
        .contains(agent.proposed.get(0), agent.proposed.get(1));
    assertThat(seat.account().position(0)).isEqualTo(100);
    assertThat(buyingPowerViolations()).isEqualTo(1);
    assertThat(
            Scrape.value(
                    metrics.registry(),
                    "risk_manager_actions_total",
                    "agent_id",
                    "agent-1",
                    "action_type",
                    "reject_order")
                .orElseThrow())
        .isEqualTo(1);
    assertThat(seat.cashBalanceMicros()).isEqualTo(40_000 * DOLLAR - 100 * (ASK + 3_000));
  }

  @Test
  void shortProceedsAreNotSpendableAndAShortNeedsMargin() {
    agent.batches.add(List.of(order(Side.SELL, OrderType.IOC, BID, 300))); // margin $15k of $40k
    agent.batches.add(
        List.of(
            // free: 40k + 29,997 - 0.9 fee - 1.5 x 30,000 short = $24,996.10
            order(Side.BUY, OrderType.LIMIT, 99_000_000, 560), // 260 long: $25,740.78, refused
            order(Side.SELL, OrderType.LIMIT, 101_000_000, 500), // margin $25,250: refused
            order(Side.SELL, OrderType.LIMIT, 101_000_000, 400), // margin $20,200: rests
            order(Side.BUY, OrderType.LIMIT, 99_000_000, 300), // only covers: rests
            order(Side.BUY, OrderType.LIMIT, 99_000_000, 100))); // covered already: refused
    agent.batches.add(List.of(order(Side.BUY, OrderType.MARKET, 0, 400))); // at the $110 band high
    start();
    episode.step();
    episode.step();
    episode.step();
    episode.step();
    assertThat(agent.denied)
        .extracting(Intent::side, Intent::quantity)
        .containsExactly(
            tuple(Side.BUY, 560L),
            tuple(Side.SELL, 500L),
            tuple(Side.BUY, 100L),
            tuple(Side.BUY, 400L));
    assertThat(agent.reasons).containsOnly(DenialReason.BUYING_POWER);
    assertThat(buyingPowerViolations()).isEqualTo(4);
  }

  @Test
  void noAccountOfTheDefaultTeamGoesBelowZeroCash() {
    MarketSimulation simulation = MarketSimulation.create(MarketConfig.defaultMarket(), 11);
    SpecializedAgentsEpisode team =
        SpecializedAgentsEpisode.defaultTeam(simulation, new SpecializedAgentMetrics()).build();
    long lowest = Long.MAX_VALUE;
    String lowestAgent = null;
    for (int s = 0; s < 2 * 3600; s++) {
      team.step();
      for (AgentSeat seat : team.seats()) {
        if (seat.cashBalanceMicros() < lowest) {
          lowest = seat.cashBalanceMicros();
          lowestAgent = seat.agentId();
        }
      }
    }
    assertThat(lowest).as("lowest cash, of %s", lowestAgent).isNotNegative();
  }
}
