package org.wealtharena.training.ppo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PpoConfigTest {

  @Test
  void configsWithTheSameSettingsAreEqualWhateverTheirArrays() {
    PpoConfig one = PpoConfig.builder().policyHiddenSizes(16, 8).build();
    PpoConfig same = PpoConfig.builder().policyHiddenSizes(16, 8).build();

    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(one).isNotEqualTo(PpoConfig.builder().policyHiddenSizes(16).build());
    assertThat(one).isNotEqualTo(PpoConfig.builder().policyHiddenSizes(16, 8).gamma(0.9).build());
    assertThat(one.toString()).contains("policyHiddenSizes=[16, 8]", "gamma=0.99");
  }
}
