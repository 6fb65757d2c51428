package org.wealtharena.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wealtharena.coordination.TeamEnvironments.environment;
import static org.wealtharena.coordination.TeamEnvironments.spec;

import org.junit.jupiter.api.Test;
import org.wealtharena.coordination.coordinator.TeamObserver;
import org.wealtharena.coordination.env.TeamEpisodeReport;
import org.wealtharena.coordination.policy.HeuristicPolicies;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.venue.Fill;
import org.wealtharena.metrics.MultiAgentMetrics;

/** Centralized netting keeps teammates from trading with each other; decentralized does not. */
class SelfTradeTest {
  private static final long SEED = 11;

  private static final class FillCount implements TeamObserver {
    long ours;
    long betweenTeammates;

    @Override
    public void onFill(Fill fill, String buyerAgent, String sellerAgent) {
      ours++;
      if (buyerAgent != null && sellerAgent != null && !buyerAgent.equals(sellerAgent)) {
        betweenTeammates++;
      }
    }
  }

  @Test
  void noFillOfTheCentralizedTeamHasTeammatesOnBothSides() {
    FillCount fills = new FillCount();
    TeamEpisodeReport report =
        environment(new MultiAgentMetrics())
            .runDetailed(
                spec(CoordinationType.CENTRALIZED, SEED, 2 * SimulationClock.HOUR),
                new HeuristicPolicies(),
                fills);

    assertThat(fills.ours).isGreaterThan(1000);
    assertThat(fills.betweenTeammates).isZero();
    assertThat(report.conflicts().get("self_trade"))
        .as("crossing intents were there to net")
        .isPositive();
  }

  @Test
  void theDecentralizedTeamOfTheSameSeedHasConflictsCounted() {
    FillCount fills = new FillCount();
    TeamEpisodeReport report =
        environment(new MultiAgentMetrics())
            .runDetailed(
                spec(CoordinationType.DECENTRALIZED, SEED, 2 * SimulationClock.HOUR),
                new HeuristicPolicies(),
                fills);

    assertThat(report.conflicts().get("self_trade") + report.conflicts().get("opposing_orders"))
        .isPositive();
    assertThat(fills.betweenTeammates).as("self-trades reach the venues").isPositive();
  }
}
