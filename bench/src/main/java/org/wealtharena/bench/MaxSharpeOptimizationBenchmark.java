package org.wealtharena.bench;

import java.util.SplittableRandom;
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
import org.wealtharena.agents.portfolio.optimization.OptimizationResult;
import org.wealtharena.agents.portfolio.optimization.OptimizationType;
import org.wealtharena.agents.portfolio.optimization.PortfolioOptimizer;
import org.wealtharena.agents.portfolio.stats.CovarianceMatrix;
import org.wealtharena.agents.portfolio.stats.LedoitWolf;
import org.wealtharena.agents.portfolio.stats.Returns;

/**
 * One long-only max-Sharpe optimisation over 50 assets (weights capped at 10 %), on the Ledoit–Wolf
 * covariance and the mean of a year (252 days) of random daily returns: a market factor plus
 * idiosyncratic noise, volatilities 0.5 %..3 %, drifts around +0.05 % a day.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar MaxSharpeOptimization}
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MaxSharpeOptimizationBenchmark {

  private static final int ASSETS = 50;
  private static final int DAYS = 252;

  private final PortfolioOptimizer optimizer = new PortfolioOptimizer(0.10, 0.0001, DAYS);
  private double[] expectedReturns;
  private CovarianceMatrix covariance;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    double[] drift = new double[ASSETS];
    double[] beta = new double[ASSETS];
    double[] idiosyncratic = new double[ASSETS];
    for (int i = 0; i < ASSETS; i++) {
      double volatility = 0.005 + 0.025 * random.nextDouble();
      double marketShare = 0.6 * random.nextDouble();
      drift[i] = 0.0005 + 0.0005 * random.nextGaussian();
      beta[i] = volatility * Math.sqrt(marketShare);
      idiosyncratic[i] = volatility * Math.sqrt(1 - marketShare);
    }
    double[][] returns = new double[DAYS][ASSETS];
    for (double[] day : returns) {
      double market = random.nextGaussian();
      for (int i = 0; i < ASSETS; i++) {
        day[i] = drift[i] + beta[i] * market + idiosyncratic[i] * random.nextGaussian();
      }
    }
    Returns history = Returns.of(returns);
    expectedReturns = history.mean();
    covariance = LedoitWolf.shrink(history).covariance();
    if (optimizer
        .optimise(OptimizationType.SHARPE_MAXIMIZATION, expectedReturns, covariance)
        .fellBack()) {
      throw new IllegalStateException(
          "the benchmarked optimisation should not fall back to min variance");
    }
  }

  @Benchmark
  public OptimizationResult maxSharpe() {
    return optimizer.optimise(OptimizationType.SHARPE_MAXIMIZATION, expectedReturns, covariance);
  }
}
