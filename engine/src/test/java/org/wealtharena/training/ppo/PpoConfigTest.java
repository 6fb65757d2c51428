package org.wealtharena.training.ppo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PpoConfigTest {

  @Test
  void configsWithTheSameSettingsAreEqualWhateverTheirArrays() {
    PpoConfig one = PpoConfig.builder().policyHiddenSizes(16, 8).build();
    PpoConfig same = PpoConfig.builder().policyHiddenSizes(16, 8).build();

    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(one).isNotEqualTo(PpoConfig.builder().policyHiddenSizes(16).build());
    assertThat(one).isNotEqualTo(PpoConfig.builder().policyHiddenSizes(16, 8).gamma(0.9).build());
    assertThat(one.toString()).contains("policyHiddenSizes=[16, 8]", "gamma=0.0");
  }

  @Test
  void annealingLowersTheLearningRateLinearlyAsCleanRlDoes() {
    PpoConfig annealed = PpoConfig.builder().annealLearningRate(true).build();
    assertThat(annealed.learningRateScale(1, 4)).isEqualTo(1.0);
    assertThat(annealed.learningRateScale(3, 4)).isEqualTo(0.5);
    assertThat(annealed.learningRateScale(100, 100)).isCloseTo(0.01, within(1e-15));

    PpoConfig constant = PpoConfig.builder().build();
    assertThat(constant.learningRateScale(100, 100)).isEqualTo(1.0);
    assertThatThrownBy(() -> constant.learningRateScale(5, 4))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
