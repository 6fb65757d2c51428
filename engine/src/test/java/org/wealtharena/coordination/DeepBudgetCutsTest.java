package org.wealtharena.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.wealtharena.coordination.env.TeamConfig;
import org.wealtharena.coordination.env.TeamEnvironment;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.metrics.MetricsOptions;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * A coordinator that moves the capital back and forth between two agents makes deep cuts, some
 * right after another: the agents trade down to their new budgets within the grace each cut gets,
 * and quote only what their free cash funds, so the reallocations cost no critical violation (the
 * team reward is its PnL alone, with no penalty in it).
 */
class DeepBudgetCutsTest {

  /**
   * Market maker's capital logit per interval, in a cycle (the portfolio gets the opposite, the
   * arbitrageur nothing): all for two intervals, half, then none for three. So the market maker is
   * cut to half and, an interval later, to nothing; the portfolio from all to nothing.
   */
  private static final double[] MARKET_MAKER_CYCLE = {10, 10, 0, -10, -10, -10};

  /**
   * All, then a sliver (8 % of the capital, the rest to the portfolio) while the market maker still
   * quotes at full aggressiveness: the inventory the whole capital bought can leave it no free cash
   * to bid with in the symbols where it is flat. (Quoting regardless, it had bids denied as
   * critical breaches on seed 11.)
   */
  private static final double[] SLIVER_CYCLE = {10, 10, -1.25, -1.25};

  private static AllocationPolicies seesaw(double[] marketMakerCycle) {
    return (role, observationSize, actionSize) ->
        new AllocationPolicy() {
          private int decisions;

          @Override
          public void act(double[] observation, double[] action) {
            double marketMaker = marketMakerCycle[decisions++ % marketMakerCycle.length];
            double[] capital = {marketMaker, -10, -marketMaker}; // mm-1, arb-1, portfolio-1
            for (int agent = 0; agent < 3; agent++) {
              action[3 * agent] = capital[agent];
              action[3 * agent + 1] = 0; // risk split equally: cuts of capital alone
              action[3 * agent + 2] = 10;
            }
          }

          @Override
          public void reward(double reward, boolean episodeDone) {}
        };
  }

  @Test
  void deepCutsInARowCostNoCriticalViolation() {
    assertNoPenalty(MARKET_MAKER_CYCLE);
  }

  @Test
  void aMarketMakerCutToASliverQuotesNothingItCannotFund() {
    assertNoPenalty(SLIVER_CYCLE);
  }

  private static void assertNoPenalty(double[] marketMakerCycle) {
    TeamConfig team = TeamConfig.defaults();
    TeamEnvironment environment =
        new TeamEnvironment(
            MarketConfig.defaultMarket(),
            team,
            new MultiAgentMetrics(MetricsOptions.builder().build()),
            new SpecializedAgentMetrics(MetricsOptions.builder().build()));
    for (long seed : new long[] {11, 12, 13}) {
      TeamEpisodeResult result =
          environment.run(
              new TeamEpisodeSpec(
                  CoordinationType.HIERARCHICAL,
                  seed,
                  20 * SimulationClock.MINUTE,
                  SimulationClock.SECOND),
              seesaw(marketMakerCycle));
      double pnlOnly =
          team.coordination().reward().reward(Math.round(result.team().pnlDollars() * 1e6), 0);
      assertThat(result.agents().get(0).pnlDollars()).as("the market maker traded").isNotZero();
      assertThat(result.teamReward()).as("seed %d", seed).isCloseTo(pnlOnly, within(1e-9));
    }
  }
}
