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
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.market.sim.MarketSimulation;

/**
 * One simulated hour of the embedded default market (5 symbols x 2 venues, background flow only) in
 * 3,600 steps of one simulated second: the market part of 3,600 environment decision steps. Divide
 * the score by 3,600 for one step. A new session starts every iteration, so each measurement is the
 * first hour of a trading day after a one-minute warm-up of the books.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar MarketStep}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, batchSize = MarketStepBenchmark.STEPS_PER_HOUR)
@Measurement(iterations = 10, batchSize = MarketStepBenchmark.STEPS_PER_HOUR)
@Fork(1)
public class MarketStepBenchmark {

  static final int STEPS_PER_HOUR = 3_600;

  private MarketSimulation simulation;
  private long seed = 1;

  @Setup(Level.Iteration)
  public void newSession() {
    simulation = MarketSimulation.create(MarketConfig.defaultMarket(), seed++);
    simulation.advanceBy(SimulationClock.MINUTE); // books fill within the first seconds
  }

  @Benchmark
  public long oneSimulatedSecond() {
    simulation.advanceBy(SimulationClock.SECOND);
    return simulation.eventsProcessed();
  }
}
