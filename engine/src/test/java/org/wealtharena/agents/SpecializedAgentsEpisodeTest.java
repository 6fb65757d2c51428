package org.wealtharena.agents;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.snapshots.DataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wealtharena.agents.risk.RiskLimits;
import org.wealtharena.agents.risk.RiskManager;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.sim.ArbitrageMarkets;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.market.sim.MarketSimulation;
import org.wealtharena.metrics.MetricsOptions;
import org.wealtharena.metrics.SpecializedAgentMetrics;
import org.wealtharena.metrics.testing.Catalog;
import org.wealtharena.metrics.testing.Scrape;

/** The default team over one simulated hour of the embedded market. */
class SpecializedAgentsEpisodeTest {
  private static final List<String> ENDPOINT_2 = List.copyOf(Catalog.SPECIALIZED.keySet());

  private static SpecializedAgentMetrics metrics;
  private static SpecializedAgentsEpisode episode;
  private static EpisodeOutcomes result;

  @BeforeAll
  static void runDefaultEpisode() {
    metrics = new SpecializedAgentMetrics(MetricsOptions.builder().strict(true).build());
    MarketSimulation simulation = MarketSimulation.create(ArbitrageMarkets.slowCompetition(), 42);
    episode = SpecializedAgentsEpisode.defaultTeam(simulation, metrics).build();
    result = episode.run(SimulationClock.HOUR);
    result.outcomes().forEach(o -> System.out.println("default episode: " + o));
    System.out.printf(
        "default episode: %.1f us per decision step (wall, incl. market)%n",
        result.meanStepMicros());
  }

  @Test
  void everyEndpoint2FamilyHasASample() {
    for (String family : ENDPOINT_2) {
      assertThat(Scrape.points(metrics.registry(), family)).as(family).isNotEmpty();
    }
    assertThat(
            Scrape.value(
                metrics.registry(),
                "specialized_agent_episodes_total",
                "agent_id",
                "risk-1",
                "agent_type",
                "risk_manager"))
        .hasValue(1);
    assertThat(
            Scrape.value(
                metrics.registry(),
                "specialized_agent_errors_total",
                "agent_id",
                "mm-1",
                "agent_type",
                "market_maker",
                "error_type",
                "illegal_state"))
        .hasValue(0);
  }

  @Test
  void whatIsHeldBackBetweenPublicationsIsPublishedAtTheEnd() {
    // 3600 one-second steps: the last publication on the cadence came 3600 % PUBLISH_EVERY steps
    // before the end.
    assertThat(3600 % MetricsCadence.PUBLISH_EVERY).isNotZero();
    for (String agent : List.of("mm-1", "arb-1", "portfolio-1")) {
      assertThat(
              Scrape.value(
                  metrics.registry(),
                  "risk_manager_checks_total",
                  "agent_id",
                  agent,
                  "check_type",
                  "drawdown"))
          .as("one post-trade drawdown check of %s per step", agent)
          .hasValue(3600);
    }
    AgentSeat marketMaker = episode.seat("mm-1");
    for (String symbol : marketMaker.market().symbols()) {
      long position = marketMaker.account().position(marketMaker.market().symbolIndex(symbol));
      assertThat(
              Scrape.value(
                  metrics.registry(),
                  "market_maker_inventory",
                  "agent_id",
                  "mm-1",
                  "symbol",
                  symbol))
          .as("inventory of %s at the end", symbol)
          .hasValue((double) position);
    }
  }

  @Test
  void fillAndSuccessRatesAreComputedRatios() {
    List<Double> fillRates = gauges("market_maker_fill_rate");
    List<Double> successRates = gauges("arbitrage_success_rate");
    assertThat(fillRates).hasSize(5).allSatisfy(rate -> assertThat(rate).isBetween(0.0, 1.0));
    assertThat(successRates).hasSize(5).allSatisfy(rate -> assertThat(rate).isBetween(0.0, 1.0));
    // Computed from what happened: quotes did fill, but far from all of them.
    assertThat(fillRates).anySatisfy(rate -> assertThat(rate).isStrictlyBetween(0.0, 1.0));
    double executions = Scrape.points(metrics.registry(), "arbitrage_executions_total").size();
    assertThat(executions).isPositive();
    assertThat(result.outcome("arb-1").fills()).isPositive();
    assertThat(result.outcome("mm-1").fills()).isPositive();
    assertThat(result.outcome("portfolio-1").fills()).isPositive();
  }

  private static List<Double> gauges(String family) {
    List<? extends DataPointSnapshot> points = Scrape.points(metrics.registry(), family);
    return points.stream().map(p -> ((GaugeDataPointSnapshot) p).getValue()).toList();
  }

  @Test
  void theSameSeedGivesTheSameOutcomes() {
    assertThat(tenMinutes(7).outcomes()).isEqualTo(tenMinutes(7).outcomes());
    assertThat(tenMinutes(7).outcomes()).isNotEqualTo(tenMinutes(8).outcomes());
  }

