package org.wealtharena.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wealtharena.coordination.TeamEnvironments.environment;
import static org.wealtharena.coordination.TeamEnvironments.spec;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wealtharena.coordination.env.TeamEnvironment;
import org.wealtharena.coordination.policy.HeuristicPolicies;
import org.wealtharena.coordination.policy.NeutralPolicies;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.metrics.MultiAgentMetrics;

/**
 * The learning signal responds to the allocation: the team reward of fixed allocations lies far
 * apart, and some allocation beats the neutral split. (On a market where the background
 * arbitrageurs are slower than the team, {@code ArbitrageMarkets}; in the default market arbitrage
 * earns next to nothing.)
 */
class AllocationResponseTest {
  private static final long[] SEEDS = {101, 102};

  /** Fixed logits per agent (mm-1, arb-1, portfolio-1): capital, risk, aggressiveness. */
  private static AllocationPolicies fixed(double... logits) {
    return (role, observationSize, actionSize) ->
        new AllocationPolicy() {
          @Override
          public void act(double[] observation, double[] action) {
            System.arraycopy(logits, 0, action, 0, actionSize);
          }

          @Override
          public void reward(double reward, boolean episodeDone) {}
        };
  }

  private static double meanReward(TeamEnvironment environment, AllocationPolicies policies) {
    double sum = 0;
    for (long seed : SEEDS) {
      sum +=
          environment
              .run(spec(CoordinationType.HIERARCHICAL, seed, SimulationClock.HOUR), policies)
              .teamReward();
    }
    return sum / SEEDS.length;
  }

  @Test
  void theAllocationChangesTheTeamReward() {
    TeamEnvironment environment = environment(new MultiAgentMetrics());
    Map<String, Double> table = new LinkedHashMap<>();
    table.put("neutral (equal, aggr 0.5)", meanReward(environment, new NeutralPolicies()));
    table.put("heuristic", meanReward(environment, new HeuristicPolicies()));
    table.put("equal, aggr 1.0", meanReward(environment, fixed(0, 0, 5, 0, 0, 5, 0, 0, 5)));
    table.put("market-maker heavy", meanReward(environment, fixed(2, 2, 3, 0, 0, 0, 0, 0, 0)));
    table.put("arbitrage heavy", meanReward(environment, fixed(0, 0, 0, 2, 2, 3, 0, 0, 0)));
    table.put(
        "arbitrage only (mm off)", meanReward(environment, fixed(-5, -5, -5, 3, 3, 5, 0, 0, 0)));
    table.forEach(
        (name, reward) ->
            System.out.printf(Locale.ROOT, "allocation-vs-reward: %-28s %8.2f%n", name, reward));

    double neutral = table.get("neutral (equal, aggr 0.5)");
    double best = table.values().stream().mapToDouble(Double::doubleValue).max().getAsDouble();
    double worst = table.values().stream().mapToDouble(Double::doubleValue).min().getAsDouble();
    // what a learner can act on: some allocation beats the neutral split, and the allocations'
    // rewards lie more than a reward unit ($1000) an hour apart
    assertThat(best).isGreaterThan(neutral);
    assertThat(best - worst).isGreaterThan(1);
    assertThat(table.get("heuristic")).isNotEqualTo(neutral);
  }
}
