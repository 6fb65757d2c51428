package org.wealtharena.agents.marketmaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.wealtharena.market.book.Side;

/**
 * Markouts and the PnL split against a case worked by hand: a buy of 100 at 100.00 (arrival mark
 * 100.01) at 0.5 s and a sell of 200 at 100.03 (arrival mark 100.02) at 0.7 s, marked at steps 1,
 * 2, 11 and 61 s.
 */
class MarkoutsTest {
  private static final long SECOND = 1_000_000_000L;

  private static long micros(double dollars) {
    return Math.round(dollars * 1e6);
  }

  private static Markouts twoFills(int windowFills) {
    Markouts markouts = new Markouts(windowFills);
    markouts.fill(SECOND / 2, Side.BUY, 100, micros(100.00), micros(100.01));
    markouts.fill(7 * SECOND / 10, Side.SELL, 200, micros(100.03), micros(100.02));
    return markouts;
  }

  @Test
  void marksOutEachHorizonOnceItHasPassed() {
    Markouts markouts = twoFills(100);
    markouts.mark(SECOND, micros(100.02));
    assertThat(markouts.hasWindow(0)).as("0.5 s + 1 s is after the 1 s step").isFalse();

    markouts.mark(2 * SECOND, micros(100.04));
    // buy: +0.04 x 100 = 4.00; sell: 100.03 - 100.04 = -0.01 x 200 = -2.00; 2.00 / 300 shares
    assertThat(markouts.windowMean(0)).isCloseTo(2.00 / 300, within(1e-12));
    assertThat(markouts.hasWindow(1)).isFalse();
    // adverse selection so far against the mark now: 100 x 0.03 - 200 x 0.02 = -1.00
    assertThat(markouts.adverseSelectionMicros(micros(100.04))).isEqualTo(micros(-1.00));

    markouts.mark(11 * SECOND, micros(99.99));
    // buy: -0.01 x 100 = -1.00; sell: +0.04 x 200 = 8.00; 7.00 / 300
    assertThat(markouts.windowMean(1)).isCloseTo(7.00 / 300, within(1e-12));
    assertThat(markouts.hasWindow(2)).isFalse();

    markouts.mark(61 * SECOND, micros(100.10));
    // buy: +0.10 x 100 = 10.00; sell: -0.07 x 200 = -14.00; -4.00 / 300
    assertThat(markouts.windowMean(2)).isCloseTo(-4.00 / 300, within(1e-12));
    assertThat(markouts.sessionEarnedMicros(2)).isEqualTo(micros(-4.00));
    assertThat(markouts.sessionShares(2)).isEqualTo(300);
  }

  @Test
  void splitsTheMarkoutIntoSpreadCaptureAndAdverseSelection() {
    Markouts markouts = twoFills(100);
    markouts.mark(61 * SECOND, micros(100.10));
    // spread: 100 x (100.01 - 100.00) + 200 x (100.03 - 100.02) = 1.00 + 2.00
    assertThat(markouts.spreadCaptureMicros()).isEqualTo(micros(3.00));
    // adverse: 100 x (100.10 - 100.01) - 200 x (100.10 - 100.02) = 9.00 - 16.00
    assertThat(markouts.adverseSelectionMicros(micros(123.45))).isEqualTo(micros(-7.00));
    // together they are the 60 s markout of both fills
    assertThat(markouts.spreadCaptureMicros() + markouts.adverseSelectionMicros(0))
        .isEqualTo(markouts.sessionEarnedMicros(2));
  }

  @Test
  void theWindowKeepsOnlyTheLastFills() {
    Markouts markouts = twoFills(1);
    markouts.mark(2 * SECOND, micros(100.04));
    assertThat(markouts.windowMean(0)).isCloseTo(-0.01, within(1e-12));
    assertThat(markouts.sessionEarnedMicros(0)).isEqualTo(micros(2.00));
  }

  @Test
  void keepsEveryPendingFillWhenManyArriveWithinTheLongestHorizon() {
    Markouts markouts = new Markouts(10_000);
    for (int i = 0; i < 1_000; i++) {
      markouts.fill(i * SECOND / 100, Side.BUY, 1, micros(100.00), micros(100.00));
    }
    markouts.mark(100 * SECOND, micros(100.01));
    assertThat(markouts.sessionShares(2)).isEqualTo(1_000);
    assertThat(markouts.windowMean(2)).isCloseTo(0.01, within(1e-12));
  }
}
