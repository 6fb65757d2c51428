package org.wealtharena.agents.marketmaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ArrivalIntensityTest {
  private static final double TICK = 0.01;

  /**
   * One second of a tape whose volume reaching distance δ (on half ticks up to 4.5 ticks) is {@code
   * shares · exp(-k·δ)}.
   */
  private static void tape(ArrivalIntensity estimate, double k, double shares) {
    estimate.elapse(1.0); // as the market maker does: the second passes, then its trades are read
    int bins = 10;
    for (int i = 0; i < bins; i++) {
      double at = Math.exp(-k * i * TICK / 2);
      double beyond = i == bins - 1 ? 0 : Math.exp(-k * (i + 1) * TICK / 2);
      estimate.trade((i % 2 == 0 ? 1 : -1) * i * TICK / 2, Math.round(shares * (at - beyond)));
    }
  }

  @Test
  void recoversTheDecayAndIntensityOfAnExponentialTape() {
    ArrivalIntensity estimate = new ArrivalIntensity(TICK, 50, 1800);
    tape(estimate, 120, 1e9);
    assertThat(estimate.fit()).isTrue();
    assertThat(estimate.decay()).isCloseTo(120, within(1e-3));
    assertThat(estimate.intensity()).isCloseTo(1e9, within(1e9 * 1e-6));
  }

  @Test
  void keepsItsPriorUntilTwoDistancesHaveTrades() {
    ArrivalIntensity estimate = new ArrivalIntensity(TICK, 50, 1800);
    assertThat(estimate.fit()).isFalse();
    estimate.elapse(1.0);
    estimate.trade(TICK, 300);
    assertThat(estimate.fit()).isFalse();
    assertThat(estimate.decay()).isEqualTo(50);
  }

  @Test
  void followsAChangeOfTheTapeAsOldTradesDecay() {
    ArrivalIntensity estimate = new ArrivalIntensity(TICK, 50, 60);
    for (int s = 0; s < 600; s++) {
      tape(estimate, 200, 1e6);
    }
    estimate.fit();
    assertThat(estimate.decay()).isCloseTo(200, within(1.0));
    for (int s = 0; s < 600; s++) {
      tape(estimate, 80, 1e6);
    }
    estimate.fit();
    assertThat(estimate.decay()).isCloseTo(80, within(1.0));
  }
}
