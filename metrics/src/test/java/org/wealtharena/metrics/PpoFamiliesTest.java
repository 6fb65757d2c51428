package org.wealtharena.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.testing.Scrape;

class PpoFamiliesTest {

  private final MultiAgentMetrics metrics =
      new MultiAgentMetrics(MetricsOptions.builder().strict(true).build());
  private final CoordinationMetrics hierarchical = metrics.coordination("hierarchical");

  private double ppo(String family, String policy) {
    return Scrape.value(
            metrics.registry(),
            family,
            "coordination_type",
            "hierarchical",
            "run_id",
            "run_1",
            "policy",
            policy)
        .orElseThrow();
  }

  @Test
  void anUpdatePublishesEachStatisticUnderItsPolicy() {
    hierarchical.ppoUpdate(
        "run_1", "meta_controller", new PpoUpdateStatistics(-0.02, 0.3, 1.1, 0.01, 0.15, 0.4));
    hierarchical.ppoUpdate(
        "run_1", "planner", new PpoUpdateStatistics(0.05, 2.0, -0.5, 0.03, 0.25, -1.5));

    assertThat(ppo("multi_agent_policy_loss", "meta_controller")).isEqualTo(-0.02);
    assertThat(ppo("multi_agent_value_loss", "meta_controller")).isEqualTo(0.3);
    assertThat(ppo("multi_agent_policy_entropy", "meta_controller")).isEqualTo(1.1);
    assertThat(ppo("multi_agent_approx_kl", "meta_controller")).isEqualTo(0.01);
    assertThat(ppo("multi_agent_clip_fraction", "meta_controller")).isEqualTo(0.15);
    assertThat(ppo("multi_agent_explained_variance", "meta_controller")).isEqualTo(0.4);
    assertThat(ppo("multi_agent_policy_entropy", "planner")).isEqualTo(-0.5);
    assertThat(ppo("multi_agent_explained_variance", "planner")).isEqualTo(-1.5);
  }

  @Test
  void aNonFiniteStatisticKeepsTheLastValueAndIsNotARejection() {
    hierarchical.ppoUpdate(
        "run_1", "meta_controller", new PpoUpdateStatistics(-0.02, 0.3, 1.1, 0.01, 0.15, 0.4));
    // strict mode would throw on a rejected sample
    hierarchical.ppoUpdate(
        "run_1",
        "meta_controller",
        new PpoUpdateStatistics(-0.01, 0.2, 1.0, 0.02, 0.1, Double.NaN));

    assertThat(ppo("multi_agent_explained_variance", "meta_controller")).isEqualTo(0.4);
    assertThat(ppo("multi_agent_value_loss", "meta_controller")).isEqualTo(0.2);
  }

  @Test
  void evaluationRewardHasItsMeanAndBothBounds() {
    hierarchical.evaluationReward("run_1", "best_constant", 21.9, 21.0, 22.8);

    PrometheusRegistry r = metrics.registry();
    for (String[] bound : new String[][] {{"mean", "21.9"}, {"lower", "21.0"}, {"upper", "22.8"}}) {
      assertThat(
              Scrape.value(
                  r,
                  "multi_agent_evaluation_reward",
                  "coordination_type",
                  "hierarchical",
                  "run_id",
                  "run_1",
                  "policy",
                  "best_constant",
                  "bound",
                  bound[0]))
          .as(bound[0])
          .hasValue(Double.parseDouble(bound[1]));
    }
  }
}
