package org.wealtharena.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.coordination.TeamEpisodeSpec;
import org.wealtharena.coordination.env.TeamConfig;
import org.wealtharena.coordination.env.TeamEnvironment;
import org.wealtharena.coordination.policy.HeuristicPolicies;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.market.sim.MarketSimulation;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * One whole episode as {@code train} runs it by default, 1,800 decision steps of one second: a
 * fresh default market, the default team under the hierarchical coordinator with the heuristic
 * allocation, not watched (as seven of every eight training episodes and every evaluation episode),
 * from seating to the episode's result. Beside it the same 30 simulated minutes of the market alone
 * (background flow, no agents), so the difference is what the team adds. The seed cycles over ten
 * markets, as episode costs vary with the market.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar TeamEpisode}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class TeamEpisodeBenchmark {

  private static final long DURATION = 30 * SimulationClock.MINUTE;
  private static final int SEEDS = 10;

  private final MarketConfig market = MarketConfig.defaultMarket();
  private final TeamEnvironment environment =
      new TeamEnvironment(
          market, TeamConfig.defaults(), new MultiAgentMetrics(), new SpecializedAgentMetrics());
  private final HeuristicPolicies policies = new HeuristicPolicies();
  private long episode;

  @Benchmark
  public double teamEpisode() {
    return environment
        .run(
            new TeamEpisodeSpec(
                CoordinationType.HIERARCHICAL, nextSeed(), DURATION, SimulationClock.SECOND, false),
            policies)
        .team()
        .pnlDollars();
  }

  @Benchmark
  public long marketAlone() {
    MarketSimulation simulation = MarketSimulation.create(market, nextSeed());
    simulation.advanceTo(DURATION);
    return simulation.eventsProcessed();
  }

  private long nextSeed() {
    return 1 + episode++ % SEEDS;
  }
}
