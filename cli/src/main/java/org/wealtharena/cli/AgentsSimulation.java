package org.wealtharena.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wealtharena.agents.AgentOutcome;
import org.wealtharena.agents.AgentSummaries;
import org.wealtharena.agents.AgentType;
import org.wealtharena.agents.EpisodeOutcomes;
import org.wealtharena.agents.SpecializedAgentsEpisode;
import org.wealtharena.agents.marketmaker.MarketMakerSummary;
import org.wealtharena.agents.portfolio.PortfolioSummary;
import org.wealtharena.agents.risk.RiskLimits;
import org.wealtharena.market.Prices;

/**
 * {@code simulate} (the default) and {@code simulate --agents mm,arb,...}: the chosen specialized
 * agents trade the market under {@link SpecializedAgentsEpisode}, each order through the risk
 * manager's pre-trade checks when {@code risk} is among them, recording into the specialized
 * agents' endpoint. Reports the market as {@link MarketOnlySimulation} does, then each agent.
 */
final class AgentsSimulation implements SimulationMode {

  /**
   * One agent's episode in the agents summary; the risk manager's row counts the team's violations.
   */
  record AgentRow(
      String agentId,
      String agentType,
      double pnlDollars,
      long fills,
      long sharesTraded,
      double feesDollars,
      long criticalRiskViolations,
      double reward,
      String finalState,
      boolean failed) {

    static AgentRow of(AgentOutcome outcome) {
      return new AgentRow(
          outcome.agentId(),
          outcome.type().label(),
          Prices.toDollars(outcome.pnlMicros()),
          outcome.fills(),
          outcome.sharesTraded(),
          Prices.toDollars(outcome.feesMicros()),
          outcome.criticalViolations(),
          // + 0.0 turns the -0.0 of "no penalty" into 0.0
          outcome.reward() + 0.0,
          outcome.finalState().name().toLowerCase(Locale.ROOT),
          outcome.failed());
    }
  }

  /** What {@code --json} prints: the market as with {@code --agents none}, then each agent. */
  record AgentsSummary(
      List<String> team,
      SimulatedMarket.Summary market,
      long steps,
      double meanStepMicros,
      List<AgentRow> agents,
      List<MarketMakerSummary> marketMakers,
      List<PortfolioSummary> portfolios) {}

  private final Set<AgentType> members;
  private final RiskLimits riskLimits;

  /**
   * @param members the agents that trade, at least one
   * @param riskLimits the limits of the risk manager, when {@code members} has one
   */
  AgentsSimulation(Set<AgentType> members, RiskLimits riskLimits) {
    this.members = EnumSet.copyOf(members);
    this.riskLimits = riskLimits;
  }

  @Override
  public String coordinationType() {
    return RunMetrics.NO_COORDINATION;
  }

  @Override
  public boolean recordsMetrics() {
    return true;
  }

  @Override
  public Report run(SimulationSetup setup, RunMetrics metrics) {
    SimulatedMarket market = new SimulatedMarket(setup);
    long started = System.nanoTime();
    SpecializedAgentsEpisode agentsEpisode =
        SpecializedAgentsEpisode.defaultTeam(market.simulation(), metrics.specialized(), members)
            .riskLimits(riskLimits)
            .build();
    EpisodeOutcomes episode = agentsEpisode.run(setup.durationNanos());
    SimulatedMarket.Summary summary = market.summary((System.nanoTime() - started) / 1e9);
    AgentsSummary agents =
        new AgentsSummary(
            AgentChoice.names(members),
            summary,
            episode.steps(),
            episode.meanStepMicros(),
            episode.outcomes().stream().map(AgentRow::of).toList(),
            AgentSummaries.marketMakers(agentsEpisode),
            AgentSummaries.portfolios(agentsEpisode));
    return new Report(
        agents,
        out -> {
          market.printTable(out, summary);
          printAgents(out, agents);
          AgentSummaries.print(out, agentsEpisode);
        });
  }

  private static void printAgents(PrintWriter out, AgentsSummary summary) {
    out.printf(
        Locale.ROOT,
        "%d decision steps (%.0f us each, wall, incl. market)%n",
        summary.steps(),
        summary.meanStepMicros());
    out.printf(
        Locale.ROOT,
        "%-12s %-13s %12s %8s %11s %10s %9s %9s %-8s%n",
        "agent",
        "type",
        "pnl $",
        "fills",
        "shares",
        "fees $",
        "critical",
        "reward",
        "state");
    for (AgentRow row : summary.agents()) {
      out.printf(
          Locale.ROOT,
          "%-12s %-13s %,12.2f %,8d %,11d %,10.2f %9d %9.2f %-8s%n",
          row.agentId(),
          row.agentType(),
          row.pnlDollars(),
          row.fills(),
          row.sharesTraded(),
          row.feesDollars(),
          row.criticalRiskViolations(),
          row.reward(),
          row.failed() ? "failed" : row.finalState());
    }
    out.println(
        "critical: risk limit breaches (pre-trade per order, post-trade per rise); the risk"
            + " manager's row counts the whole team's");
  }
}
