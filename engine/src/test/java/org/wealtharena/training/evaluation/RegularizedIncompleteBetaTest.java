package org.wealtharena.training.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegularizedIncompleteBetaTest {

  /** I_x(a, 1) = x^a and I_x(1, b) = 1 − (1 − x)^b. */
  @Property
  void closedFormsWithAParameterOfOne(
      @ForAll @DoubleRange(min = 0, max = 1) double x,
      @ForAll @DoubleRange(min = 0.1, max = 200) double other) {
    assertThat(RegularizedIncompleteBeta.value(x, other, 1))
        .isCloseTo(Math.pow(x, other), within(1e-12));
    assertThat(RegularizedIncompleteBeta.value(x, 1, other))
        .isCloseTo(1 - Math.pow(1 - x, other), within(1e-12));
  }

  @Property
  void symmetry(
      @ForAll @DoubleRange(min = 0, max = 1) double x,
      @ForAll @DoubleRange(min = 0.1, max = 500) double a,
      @ForAll @DoubleRange(min = 0.1, max = 500) double b) {
    double sum =
        RegularizedIncompleteBeta.value(x, a, b) + RegularizedIncompleteBeta.value(1 - x, b, a);
    assertThat(sum).isCloseTo(1, within(1e-12));
  }

  /** I_x(½, ½) = (2/π)·asin(√x), the arcsine distribution. */
  @ParameterizedTest
  @CsvSource({"0.001", "0.1", "0.5", "0.9", "0.999", "0.999999"})
  void arcsineLaw(double x) {
    assertThat(RegularizedIncompleteBeta.value(x, 0.5, 0.5))
        .isCloseTo(2 / Math.PI * Math.asin(Math.sqrt(x)), within(1e-13));
  }
}
