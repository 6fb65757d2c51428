package org.wealtharena.training.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StudentTTest {

  /**
   * Two-sided 95% and 99% critical values as printed in standard t tables (e.g. NIST/SEMATECH
   * 1.3.6.7.2).
   */
  @ParameterizedTest(name = "df {0}")
  @CsvSource({
    "1,    12.7062, 63.6567",
    "2,     4.3027,  9.9248",
    "3,     3.1824,  5.8409",
    "5,     2.5706,  4.0321",
    "10,    2.2281,  3.1693",
    "30,    2.0423,  2.7500",
    "100,   1.9840,  2.6259",
    "1000,  1.9623,  2.5808"
  })
  void quantilesMatchPublishedTables(double df, double t975, double t995) {
    StudentT t = new StudentT(df);
    assertThat(t.quantile(0.975)).isCloseTo(t975, within(1e-4));
    assertThat(t.quantile(0.995)).isCloseTo(t995, within(1e-4));
    assertThat(t.quantile(0.025)).isCloseTo(-t975, within(1e-4));
  }

  /** One and two degrees of freedom have closed forms: tan(π(p − ½)) and (2p − 1)/√(2p(1 − p)). */
  @Property
  void quantilesMatchClosedFormsForOneAndTwoDegrees(
      @ForAll @DoubleRange(min = 1e-6, max = 1 - 1e-6) @Scale(8) double p) {
    double cauchy = Math.tan(Math.PI * (p - 0.5));
    double two = (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
    assertThat(new StudentT(1).quantile(p))
        .isCloseTo(cauchy, within(1e-9 * Math.max(1, Math.abs(cauchy))));
    assertThat(new StudentT(2).quantile(p))
        .isCloseTo(two, within(1e-9 * Math.max(1, Math.abs(two))));
  }

  @Property
  void cumulativeInvertsQuantile(
      @ForAll @DoubleRange(min = 0.001, max = 0.999) @Scale(6) double p,
      @ForAll @DoubleRange(min = 0.5, max = 5000) double df) {
    StudentT t = new StudentT(df);
    assertThat(t.cumulative(t.quantile(p))).isCloseTo(p, within(1e-12));
  }

  @Test
  void densityIsTheDerivativeOfTheCumulative() {
    StudentT t = new StudentT(7.5);
    double h = 1e-4;
    for (double x : new double[] {-3, -0.4, 0, 1e-3, 1.1, 6}) {
      double slope = (t.cumulative(x + h) - t.cumulative(x - h)) / (2 * h);
      assertThat(t.density(x)).as("density at %s", x).isCloseTo(slope, within(1e-9));
    }
    // peak of the Cauchy density
    assertThat(new StudentT(1).density(0)).isCloseTo(1 / Math.PI, within(1e-14));
  }

  @Test
  void farTailsKeepTheirPrecision() {
    // 1 − 2⁻⁴⁰ is exact in binary, so its upper tail is exactly 2⁻⁴⁰
    double tail = Math.scalb(1.0, -40);
    double expected = 1 / Math.tan(Math.PI * tail);
    assertThat(new StudentT(1).quantile(1 - tail)).isCloseTo(expected, within(1e-12 * expected));
    double farLeft = -1 / Math.tan(Math.PI * 1e-15);
    assertThat(new StudentT(1).quantile(1e-15)).isCloseTo(farLeft, within(1e-12 * -farLeft));
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> new StudentT(0)).hasMessageContaining("degrees of freedom");
    assertThatThrownBy(() -> new StudentT(3).quantile(1)).hasMessageContaining("(0, 1)");
  }
}
