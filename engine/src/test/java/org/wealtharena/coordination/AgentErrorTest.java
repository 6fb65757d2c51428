package org.wealtharena.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wealtharena.coordination.TeamEnvironments.environment;
import static org.wealtharena.coordination.TeamEnvironments.spec;
import static org.wealtharena.coordination.TeamEnvironments.strictMultiAgent;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wealtharena.agents.AgentType;
import org.wealtharena.agents.DecisionContext;
import org.wealtharena.agents.IntentSink;
import org.wealtharena.agents.TradingAgent;
import org.wealtharena.coordination.coordinator.TeamObserver;
import org.wealtharena.coordination.env.TeamConfig;
import org.wealtharena.coordination.env.TeamEpisodeReport;
import org.wealtharena.coordination.env.TeamFactory;
import org.wealtharena.coordination.policy.HeuristicPolicies;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.testing.Scrape;

/** An agent that throws is counted and halted; the episode and the rest of the team go on. */
class AgentErrorTest {

  /** Throws at its 100th decision. */
  private static final class FailingAgent implements TradingAgent {
    private int decisions;

    @Override
    public String id() {
      return "broken-1";
    }

    @Override
    public AgentType type() {
      return AgentType.PORTFOLIO;
    }

    @Override
    public void decide(DecisionContext context, IntentSink sink) {
      if (++decisions == 100) {
        throw new IllegalStateException("broken on purpose");
      }
    }
  }

  @Test
  void anAgentsExceptionIsCountedAndTheEpisodeCompletes() {
    TeamFactory withBroken =
        (symbols, metrics) -> {
          List<TradingAgent> team = new ArrayList<>(TeamFactory.DEFAULT.agents(symbols, metrics));
          team.add(new FailingAgent());
          return team;
        };
    MultiAgentMetrics metrics = strictMultiAgent();
    TeamEpisodeReport report =
        environment(metrics, TeamConfig.defaults().withAgents(withBroken))
            .runDetailed(
                spec(CoordinationType.HIERARCHICAL, 9, 10 * SimulationClock.MINUTE),
                new HeuristicPolicies(),
                TeamObserver.NONE);

    assertThat(
            Scrape.value(
                metrics.registry(),
                "multi_agent_errors_total",
                "error_type",
                "illegal_state",
                "coordination_type",
                "hierarchical"))
        .hasValue(1);
    assertThat(report.steps()).isEqualTo(600);
    assertThat(report.result().agents())
        .extracting(AgentEpisodeResult::agentId)
        .containsExactly("mm-1", "arb-1", "portfolio-1", "broken-1", "risk-1");
    assertThat(report.agents().get(1).pnlDollars()).as("the others kept trading").isNotZero();
    assertThat(
            Scrape.value(
                metrics.registry(), "active_agents_count", "coordination_type", "hierarchical"))
        .hasValue(3);
  }
}
