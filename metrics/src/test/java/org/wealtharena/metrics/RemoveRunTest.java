package org.wealtharena.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.testing.Scrape;

class RemoveRunTest {

  @Test
  void removesOnlyThatRunsSeries() {
    MultiAgentMetrics m = new MultiAgentMetrics();
    m.recordMultiAgentIteration("hierarchical", 7, "run_1", 1.5);
    m.recordMultiAgentIteration("hierarchical", 3, "run_2", -0.5);
    m.recordMultiAgentIteration("centralized", 4, "run_1", 2.0);

    m.removeRun("run_1");

    PrometheusRegistry r = m.registry();
    for (String family :
        new String[] {"multi_agent_current_iteration", "multi_agent_episode_reward_mean"}) {
      assertThat(Scrape.points(r, family))
          .as(family)
          .extracting(p -> p.getLabels().get("run_id"))
          .containsExactly("run_2");
    }
    assertThat(
            Scrape.value(
                r,
                "multi_agent_current_iteration",
                "coordination_type",
                "hierarchical",
                "run_id",
                "run_2"))
        .hasValue(3.0);
    assertThat(Scrape.value(r, "multi_agent_iterations_total", "coordination_type", "hierarchical"))
        .hasValue(2.0);
  }

  @Test
  void removedRunsFreeTheirPlaceUnderTheCardinalityLimit() {
    MultiAgentMetrics m =
        new MultiAgentMetrics(MetricsOptions.builder().cardinalityLimit(2).build());
    m.recordMultiAgentIteration("hierarchical", 1, "run_1", 0);
    m.recordMultiAgentIteration("hierarchical", 1, "run_2", 0);
    m.removeRun("run_1");

    m.recordMultiAgentIteration("hierarchical", 1, "run_3", 0);

    assertThat(
            Scrape.value(
                m.registry(),
                "multi_agent_current_iteration",
                "coordination_type",
                "hierarchical",
                "run_id",
                "run_3"))
        .hasValue(1.0);
  }

  @Test
  void unknownOrNullRunIsANoOp() {
    MultiAgentMetrics m = new MultiAgentMetrics();
    m.recordMultiAgentIteration("hierarchical", 1, "run_1", 0);
    m.removeRun("run_9");
    m.removeRun(null);
    assertThat(Scrape.points(m.registry(), "multi_agent_current_iteration")).hasSize(1);
  }
}
