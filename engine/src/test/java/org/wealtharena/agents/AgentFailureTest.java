package org.wealtharena.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wealtharena.agents.arbitrage.ArbitrageAgent;
import org.wealtharena.agents.arbitrage.ArbitrageConfig;
import org.wealtharena.agents.marketmaker.MarketMaker;
import org.wealtharena.agents.marketmaker.MarketMakerConfig;
import org.wealtharena.agents.portfolio.PortfolioAgent;
import org.wealtharena.agents.portfolio.PortfolioAgentConfig;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.sim.ArbitrageMarkets;
import org.wealtharena.market.sim.MarketSimulation;
import org.wealtharena.metrics.MetricsOptions;
import org.wealtharena.metrics.SpecializedAgentMetrics;
import org.wealtharena.metrics.testing.Scrape;

/** A market maker that throws in its 30th step; the rest of the team must not notice. */
class AgentFailureTest {

  /** Delegates to a real market maker, keeps the ids of its orders, and throws at one step. */
  private static final class FailingAgent implements TradingAgent {
    private final MarketMaker delegate;
    private final int failAtStep;
    private final List<Long> orderIds = new ArrayList<>();
    private int steps;

    FailingAgent(MarketMaker delegate, int failAtStep) {
      this.delegate = delegate;
      this.failAtStep = failAtStep;
    }

    @Override
    public String id() {
      return delegate.id();
    }

    @Override
    public AgentType type() {
      return delegate.type();
    }

    @Override
    public void decide(DecisionContext context, IntentSink sink) {
      if (++steps == failAtStep) {
        throw new IllegalStateException("boom at step " + steps);
      }
      delegate.decide(
          context,
          new IntentSink() {
            @Override
            public long newOrder(
                IntentPurpose purpose,
                int venue,
                int symbol,
                Side side,
                OrderType type,
                long priceMicros,
                long quantity) {
              long id = sink.newOrder(purpose, venue, symbol, side, type, priceMicros, quantity);
              orderIds.add(id);
              return id;
            }

            @Override
            public void cancel(IntentPurpose purpose, int venue, int symbol, long orderId) {
              sink.cancel(purpose, venue, symbol, orderId);
            }

            @Override
            public void replace(
                IntentPurpose purpose,
                int venue,
                int symbol,
                long orderId,
                Side side,
                long newPriceMicros,
                long newQuantity) {
              sink.replace(purpose, venue, symbol, orderId, side, newPriceMicros, newQuantity);
            }
          });
    }

    @Override
    public void onExecution(Execution execution) {
      delegate.onExecution(execution);
    }
  }

  @Test
  void anExceptionStopsOnlyThatAgentCancelsItsOrdersAndIsCounted() {
    SpecializedAgentMetrics metrics =
        new SpecializedAgentMetrics(MetricsOptions.builder().strict(true).build());
    MarketSimulation simulation = MarketSimulation.create(ArbitrageMarkets.slowCompetition(), 3);
    List<String> symbols = simulation.symbols();
    FailingAgent failing =
        new FailingAgent(
            new MarketMaker(MarketMakerConfig.defaults("mm-1", "NASDAQ", symbols), metrics), 30);
    Budget budget = Budget.ofDollars(1_000_000, 10_000);
    SpecializedAgentsEpisode episode =
        SpecializedAgentsEpisode.builder(simulation, metrics)
            .agent(failing, budget)
            .agent(
                new ArbitrageAgent(
                    ArbitrageConfig.defaults("arb-1", "NASDAQ", "NYSE", symbols), metrics),
                budget)
            .agent(
                new PortfolioAgent(
                    PortfolioAgentConfig.defaults("portfolio-1", "NYSE", symbols), metrics),
                budget)
            .build();

    EpisodeOutcomes result = episode.run(5 * SimulationClock.MINUTE);

    assertThat(
            Scrape.value(
                metrics.registry(),
                "specialized_agent_errors_total",
                "agent_id",
                "mm-1",
                "agent_type",
                "market_maker",
                "error_type",
                "illegal_state"))
        .hasValue(1);
    assertThat(result.outcome("mm-1").failed()).isTrue();
    assertThat(failing.orderIds).isNotEmpty();
    for (long id : failing.orderIds) {
      for (String symbol : symbols) {
        assertThat(simulation.venue("NASDAQ").book(symbol).restingQuantity(id))
            .as("order %d", id)
            .isZero();
      }
    }
    assertThat(episode.seat("mm-1").account().liveOrders()).isZero();
    long mmFills = result.outcome("mm-1").fills();
    assertThat(result.outcome("arb-1").failed()).isFalse();
    assertThat(result.outcome("portfolio-1").failed()).isFalse();
    assertThat(result.outcome("arb-1").fills()).isPositive();
    assertThat(result.outcome("portfolio-1").fills()).isPositive();
    assertThat(
            Scrape.value(
                metrics.registry(),
                "specialized_agent_episodes_total",
                "agent_id",
                "arb-1",
                "agent_type",
                "arbitrage"))
        .hasValue(1);
    // The stopped agent trades no more after its orders were cancelled.
    episode.run(SimulationClock.MINUTE);
    assertThat(episode.seat("mm-1").account().fills()).isEqualTo(mmFills);
  }
}
