package org.wealtharena.agents.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.wealtharena.agents.portfolio.risk.RiskMeasures;

class SortedWindowTest {

  /**
   * After any stream of values (ties and evictions included) the window is the last values, sorted.
   */
  @Property(tries = 200)
  void holdsTheLastValuesSorted(
      @ForAll @IntRange(min = 1, max = 50) int capacity,
      @ForAll @IntRange(min = 0, max = 200) int added,
      @ForAll @IntRange(min = 0, max = 8) int distinct,
      @ForAll long seed) {
    Random random = new Random(seed);
    double[] stream = new double[added];
    SortedWindow window = new SortedWindow(capacity);
    for (int k = 0; k < added; k++) {
      stream[k] =
          distinct == 0 ? random.nextGaussian() : random.nextInt(distinct + 1) - distinct / 2;
      window.add(stream[k]);
    }
    double[] expected = Arrays.copyOfRange(stream, Math.max(0, added - capacity), added);
    Arrays.sort(expected);

    assertThat(Arrays.copyOf(window.sortedValues(), window.size())).containsExactly(expected);
    if (window.size() > 0) {
      assertThat(RiskMeasures.valueAtRiskOfSorted(window.sortedValues(), window.size(), 0.95))
          .isEqualTo(
              RiskMeasures.valueAtRisk(
                  Arrays.copyOfRange(stream, added - window.size(), added), 0.95));
    }
  }
}
