package org.wealtharena.training.evaluation;

import org.ojalgo.function.special.GammaFunction;

/**
 * The regularized incomplete beta function I_x(a, b), by its continued fraction (DLMF 8.17.22;
 * Press et al., Numerical Recipes, 3rd ed., §6.4) evaluated with the modified Lentz method (ibid.
 * §5.2). ojAlgo's own {@code BetaFunction.Regularized} loses accuracy near x = 1 and returns NaN
 * for large a, so only its log-gamma is used here. Callers with x close to 1 should pass the
 * complement instead (I_x(a, b) = 1 − I_{1−x}(b, a)) when they know it more precisely than 1 − x.
 */
final class RegularizedIncompleteBeta {

  private static final int MAX_TERMS = 10_000;
  private static final double EPSILON = 1e-15;
  private static final double TINY = 1e-300;

  private RegularizedIncompleteBeta() {}

  static double value(double x, double a, double b) {
    if (!(a > 0) || !(b > 0)) {
      throw new IllegalArgumentException("a and b must be positive, got a=" + a + ", b=" + b);
    }
    if (!(x >= 0 && x <= 1)) {
      throw new IllegalArgumentException("x must be in [0, 1], got " + x);
    }
    if (x == 0 || x == 1) {
      return x;
    }
    // the fraction converges fast only below the mean of the beta distribution; use symmetry above
    // it
    if (x > (a + 1) / (a + b + 2)) {
      return 1 - value(1 - x, b, a);
    }
    double logFront = a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b);
    return Math.exp(logFront) * continuedFraction(x, a, b) / a;
  }

  static double logBeta(double a, double b) {
    return GammaFunction.Logarithmic.gamma(a)
        + GammaFunction.Logarithmic.gamma(b)
        - GammaFunction.Logarithmic.gamma(a + b);
  }

  private static double continuedFraction(double x, double a, double b) {
    double c = 1;
    double d = nonZero(1 - (a + b) * x / (a + 1));
    d = 1 / d;
    double fraction = d;
    for (int m = 1; m <= MAX_TERMS; m++) {
      // even step: d_{2m}
      double even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
      d = 1 / nonZero(1 + even * d);
      c = nonZero(1 + even / c);
      fraction *= d * c;
      // odd step: d_{2m+1}
      double odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
      d = 1 / nonZero(1 + odd * d);
      c = nonZero(1 + odd / c);
      double delta = d * c;
      fraction *= delta;
      if (Math.abs(delta - 1) < EPSILON) {
        return fraction;
      }
    }
    throw new ArithmeticException(
        "incomplete beta did not converge for x=" + x + ", a=" + a + ", b=" + b);
  }

  private static double nonZero(double value) {
    return Math.abs(value) < TINY ? TINY : value;
  }
}