  private static EpisodeOutcomes tenMinutes(long seed) {
    SpecializedAgentMetrics fresh = new SpecializedAgentMetrics();
    MarketSimulation simulation = MarketSimulation.create(MarketConfig.defaultMarket(), seed);
    return SpecializedAgentsEpisode.defaultTeam(simulation, fresh)
        .build()
        .run(10 * SimulationClock.MINUTE);
  }

  @Test
  void everyAgentIsPaidByTheDefaultRewardSpec() {
    RewardSpec spec = RewardSpec.defaults();
    for (AgentOutcome o : result.outcomes()) {
      double expected =
          o.type() == AgentType.RISK_MANAGER
              ? spec.riskManagerReward(o.criticalViolations())
              : spec.reward(o.pnlMicros(), o.criticalViolations());
      assertThat(o.reward()).as(o.agentId()).isEqualTo(expected);
    }
    assertThat(result.outcome("arb-1").reward()).isNotZero();
  }

  @Test
  void aRiskManagerAndARoutingMadeOutsideAreTheOnesTheEpisodeUses() {
    SpecializedAgentMetrics fresh = new SpecializedAgentMetrics();
    MarketSimulation simulation = MarketSimulation.create(MarketConfig.defaultMarket(), 7);
    SpecializedAgentsEpisode.Builder builder =
        SpecializedAgentsEpisode.defaultTeam(simulation, fresh);
    RiskManager own = new RiskManager("risk-own", RiskLimits.defaults(), fresh, builder.seats());
    List<Intent> routed = new ArrayList<>();
    IntentRouting recording =
        () -> {
          for (AgentSeat seat : builder.seats()) {
            routed.addAll(seat.proposed());
            seat.clearProposed();
          }
        };
    SpecializedAgentsEpisode custom = builder.riskManager(own).routing(recording).build();
    EpisodeOutcomes outcomes = custom.run(SimulationClock.MINUTE);

    assertThat(custom.riskManager()).containsSame(own);
    assertThat(outcomes.outcomes()).extracting(AgentOutcome::agentId).contains("risk-own");
    assertThat(routed).as("the agents proposed, the routing kept everything").isNotEmpty();
    assertThat(outcomes.outcome("mm-1").fills()).isZero();
  }

  @Test
  void aTeamWithoutARiskManagerRoutesUncheckedAndReportsNoRiskManager() {
    SpecializedAgentMetrics fresh = new SpecializedAgentMetrics();
    MarketSimulation simulation = MarketSimulation.create(MarketConfig.defaultMarket(), 7);
    SpecializedAgentsEpisode episode =
        SpecializedAgentsEpisode.defaultTeam(simulation, fresh).withoutRiskManager().build();
    EpisodeOutcomes unchecked = episode.run(10 * SimulationClock.MINUTE);

    assertThat(episode.riskManager()).isEmpty();
    assertThat(unchecked.outcomes())
        .extracting(AgentOutcome::agentId)
        .containsExactly("mm-1", "arb-1", "portfolio-1");
    assertThat(unchecked.outcome("mm-1").fills()).isPositive();
    assertThat(Scrape.points(fresh.registry(), "risk_manager_checks_total")).isEmpty();
  }

  /**
   * Spread capture ({@link SpreadCapture}) reported beside the PnL per share, which also carries
   * the adverse selection (informed flow, stale quotes between one-second steps, the team's own
   * arbitrageur).
   */
  @Test
  void theMarketMakerCapturesSpreadPerShareTraded() {
    MarketSimulation simulation = MarketSimulation.create(MarketConfig.defaultMarket(), 42);
    SpecializedAgentsEpisode episode =
        SpecializedAgentsEpisode.defaultTeam(simulation, new SpecializedAgentMetrics()).build();
    SpreadCapture capture = SpreadCapture.of(simulation, episode.market(), "mm-1", "NASDAQ");
    for (long t = 0; t < SimulationClock.HOUR; t += SimulationClock.SECOND) {
      capture.markMids();
      episode.step();
    }
    MarketView market = episode.market();
    AgentAccount account = episode.seat("mm-1").account();
    double capturePerShare = capture.dollarsPerShare();
    double pnlPerShare = account.pnlMicros(market) / 1e6 / account.sharesTraded();
    System.out.printf(
        "market maker: %d shares, spread capture %.4f $/share, PnL %.2f $ = %.4f $/share,"
            + " fees %.2f $%n",
        account.sharesTraded(),
        capturePerShare,
        account.pnlMicros(market) / 1e6,
        pnlPerShare,
        account.feesMicros() / 1e6);
    // Fills while the NASDAQ book was one-sided at the step (no mid) are left out.
    assertThat(capture.shares())
        .isCloseTo(account.sharesTraded(), org.assertj.core.data.Percentage.withPercentage(5));
    assertThat(capturePerShare).isPositive();
  }
}
