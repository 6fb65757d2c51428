package org.wealtharena.bench;

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
import org.wealtharena.agents.AgentSeat;
import org.wealtharena.agents.DefaultTeam;
import org.wealtharena.agents.DenialReason;
import org.wealtharena.agents.Intent;
import org.wealtharena.agents.IntentPurpose;
import org.wealtharena.agents.SpecializedAgentsEpisode;
import org.wealtharena.agents.risk.RiskManager;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.market.sim.MarketSimulation;
import org.wealtharena.market.venue.RequestKind;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * One pre-trade risk check ({@link RiskManager#preTrade}): a 100-share limit buy of the market
 * maker at the NASDAQ bid, checked for position limit, order notional and order rate with their
 * metrics as in a run: each check counted for the next publication, one in 256 timed into the
 * latency histogram (see {@code MetricsCadence}). The account state is real: the default team has
 * traded the default market for ten simulated minutes, so the market maker holds positions and
 * resting quotes. The clock moves 50 ms per check, 20 orders a second against a limit of 50, so
 * every check approves as most do in a run, and the order-rate window fills as it does there.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar PreTradeRiskCheck}
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PreTradeRiskCheckBenchmark {

  private static final long CHECK_INTERVAL_NANOS = SimulationClock.SECOND / 20;

  private RiskManager riskManager;
  private AgentSeat seat;
  private SteppingMarketView market;
  private Intent intent;

  @Setup
  public void setUp() {
    MarketSimulation simulation = MarketSimulation.create(MarketConfig.defaultMarket(), 42);
    SpecializedAgentsEpisode episode =
        SpecializedAgentsEpisode.defaultTeam(simulation, new SpecializedAgentMetrics()).build();
    episode.run(10 * SimulationClock.MINUTE);
    riskManager = episode.riskManager().orElseThrow();
    seat = episode.seat(DefaultTeam.MARKET_MAKER_ID);
    market = new SteppingMarketView(episode.market());
    int venue = market.venueIndex("NASDAQ");
    int symbol = market.symbolIndex("AAPL");
    intent =
        new Intent(
            seat.agentId(),
            RequestKind.NEW,
            IntentPurpose.QUOTE,
            venue,
            symbol,
            Side.BUY,
            OrderType.LIMIT,
            market.bestBidMicros(venue, symbol),
            100,
            Long.MAX_VALUE);
    DenialReason first = check();
    if (!first.approved()) {
      throw new IllegalStateException("the benchmarked check should approve, got " + first);
    }
  }

  @Benchmark
  public DenialReason check() {
    market.advance(CHECK_INTERVAL_NANOS);
    return riskManager.preTrade(seat, intent, market);
  }
}
