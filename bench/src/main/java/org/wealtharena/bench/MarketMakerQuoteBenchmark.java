package org.wealtharena.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.wealtharena.agents.AgentAccount;
import org.wealtharena.agents.Budget;
import org.wealtharena.agents.DecisionContext;
import org.wealtharena.agents.IntentPurpose;
import org.wealtharena.agents.IntentSink;
import org.wealtharena.agents.MarketView;
import org.wealtharena.agents.SimulationMarketView;
import org.wealtharena.agents.TradingState;
import org.wealtharena.agents.marketmaker.MarketMaker;
import org.wealtharena.agents.marketmaker.MarketMakerConfig;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.market.sim.MarketSimulation;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * One market-maker quote: a decision step of a market maker quoting AAPL on NASDAQ with the default
 * settings (two levels a side, micro-price), on the books of the default market after ten simulated
 * minutes. It computes the quote pair (volatility update, reservation price and spread, tick
 * rounding, sizes), compares it with the posted one and records its metrics as in a run (quote
 * latency for one call in 256; spread, inventory, PnL and quotes published every 256th step, see
 * {@code MetricsCadence}); the clock moves a second per step, so every tenth step reaches the
 * requote interval and cancels and reposts its quotes into a sink that only numbers them.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar MarketMakerQuote}
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MarketMakerQuoteBenchmark {

  private MarketMaker maker;
  private SteppingMarketView market;
  private DecisionContext context;
  private final NumberingSink sink = new NumberingSink();

  /** Numbers new orders and drops them; what the market maker proposes is not under test. */
  private static final class NumberingSink implements IntentSink {
    long orders;

    @Override
    public long newOrder(
        IntentPurpose purpose,
        int venue,
        int symbol,
        Side side,
        OrderType type,
        long priceMicros,
        long quantity) {
      return ++orders;
    }

    @Override
    public void cancel(IntentPurpose purpose, int venue, int symbol, long orderId) {}

    @Override
    public void replace(
        IntentPurpose purpose,
        int venue,
        int symbol,
        long orderId,
        Side side,
        long newPriceMicros,
        long newQuantity) {}
  }

  private record Context(
      MarketView market, AgentAccount account, Budget budget, TradingState tradingState)
      implements DecisionContext {}

  @Setup
  public void setUp() {
    MarketSimulation simulation = MarketSimulation.create(MarketConfig.defaultMarket(), 42);
    simulation.advanceTo(10 * SimulationClock.MINUTE);
    market = new SteppingMarketView(new SimulationMarketView(simulation));
    maker =
        new MarketMaker(
            MarketMakerConfig.defaults("mm-bench", "NASDAQ", List.of("AAPL")),
            new SpecializedAgentMetrics());
    context =
        new Context(
            market,
            new AgentAccount(market.symbols().size()),
            Budget.ofDollars(1_000_000, 10_000),
            TradingState.ACTIVE);
    quote();
    if (sink.orders == 0) {
      throw new IllegalStateException("the market maker should quote the benchmarked book");
    }
  }

  @Benchmark
  public long quote() {
    market.advance(SimulationClock.SECOND);
    maker.decide(context, sink);
    return sink.orders;
  }
}
