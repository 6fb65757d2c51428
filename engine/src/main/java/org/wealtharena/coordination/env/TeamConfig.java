package org.wealtharena.coordination.env;

import org.wealtharena.agents.DefaultTeam;
import org.wealtharena.agents.RewardSpec;
import org.wealtharena.agents.risk.RiskLimits;
import org.wealtharena.coordination.budget.TeamBudget;
import org.wealtharena.coordination.coordinator.CoordinatorSettings;

/**
 * The team an environment runs: its agents, its risk manager's limits, and how it is coordinated.
 *
 * @param riskManagerId id of the risk manager (also its bus endpoint)
 */
public record TeamConfig(
    TeamFactory agents,
    String riskManagerId,
    RiskLimits riskLimits,
    CoordinatorSettings coordination) {

  public TeamConfig {
    if (agents == null) {
      throw new IllegalArgumentException("agents must be given");
    }
    if (riskManagerId == null || riskManagerId.isBlank()) {
      throw new IllegalArgumentException("riskManagerId must not be blank");
    }
    if (riskLimits == null) {
      throw new IllegalArgumentException("riskLimits must be given");
    }
    if (coordination == null) {
      throw new IllegalArgumentException("coordination must be given");
    }
  }

  /**
   * The {@link DefaultTeam} ({@link TeamFactory#DEFAULT}, its risk manager with {@link
   * RiskLimits#defaults()}) sharing $600k of capital, a $30k risk budget per allocation interval
   * and 150 orders a second; allocation every 60 decision steps; paid by {@link
   * RewardSpec#defaults()}.
   */
  public static TeamConfig defaults() {
    return new TeamConfig(
        TeamFactory.DEFAULT,
        DefaultTeam.RISK_MANAGER_ID,
        RiskLimits.defaults(),
        new CoordinatorSettings(
            new TeamBudget(600_000L * 1_000_000, 30_000L * 1_000_000, 150),
            60,
            RewardSpec.defaults()));
  }

  public TeamConfig withAgents(TeamFactory factory) {
    return new TeamConfig(factory, riskManagerId, riskLimits, coordination);
  }

  public TeamConfig withRiskLimits(RiskLimits limits) {
    return new TeamConfig(agents, riskManagerId, limits, coordination);
  }

  public TeamConfig withCoordination(CoordinatorSettings settings) {
    return new TeamConfig(agents, riskManagerId, riskLimits, settings);
  }
}
