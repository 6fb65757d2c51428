package org.wealtharena.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.wealtharena.coordination.env.TeamConfig;
import org.wealtharena.market.Prices;

class RewardSpecTest {

  @Test
  void theOneDefaultPaysAUnitPerThousandDollarsAndTakesAUnitPerCritical() {
    RewardSpec spec = RewardSpec.defaults();
    assertThat(spec.reward(Prices.toMicros(2_500), 0)).isEqualTo(2.5);
    assertThat(spec.reward(Prices.toMicros(2_500), 2)).isEqualTo(0.5);
    assertThat(spec.reward(Prices.toMicros(-700), 1)).isCloseTo(-1.7, within(1e-12));
    assertThat(spec.riskManagerReward(3)).isEqualTo(-3.0);
  }

  @Test
  void theCoordinatedTeamIsPaidByTheSameDefault() {
    assertThat(TeamConfig.defaults().coordination().reward()).isEqualTo(RewardSpec.defaults());
  }

  @Test
  void theUnitAndThePenaltyScaleTheReward() {
    RewardSpec spec = new RewardSpec(100, 0.5);
    assertThat(spec.reward(Prices.toMicros(250), 3)).isEqualTo(2.5 - 1.5);
    assertThat(spec.riskManagerReward(4)).isEqualTo(-2.0);
  }

  @Test
  void aUnitMustBePositiveAndAPenaltyNotNegative() {
    assertThatThrownBy(() -> new RewardSpec(0, 1)).hasMessageContaining("dollarsPerUnit");
    assertThatThrownBy(() -> new RewardSpec(Double.POSITIVE_INFINITY, 1))
        .hasMessageContaining("dollarsPerUnit");
    assertThatThrownBy(() -> new RewardSpec(1000, -1)).hasMessageContaining("penaltyPerCritical");
  }
}
