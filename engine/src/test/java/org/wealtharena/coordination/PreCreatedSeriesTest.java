package org.wealtharena.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wealtharena.coordination.TeamEnvironments.environment;
import static org.wealtharena.coordination.TeamEnvironments.spec;
import static org.wealtharena.coordination.TeamEnvironments.strictMultiAgent;

import org.junit.jupiter.api.Test;
import org.wealtharena.coordination.env.TeamEnvironment;
import org.wealtharena.coordination.policy.HeuristicPolicies;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.testing.Scrape;

/**
 * An environment creates the series of the coordination types and methods that really run, not
 * every combination at zero: a hierarchical team exposes nothing of the other types, nor their
 * allocation methods.
 */
class PreCreatedSeriesTest {

  @Test
  void onlyTheTypeThatRunsAndItsMethodsHaveSeries() {
    MultiAgentMetrics metrics = strictMultiAgent();
    TeamEnvironment environment = environment(metrics);
    assertThat(Scrape.text(metrics.registry()))
        .as("nothing before the first episode")
        .doesNotContain("coordination_type=\"");

    environment.run(
        spec(CoordinationType.HIERARCHICAL, 7, 5 * SimulationClock.MINUTE),
        new HeuristicPolicies());

    String text = Scrape.text(metrics.registry());
    assertThat(text)
        .contains("coordination_type=\"hierarchical\"")
        .contains("method=\"meta_allocation\"")
        .contains("method=\"routing\"")
        .doesNotContain("coordination_type=\"centralized\"")
        .doesNotContain("coordination_type=\"decentralized\"")
        .doesNotContain("method=\"central_allocation\"")
        .doesNotContain("method=\"independent\"");
  }
}
