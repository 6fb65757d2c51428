package org.wealtharena.agents.portfolio.optimization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.wealtharena.agents.portfolio.stats.CovarianceMatrix;
import org.wealtharena.agents.portfolio.stats.LedoitWolf;
import org.wealtharena.agents.portfolio.stats.Returns;
import org.wealtharena.agents.portfolio.stats.ShrunkCovariance;

class PortfolioOptimizerProperties {

  private static final int RIVALS = 300;

  @Property(tries = 100)
  void weightsAreLongOnlyFullyInvestedAndCapped(
      @ForAll @IntRange(min = 2, max = 15) int assets,
      @ForAll @DoubleRange(min = 0, max = 1) double capPosition,
      @ForAll long seed) {
    RandomPortfolios.Problem problem =
        RandomPortfolios.problem(new Random(seed), assets, capPosition);
    double cap = problem.cap();
    CovarianceMatrix covariance = problem.covariance();
    double[] mu = problem.expectedReturns();
    PortfolioOptimizer optimizer = new PortfolioOptimizer(cap, 0.0001, 252);

    for (OptimizationType type : OptimizationType.values()) {
      double[] w = optimizer.optimise(type, mu, covariance).weights();
      double sum = 0;
      for (double wi : w) {
        assertThat(wi).isGreaterThanOrEqualTo(0.0);
        if (type != OptimizationType.RISK_PARITY) {
          assertThat(wi).isLessThanOrEqualTo(cap + 1e-7);
        }
        sum += wi;
      }
      assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
    }
  }

  @Property(tries = 100)
  void minVarianceHasNoMoreVarianceThanAnyFeasiblePortfolio(
      @ForAll @IntRange(min = 2, max = 12) int assets,
      @ForAll @DoubleRange(min = 0, max = 1) double capPosition,
      @ForAll long seed) {
    Random random = new Random(seed);
    double cap = RandomPortfolios.capBetweenOneOverNAndOne(assets, capPosition);
    CovarianceMatrix covariance = RandomPortfolios.covariance(random, assets);

    double[] best =
        new PortfolioOptimizer(cap, 0, 252)
            .optimise(OptimizationType.MIN_VARIANCE, new double[assets], covariance)
            .weights();

    double bestVariance = covariance.portfolioVariance(best);
    for (int k = 0; k < RIVALS; k++) {
      double[] rival = RandomPortfolios.feasibleWeights(random, assets, cap);
      assertThat(bestVariance)
          .isLessThanOrEqualTo(covariance.portfolioVariance(rival) * (1 + 1e-7));
    }
  }

  /**
   * On a Ledoit–Wolf covariance of a year of random daily returns, the min-variance portfolio has a
   * lower variance than equal weights, both under that covariance and in the returns themselves.
   */
  @Property(tries = 300)
  void minVarianceBeatsEqualWeightInSampleOnShrunkCovariance(
      @ForAll @IntRange(min = 2, max = 30) int assets, @ForAll long seed) {
    Returns returns = RandomPortfolios.returns(new Random(seed), 252, assets);
    ShrunkCovariance shrinkage = LedoitWolf.shrink(returns);
    CovarianceMatrix shrunk = shrinkage.covariance();
    double[] equal = new double[assets];
    Arrays.fill(equal, 1.0 / assets);

    double[] minVariance =
        new PortfolioOptimizer(1.0, 0, 252)
            .optimise(OptimizationType.MIN_VARIANCE, new double[assets], shrunk)
            .weights();

    // Full shrinkage (intensity 1) leaves a multiple of the identity, whose min-variance portfolio
    // IS equal weights; short of that, min variance wins strictly.
    double equalVariance = shrunk.portfolioVariance(equal);
    if (shrinkage.intensity() < 1) {
      assertThat(shrunk.portfolioVariance(minVariance)).isLessThan(equalVariance);
    }
    assertThat(shrunk.portfolioVariance(minVariance))
        .isLessThanOrEqualTo(equalVariance * (1 + 1e-9));
    assertThat(sampleVariance(returns.portfolioReturns(minVariance)))
        .isLessThanOrEqualTo(sampleVariance(returns.portfolioReturns(equal)) * (1 + 1e-9));
  }

  private static double sampleVariance(double[] series) {
    double mean = Arrays.stream(series).average().orElseThrow();
    return Arrays.stream(series).map(x -> (x - mean) * (x - mean)).sum() / (series.length - 1);
  }

  @Property(tries = 100)
  void maxSharpeBeatsOrEqualsEveryFeasiblePortfolio(
      @ForAll @IntRange(min = 2, max = 12) int assets,
      @ForAll @DoubleRange(min = 0, max = 1) double capPosition,
      @ForAll long seed) {
    Random random = new Random(seed);
    RandomPortfolios.Problem problem = RandomPortfolios.problem(random, assets, capPosition);
    double cap = problem.cap();
    CovarianceMatrix covariance = problem.covariance();
    double[] mu = problem.expectedReturns();
    double riskFree = 0.0001;

    OptimizationResult result =
        new PortfolioOptimizer(cap, riskFree, 252)
            .optimise(OptimizationType.SHARPE_MAXIMIZATION, mu, covariance);

    if (result.fellBack()) {
      return; // no feasible portfolio has positive excess return; min variance is tested above
    }
    double best = RandomPortfolios.sharpe(result.weights(), mu, covariance, riskFree);
    assertThat(best).isPositive();
    for (int k = 0; k < RIVALS; k++) {
      double[] rival = RandomPortfolios.feasibleWeights(random, assets, cap);
      assertThat(best)
          .isGreaterThanOrEqualTo(
              RandomPortfolios.sharpe(rival, mu, covariance, riskFree) - 1e-7 * best);
    }
  }
}
