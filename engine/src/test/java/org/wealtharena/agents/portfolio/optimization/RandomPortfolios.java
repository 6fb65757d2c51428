package org.wealtharena.agents.portfolio.optimization;

import java.util.Random;
import org.wealtharena.agents.portfolio.stats.CovarianceMatrix;
import org.wealtharena.agents.portfolio.stats.Returns;

/**
 * Random test inputs: covariances of realistic scale and correlation, feasible capped portfolios.
 */
final class RandomPortfolios {

  private RandomPortfolios() {}

  /**
   * Daily-scale covariance: volatilities 0.5%..5%, a random Wishart correlation blended with a
   * common correlation of up to 0.9 so some matrices are poorly conditioned.
   */
  static CovarianceMatrix covariance(Random random, int assets) {
    int samples = assets + 2;
    double[][] factors = new double[assets][samples];
    for (double[] row : factors) {
      for (int k = 0; k < samples; k++) {
        row[k] = random.nextGaussian();
      }
    }
    double[][] wishart = new double[assets][assets];
    for (int i = 0; i < assets; i++) {
      for (int j = 0; j < assets; j++) {
        for (int k = 0; k < samples; k++) {
          wishart[i][j] += factors[i][k] * factors[j][k];
        }
      }
    }
    double common = 0.9 * random.nextDouble();
    double[] volatility = new double[assets];
    for (int i = 0; i < assets; i++) {
      volatility[i] = 0.005 + 0.045 * random.nextDouble();
    }
    double[][] covariance = new double[assets][assets];
    for (int i = 0; i < assets; i++) {
      for (int j = 0; j < assets; j++) {
        double correlation = wishart[i][j] / Math.sqrt(wishart[i][i] * wishart[j][j]);
        double blended = (1 - common) * correlation + common;
        covariance[i][j] = volatility[i] * volatility[j] * blended;
      }
    }
    return CovarianceMatrix.of(covariance);
  }

  /**
   * Daily returns of {@code assets} assets over {@code periods} days: one common market factor plus
   * idiosyncratic noise, volatilities 0.5%..5%, so assets differ as much as real ones do.
   */
  static Returns returns(Random random, int periods, int assets) {
    double[] beta = new double[assets];
    double[] idiosyncratic = new double[assets];
    for (int i = 0; i < assets; i++) {
      double volatility = 0.005 + 0.045 * random.nextDouble();
      double marketShare = 0.8 * random.nextDouble();
      beta[i] = volatility * Math.sqrt(marketShare);
      idiosyncratic[i] = volatility * Math.sqrt(1 - marketShare);
    }
    double[][] returns = new double[periods][assets];
    for (double[] day : returns) {
      double market = random.nextGaussian();
      for (int i = 0; i < assets; i++) {
        day[i] = beta[i] * market + idiosyncratic[i] * random.nextGaussian();
      }
    }
    return Returns.of(returns);
  }

  /** Daily-scale expected returns between -0.1% and +0.2%. */
  static double[] expectedReturns(Random random, int assets) {
    double[] mu = new double[assets];
    for (int i = 0; i < assets; i++) {
      mu[i] = -0.001 + 0.003 * random.nextDouble();
    }
    return mu;
  }

  /**
   * A capped optimisation problem: a cap, then a covariance and expected returns drawn from {@code
   * random}.
   */
  record Problem(double cap, CovarianceMatrix covariance, double[] expectedReturns) {}

  /** {@code capPosition} places the cap between 1/N (0) and no cap (1). */
  static Problem problem(Random random, int assets, double capPosition) {
    double cap = capBetweenOneOverNAndOne(assets, capPosition);
    CovarianceMatrix covariance = covariance(random, assets);
    return new Problem(cap, covariance, expectedReturns(random, assets));
  }

  /**
   * A weight cap for {@code assets}: position 0 gives the tightest feasible cap 1/N, position 1 no
   * cap.
   */
  static double capBetweenOneOverNAndOne(int assets, double position) {
    return 1.0 / assets + position * (1.0 - 1.0 / assets);
  }

  /**
   * A uniformly drawn point of the simplex, pulled towards equal weights just enough to respect the
   * cap (needs maxWeight · N >= 1).
   */
  static double[] feasibleWeights(Random random, int assets, double maxWeight) {
    double[] w = new double[assets];
    double sum = 0;
    for (int i = 0; i < assets; i++) {
      w[i] = -Math.log(1 - random.nextDouble());
      sum += w[i];
    }
    double largest = 0;
    for (int i = 0; i < assets; i++) {
      w[i] /= sum;
      largest = Math.max(largest, w[i]);
    }
    double equal = 1.0 / assets;
    if (largest > maxWeight) {
      double pull = (maxWeight - equal) / (largest - equal);
      for (int i = 0; i < assets; i++) {
        w[i] = equal + pull * (w[i] - equal);
      }
    }
    return w;
  }

  static double sharpe(double[] w, double[] mu, CovarianceMatrix covariance, double riskFree) {
    double excess = 0;
    for (int i = 0; i < w.length; i++) {
      excess += w[i] * (mu[i] - riskFree);
    }
    return excess / Math.sqrt(covariance.portfolioVariance(w));
  }
}
