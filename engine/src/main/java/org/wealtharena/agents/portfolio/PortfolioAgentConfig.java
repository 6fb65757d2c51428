package org.wealtharena.agents.portfolio;

import java.util.List;
import org.wealtharena.agents.portfolio.optimization.OptimizationType;
import org.wealtharena.agents.portfolio.rebalance.RebalancePolicy;

/**
 * A portfolio optimisation agent's settings.
 *
 * @param venue where it trades (IOC orders at the touch)
 * @param symbols its universe, in covariance order
 * @param objective what it optimises on scheduled and drift rebalances; a risk rebalance always
 *     seeks minimum variance
 * @param windowSamples mid prices kept per symbol (at least 4: Ledoit–Wolf needs 3 returns)
 * @param sampleEverySteps one sample of every mark each this many decision steps: the return
 *     horizon of every estimate (means, covariance, the ex-ante Sharpe's annualisation)
 * @param minSamples no optimisation before this many samples, in [4, windowSamples]
 * @param policy when to rebalance; its schedule, like the cooldown, counts decision steps
 * @param cooldownSteps no rebalance of any kind within this many steps of the last one
 * @param maxWeight cap on one asset's weight (max Sharpe and min variance)
 * @param minTradeMicros smaller position changes are not traded
 * @param riskAversion λ of the mean-variance utility {@code w'μ - λ/2·w'Σw} (per-period return
 *     units) that values a rebalance against its cost
 * @param sessionRiskShare the standard deviation of one session's PnL it sizes its holdings to, as
 *     a share of its risk budget (see {@link RiskBudgetSizing})
 */
public record PortfolioAgentConfig(
    String agentId,
    String venue,
    List<String> symbols,
    OptimizationType objective,
    int windowSamples,
    int sampleEverySteps,
    int minSamples,
    RebalancePolicy policy,
    int cooldownSteps,
    double maxWeight,
    long minTradeMicros,
    double riskAversion,
    double sessionRiskShare) {

  public PortfolioAgentConfig {
    if (agentId == null || agentId.isBlank()) {
      throw new IllegalArgumentException("agentId must not be blank");
    }
    if (venue == null || venue.isBlank()) {
      throw new IllegalArgumentException("venue must not be blank");
    }
    if (symbols == null || symbols.size() < 2) {
      throw new IllegalArgumentException("symbols must name at least two assets, got " + symbols);
    }
    symbols = List.copyOf(symbols);
    if (objective == null) {
      throw new IllegalArgumentException("objective must not be null");
    }
    if (windowSamples < 4) {
      throw new IllegalArgumentException("windowSamples must be at least 4, got " + windowSamples);
    }
    if (sampleEverySteps < 1) {
      throw new IllegalArgumentException(
          "sampleEverySteps must be at least 1, got " + sampleEverySteps);
    }
    if (minSamples < 4 || minSamples > windowSamples) {
      throw new IllegalArgumentException(
          "minSamples must be in [4, windowSamples " + windowSamples + "], got " + minSamples);
    }
    if (policy == null) {
      throw new IllegalArgumentException("policy must not be null");
    }
    if (cooldownSteps < 0) {
      throw new IllegalArgumentException(
          "cooldownSteps must not be negative, got " + cooldownSteps);
    }
    if (!(maxWeight > 0 && maxWeight <= 1) || maxWeight * symbols.size() < 1) {
      throw new IllegalArgumentException(
          "maxWeight must be in (0, 1] and allow a full investment, got " + maxWeight);
    }
    if (minTradeMicros < 0) {
      throw new IllegalArgumentException(
          "minTradeMicros must not be negative, got " + minTradeMicros);
    }
    if (!(riskAversion > 0) || Double.isInfinite(riskAversion)) {
      throw new IllegalArgumentException(
          "riskAversion must be positive and finite, got " + riskAversion);
    }
    if (!(sessionRiskShare > 0) || Double.isInfinite(sessionRiskShare)) {
      throw new IllegalArgumentException(
          "sessionRiskShare must be positive and finite, got " + sessionRiskShare);
    }
  }

  /**
   * Minimum variance (it needs no expected returns) on one-minute returns over the last session
   * (391 samples, one a minute), first optimised on 4 returns (the shrinkage of the covariance is
   * then strong) so that it is invested within minutes; reviewed every 30 minutes, on a drift
   * beyond 5 points of weight, or at 2 % drawdown or 1 % one-minute VaR, at most every 5 minutes;
   * traded only when the gain beats the cost at λ = 5; sized so that a session's PnL has a standard
   * deviation of a third of the risk budget (a loss at the budget is then a 3-sigma day).
   */
  public static PortfolioAgentConfig defaults(String agentId, String venue, List<String> symbols) {
    return new PortfolioAgentConfig(
        agentId,
        venue,
        symbols,
        OptimizationType.MIN_VARIANCE,
        391,
        60,
        5,
        new RebalancePolicy(1800, 0.05, 0.02, 0.01),
        300,
        0.4,
        1_000_000_000L,
        5.0,
        1.0 / 3);
  }

  public PortfolioAgentConfig withPolicy(RebalancePolicy newPolicy, int newCooldownSteps) {
    return new PortfolioAgentConfig(
        agentId,
        venue,
        symbols,
        objective,
        windowSamples,
        sampleEverySteps,
        minSamples,
        newPolicy,
        newCooldownSteps,
        maxWeight,
        minTradeMicros,
        riskAversion,
        sessionRiskShare);
  }
}
