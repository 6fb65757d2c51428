package org.wealtharena.agents.portfolio.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LedoitWolfTest {

  /**
   * Zero-mean 3x2 example worked by hand with fractions (normalised norm ||A||² = tr(AA')/2): S =
   * X'X/3 = [[2/3, 2/3], [2/3, 8/3]], m = 5/3, d² = (1 + 1 + 8/9)/2 = 13/9; ||x_k x_k' - S||²/2 =
   * 49/18, 73/18, 28/18, so b̄² = (150/18)/9 = 25/27 < d², intensity 25/39; shrunk = 25/39·(5/3)·I
   * + 14/39·S = [[17/13, 28/117], [28/117, 79/39]].
   */
  @Test
  void matchesHandComputedThreeByTwoExample() {
    ShrunkCovariance shrunk =
        LedoitWolf.shrink(Returns.of(new double[][] {{1, 2}, {-1, 0}, {0, -2}}));

    assertThat(shrunk.intensity()).isCloseTo(25.0 / 39.0, within(1e-14));
    assertThat(shrunk.covariance().get(0, 0)).isCloseTo(17.0 / 13.0, within(1e-14));
    assertThat(shrunk.covariance().get(1, 1)).isCloseTo(79.0 / 39.0, within(1e-14));
    assertThat(shrunk.covariance().get(0, 1)).isCloseTo(28.0 / 117.0, within(1e-14));
    assertThat(shrunk.covariance().get(1, 0)).isCloseTo(28.0 / 117.0, within(1e-14));
  }

  @Property(tries = 60)
  void agreesWithALiteralImplementationOfThePublishedFormula(
      @ForAll @IntRange(min = 3, max = 40) int periods,
      @ForAll @IntRange(min = 2, max = 12) int assets,
      @ForAll long seed) {
    double[][] data = correlatedReturns(new Random(seed), periods, assets);

    ShrunkCovariance ours = LedoitWolf.shrink(Returns.of(data));
    Reference reference = literalLedoitWolf(data);

    assertThat(ours.intensity()).isCloseTo(reference.intensity, within(1e-9));
    for (int i = 0; i < assets; i++) {
      for (int j = 0; j < assets; j++) {
        assertThat(ours.covariance().get(i, j))
            .isCloseTo(reference.shrunk[i][j], within(1e-9 * Math.abs(reference.shrunk[i][i])));
      }
    }
  }

  @Test
  void singleAssetIsLeftUnshrunk() {
    // S = m·I already, so the paper's d² is 0 and its intensity 0/0; we report no shrinkage.
    ShrunkCovariance shrunk = LedoitWolf.shrink(Returns.of(new double[][] {{1}, {2}, {6}}));

    assertThat(shrunk.intensity()).isZero();
    assertThat(shrunk.covariance().get(0, 0)).isCloseTo((4 + 1 + 9) / 3.0, within(1e-14));
  }

  @Property(tries = 60)
  void shrunkMatrixIsSymmetricPositiveDefiniteWithIntensityInUnitInterval(
      @ForAll @IntRange(min = 3, max = 30) int periods,
      @ForAll @IntRange(min = 2, max = 25) int assets,
      @ForAll long seed) {
    // includes T < N, where the sample covariance itself is singular
    ShrunkCovariance shrunk =
        LedoitWolf.shrink(Returns.of(correlatedReturns(new Random(seed), periods, assets)));

    assertThat(shrunk.intensity()).isBetween(0.0, 1.0);
    CovarianceMatrix covariance = shrunk.covariance(); // of() has verified positive definiteness
    for (int i = 0; i < assets; i++) {
      for (int j = 0; j < assets; j++) {
        assertThat(covariance.get(i, j)).isEqualTo(covariance.get(j, i));
      }
    }
  }

  @Property(tries = 10)
  void intensityIsSmallWhenObservationsFarOutnumberWellConditionedAssets(@ForAll long seed) {
    Random random = new Random(seed);
    int periods = 5_000;
    double[] standardDeviations = {0.01, 0.014, 0.017, 0.02, 0.022}; // variances 1 : 2 : 3 : 4 : 5
    double[][] data = new double[periods][standardDeviations.length];
    for (double[] row : data) {
      for (int i = 0; i < row.length; i++) {
        row[i] = standardDeviations[i] * random.nextGaussian();
      }
    }

    assertThat(LedoitWolf.shrink(Returns.of(data)).intensity()).isLessThan(0.02);
  }

  @Test
  void rejectsTooFewPeriodsAndConstantReturns() {
    assertThatThrownBy(() -> LedoitWolf.shrink(Returns.of(new double[][] {{0.1, 0.2}, {0.2, 0.1}})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 3 periods");
    assertThatThrownBy(
            () ->
                LedoitWolf.shrink(Returns.of(new double[][] {{0.1, 0.2}, {0.1, 0.2}, {0.1, 0.2}})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not positive definite");
  }

  /** Returns of a few random factors plus noise, with unequal scales, so assets are correlated. */
  static double[][] correlatedReturns(Random random, int periods, int assets) {
    int factors = 2;
    double[][] loadings = new double[assets][factors];
    double[] scale = new double[assets];
    for (int i = 0; i < assets; i++) {
      for (int f = 0; f < factors; f++) {
        loadings[i][f] = random.nextGaussian();
      }
      scale[i] = 0.005 + 0.03 * random.nextDouble();
    }
    double[][] data = new double[periods][assets];
    for (double[] row : data) {
      double[] factor = {random.nextGaussian(), random.nextGaussian()};
      for (int i = 0; i < assets; i++) {
        row[i] =
            scale[i]
                * (0.001
                    + loadings[i][0] * factor[0]
                    + loadings[i][1] * factor[1]
                    + random.nextGaussian());
      }
    }
    return data;
  }

  private record Reference(double[][] shrunk, double intensity) {}

  /** The paper's formulas term by term: T outer products, explicit norms, no algebraic shortcut. */
  private static Reference literalLedoitWolf(double[][] data) {
    int t = data.length;
    int n = data[0].length;
    double[][] x = new double[t][n];
    for (int i = 0; i < n; i++) {
      double mean = 0;
      for (double[] row : data) {
        mean += row[i] / t;
      }
      for (int k = 0; k < t; k++) {
        x[k][i] = data[k][i] - mean;
      }
    }
    double[][] s = new double[n][n];
    for (double[] xk : x) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          s[i][j] += xk[i] * xk[j] / t;
        }
      }
    }
    double[][] identity = new double[n][n];
    for (int i = 0; i < n; i++) {
      identity[i][i] = 1;
    }
    double m = innerProduct(s, identity);
    double d2 = squaredNorm(plus(s, identity, -m));
    double b2bar = 0;
    for (double[] xk : x) {
      double[][] outer = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          outer[i][j] = xk[i] * xk[j];
        }
      }
      b2bar += squaredNorm(plus(outer, s, -1)) / ((double) t * t);
    }
    double b2 = Math.min(b2bar, d2);
    double a2 = d2 - b2;
    double[][] shrunk = plus(scaled(identity, b2 / d2 * m), s, a2 / d2);
    return new Reference(shrunk, b2 / d2);
  }

  /** <A, B> = tr(AB') / N, the paper's normalised inner product. */
  private static double innerProduct(double[][] a, double[][] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a.length; j++) {
        sum += a[i][j] * b[i][j];
      }
    }
    return sum / a.length;
  }

  private static double squaredNorm(double[][] a) {
    return innerProduct(a, a);
  }

  /** a + factor · b */
  private static double[][] plus(double[][] a, double[][] b, double factor) {
    double[][] sum = new double[a.length][a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a.length; j++) {
        sum[i][j] = a[i][j] + factor * b[i][j];
      }
    }
    return sum;
  }

  private static double[][] scaled(double[][] a, double factor) {
    return plus(new double[a.length][a.length], a, factor);
  }
}
