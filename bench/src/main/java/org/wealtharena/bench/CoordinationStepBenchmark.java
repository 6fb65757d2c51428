package org.wealtharena.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.coordination.TeamEpisodeSpec;
import org.wealtharena.coordination.coordinator.TeamObserver;
import org.wealtharena.coordination.env.TeamConfig;
import org.wealtharena.coordination.env.TeamEnvironment;
import org.wealtharena.coordination.policy.HeuristicPolicies;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * The hierarchical coordinator's work for one decision step of the default team (market maker,
 * arbitrageur, portfolio agent and risk manager) on the default market, with the intents the agents
 * really propose: bus, conflict classification, budget and pre-trade checks, orders to the venues,
 * metrics, and every 60th step the meta-controller's allocation. The market advance and the agents'
 * decisions run in the per-invocation setup, outside the measurement. A fresh 30-minute episode
 * (training's default length) starts whenever one ends.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar CoordinationStep -bm sample,avgt}
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CoordinationStepBenchmark {

  private final TeamEnvironment environment =
      new TeamEnvironment(
          MarketConfig.defaultMarket(),
          TeamConfig.defaults(),
          new MultiAgentMetrics(),
          new SpecializedAgentMetrics());
  private TeamEnvironment.SeatedEpisode episode;
  private long stepsLeft;
  private long seed = 1;

  @Setup(Level.Invocation)
  public void advanceAndDecide() {
    if (stepsLeft == 0) {
      episode =
          environment.seat(
              new TeamEpisodeSpec(
                  CoordinationType.HIERARCHICAL,
                  seed++,
                  30 * SimulationClock.MINUTE,
                  SimulationClock.SECOND),
              new HeuristicPolicies(),
              TeamObserver.NONE);
      stepsLeft = episode.steps();
    }
    episode.episode().advanceAndDecide();
    stepsLeft--;
  }

  @Benchmark
  public void coordinateOneStep() {
    episode.episode().route();
  }
}
