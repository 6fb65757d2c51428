package org.wealtharena.market.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.wealtharena.market.IntradayProfile;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.regime.Regime;
import org.wealtharena.market.regime.RegimeEffects;
import org.wealtharena.market.regime.RegimePath;
import org.wealtharena.market.regime.RegimeSpec;

class FundamentalPathsTest {

  @Test
  void choleskyFactorReproducesTheMatrix() {
    double[][] c = {{1, 0.6, 0.3}, {0.6, 1, 0.5}, {0.3, 0.5, 1}};
    double[][] l = Cholesky.factor(c);
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        double sum = 0;
        for (int k = 0; k < 3; k++) {
          sum += l[i][k] * l[j][k];
        }
        assertThat(sum).isCloseTo(c[i][j], within(1e-12));
      }
    }
  }

  @Test
  void rejectsMatricesThatAreNotCorrelations() {
    assertThatThrownBy(
            () -> Cholesky.factor(new double[][] {{1, 0.9, 0.9}, {0.9, 1, -0.9}, {0.9, -0.9, 1}}))
        .hasMessageContaining("positive definite");
    assertThatThrownBy(() -> Cholesky.factor(new double[][] {{1, 0.5}, {0.4, 1}}))
        .hasMessageContaining("symmetric");
    assertThatThrownBy(() -> Cholesky.factor(new double[][] {{2, 0}, {0, 1}}))
        .hasMessageContaining("diagonal");
  }

  @Test
  void returnsHaveTheConfiguredCorrelationAndVolatility() {
    double[][] c = {{1, 0.7}, {0.7, 1}};
    GeometricBrownianMotion gbm = new GeometricBrownianMotion(0, 0.3);
    FundamentalPaths paths =
        new FundamentalPaths(
            List.of(new SymbolSpec("A", 100, gbm), new SymbolSpec("B", 50, gbm)),
            c,
            ShockSpec.none(),
            new RegimePath(RegimeSpec.none(), new SplittableRandom(12)),
            IntradayProfile.flat(),
            new SplittableRandom(11));
    int n = 20_000;
    double[] a = new double[n];
    double[] b = new double[n];
    long step = SimulationClock.MINUTE;
    for (int i = 0; i < n; i++) {
      double pa = paths.price(0);
      double pb = paths.price(1);
      paths.advanceTo((i + 1) * step);
      a[i] = Math.log(paths.price(0) / pa);
      b[i] = Math.log(paths.price(1) / pb);
    }
    assertThat(correlation(a, b)).isCloseTo(0.7, within(0.03));
    double annualised = Math.sqrt(variance(a) * PriceProcess.TRADING_YEAR_NANOS / step);
    assertThat(annualised).isCloseTo(0.3, within(0.01));
  }

  @Test
  void aMeanRevertingStretchPullsThePricesBackToWhereItBegan() {
    double halfLifeMinutes = 3;
    double perHour = Math.log(2) * 60 / halfLifeMinutes;
    RegimeSpec reverting =
        RegimeSpec.only(
            Regime.MEAN_REVERTING, RegimeEffects.builder(1, 1).reversion(perHour).build());
    double volatility = 0.3;
    GeometricBrownianMotion gbm = new GeometricBrownianMotion(0, volatility);
    long horizon = 2 * SimulationClock.HOUR;
    int sessions = 400;
    double[] pulled = new double[sessions];
    double[] free = new double[sessions];
    for (int seed = 0; seed < sessions; seed++) {
      pulled[seed] = logReturnOver(horizon, gbm, reverting, seed);
      free[seed] = logReturnOver(horizon, gbm, RegimeSpec.none(), seed);
    }
    double hourlyVariance =
        volatility * volatility * SimulationClock.HOUR / PriceProcess.TRADING_YEAR_NANOS;
    // Ornstein-Uhlenbeck: the spread settles at sigma / sqrt(2 kappa); without a pull it grows
    // as sigma sqrt(t).
    assertThat(Math.sqrt(variance(pulled)))
        .isCloseTo(
            Math.sqrt(hourlyVariance / (2 * perHour)),
            within(0.2 * Math.sqrt(hourlyVariance / (2 * perHour))));
    assertThat(Math.sqrt(variance(free)))
        .isCloseTo(Math.sqrt(hourlyVariance * 2), within(0.2 * Math.sqrt(hourlyVariance * 2)));
  }

  private static double logReturnOver(
      long horizon, PriceProcess process, RegimeSpec regimes, long seed) {
    FundamentalPaths paths =
        new FundamentalPaths(
            List.of(new SymbolSpec("A", 100, process)),
            new double[][] {{1}},
            ShockSpec.none(),
            new RegimePath(regimes, new SplittableRandom(seed)),
            IntradayProfile.flat(),
            new SplittableRandom(seed + 1_000));
    for (long t = SimulationClock.SECOND; t <= horizon; t += SimulationClock.SECOND) {
      paths.advanceTo(t);
    }
    return Math.log(paths.price(0) / 100);
  }

  @Test
  void ornsteinUhlenbeckPullsBackToItsLevel() {
    OrnsteinUhlenbeck ou = new OrnsteinUhlenbeck(0.2, 50, 100);
    SplittableRandom random = new SplittableRandom(3);
    double price = 150;
    for (int day = 0; day < 252; day++) {
      price = ou.next(price, 1 / 252.0, random.nextGaussian(), 0, random);
    }
    assertThat(price).isBetween(90.0, 110.0);
  }

  @Test
  void mertonJumpsShowUpAsLargeMoves() {
    MertonJumpDiffusion jumpy = new MertonJumpDiffusion(0, 0.2, 2_000, 0, 0.05);
    MertonJumpDiffusion calm = new MertonJumpDiffusion(0, 0.2, 0, 0, 0.05);
    assertThat(largeMoves(jumpy)).isGreaterThan(50);
    assertThat(largeMoves(calm)).isZero();
  }

  private static int largeMoves(PriceProcess process) {
    SplittableRandom random = new SplittableRandom(5);
    double dt = 1.0 / (252 * 390); // one minute
    int large = 0;
    double price = 100;
    for (int i = 0; i < 10_000; i++) {
      double next = process.next(price, dt, random.nextGaussian(), 0, random);
      if (Math.abs(Math.log(next / price)) > 0.02) {
        large++;
      }
      price = next;
    }
    return large;
  }

  private static double correlation(double[] x, double[] y) {
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
    }
    return sxy / x.length / Math.sqrt(variance(x) * variance(y));
  }

  private static double variance(double[] x) {
    double m = mean(x);
    double s = 0;
    for (double v : x) {
      s += (v - m) * (v - m);
    }
    return s / x.length;
  }

  private static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }
}
