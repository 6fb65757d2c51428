package org.wealtharena.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SlidingWindowRatioTest {

  @Test
  void fillRateOverTheLastQuotesIsExactOnAScriptedSequence() {
    SlidingWindowRatio fills = new SlidingWindowRatio(3);
    assertThat(fills.isEmpty()).isTrue();
    assertThat(fills.ratio()).isZero();

    fills.add(1, 100, 0);
    fills.add(2, 200, 0);
    assertThat(fills.credit(1, 40)).isTrue();
    assertThat(fills.ratio()).isEqualTo(40.0 / 300);

    fills.credit(2, 200);
    fills.add(3, 100, 0);
    assertThat(fills.ratio()).isEqualTo(240.0 / 400);

    // The fourth quote evicts the first, with the 40 shares it filled.
    fills.add(4, 100, 0);
    assertThat(fills.ratio()).isEqualTo(200.0 / 400);
    assertThat(fills.credit(1, 60)).as("quote 1 left the window").isFalse();
    assertThat(fills.ratio()).isEqualTo(200.0 / 400);

    // A fill never counts more than the quote posted.
    fills.credit(3, 500);
    assertThat(fills.ratio()).isEqualTo(300.0 / 400);
    assertThat(fills.size()).isEqualTo(3);
  }

  @Test
  void successRateCountsOutcomesOfTheLastExecutions() {
    SlidingWindowRatio outcomes = new SlidingWindowRatio(2);
    outcomes.add(0, 1, 1);
    outcomes.add(1, 1, 0);
    assertThat(outcomes.ratio()).isEqualTo(0.5);
    outcomes.add(2, 1, 0);
    assertThat(outcomes.ratio()).isZero();
  }

  @Test
  void rejectsBadCapacityNamingIt() {
    assertThatThrownBy(() -> new SlidingWindowRatio(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacity");
  }
}
