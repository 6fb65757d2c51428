package org.wealtharena.agents.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DelayedCutsTest {

  /**
   * After any budget path observed at increasing times, the value used is the largest value in
   * force at any time in (now - grace, now]: brute force over the whole history.
   */
  @Property(tries = 300)
  void isTheLargestValueInForceDuringTheGrace(
      @ForAll @IntRange(min = 0, max = 20) int grace,
      @ForAll @IntRange(min = 1, max = 200) int observations,
      @ForAll @IntRange(min = 1, max = 6) int distinct,
      @ForAll long seed) {
    Random random = new Random(seed);
    DelayedCuts cuts = new DelayedCuts(grace);
    List<long[]> history = new ArrayList<>(); // {time, value} of every observation
    long now = 0;
    for (int k = 0; k < observations; k++) {
      now += random.nextInt(4); // budgets may change on consecutive steps or stay for a while
      long value = 1 + random.nextInt(distinct);
      history.add(new long[] {now, value});
      long used = cuts.observe(now, value);

      long expected = value;
      for (int i = 0; i < history.size() - 1; i++) {
        long endedAt = history.get(i + 1)[0]; // in force until the next observation
        if (endedAt > now - grace) {
          expected = Math.max(expected, history.get(i)[1]);
        }
      }
      assertThat(used).as("observation %d at %d", k, now).isEqualTo(expected);
    }
  }

  @Test
  void aCutRightAfterAnotherGetsItsOwnFullGrace() {
    DelayedCuts cuts = new DelayedCuts(60);
    assertThat(cuts.observe(0, 100)).isEqualTo(100);
    assertThat(cuts.observe(10, 50)).isEqualTo(100); // first cut: 100 holds until 70
    assertThat(cuts.observe(69, 50)).isEqualTo(100);
    assertThat(cuts.observe(70, 10)).isEqualTo(50); // second cut at the first one's end: 50 holds
    assertThat(cuts.observe(129, 10)).isEqualTo(50);
    assertThat(cuts.observe(130, 10)).isEqualTo(10);
    assertThat(cuts.observe(131, 80)).isEqualTo(80); // a raise applies at once
  }
}
