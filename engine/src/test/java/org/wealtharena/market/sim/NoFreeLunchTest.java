package org.wealtharena.market.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wealtharena.agents.AgentSeat;
import org.wealtharena.agents.AgentType;
import org.wealtharena.agents.SpecializedAgentsEpisode;
import org.wealtharena.market.Prices;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * Cross-venue arbitrage is competed away: our arbitrageur alone on the default market, over a 6.5 h
 * session on five seeds, earns nothing distinguishable from zero without a latency advantage, and a
 * positive amount with one.
 */
class NoFreeLunchTest {
  private static final double CAPITAL_DOLLARS = 1_000_000;

  /** The arbitrageur's PnL of every half hour, as dollars per hour. */
  private static List<Double> hourlyPnl(long advantageNanos, long... seeds) {
    List<Double> hourly = new ArrayList<>();
    for (long seed : seeds) {
      MarketConfig market = MarketConfig.defaultMarket();
      market = market.withFlow(market.flow().withArbitrageAdvantage(advantageNanos));
      MarketSimulation simulation = MarketSimulation.create(market, seed);
      SpecializedAgentsEpisode episode =
          SpecializedAgentsEpisode.defaultTeam(
                  simulation, new SpecializedAgentMetrics(), EnumSet.of(AgentType.ARBITRAGE))
              .build();
      AgentSeat arbitrageur = episode.seat("arb-1");
      long before = 0;
      for (int half = 0; half < 13; half++) {
        for (int step = 0; step < 1800; step++) {
          episode.step();
        }
        long pnl = arbitrageur.account().pnlMicros(episode.market());
        hourly.add(2 * Prices.toDollars(pnl - before));
        before = pnl;
      }
    }
    return hourly;
  }

  private static double mean(List<Double> x) {
    return x.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  private static double standardError(List<Double> x) {
    double m = mean(x);
    double variance = x.stream().mapToDouble(v -> (v - m) * (v - m)).sum() / (x.size() - 1);
    return Math.sqrt(variance / x.size());
  }

  @Test
  void withoutALatencyAdvantageArbitrageEarnsNothing() {
    List<Double> hourly = hourlyPnl(0, 1, 2, 3, 4, 5);
    double mean = mean(hourly);
    double se = standardError(hourly);
    System.out.printf("no advantage: mean %.2f $/h, standard error %.2f%n", mean, se);
    assertThat(Math.abs(mean))
        .as("mean hourly PnL within 2 standard errors")
        .isLessThanOrEqualTo(2 * se + 1e-9);
    assertThat(mean).as("below 0.05 %% of capital per hour").isLessThan(0.0005 * CAPITAL_DOLLARS);
  }

  @Test
  void aLatencyAdvantageEarnsAPositiveBoundedAmount() {
    List<Double> hourly = hourlyPnl(100 * SimulationClock.SECOND / 1000, 1, 2);
    double mean = mean(hourly);
    System.out.printf(
        "100 ms advantage: mean %.2f $/h, standard error %.2f%n", mean, standardError(hourly));
    assertThat(mean).isPositive().isLessThan(0.0005 * CAPITAL_DOLLARS);
  }
}
