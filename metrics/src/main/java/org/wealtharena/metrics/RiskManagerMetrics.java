package org.wealtharena.metrics;

import java.util.Arrays;

/**
 * The risk manager families bound to one agent. Checks run on every order, so each catalog check
 * type, violation type x severity and action has its series resolved here.
 */
public final class RiskManagerMetrics {

  private static final RiskCheckType[] CHECKS = RiskCheckType.values();
  private static final Severity[] SEVERITIES = Severity.values();

  private final SpecializedAgentMetrics owner;
  private final String agentId;
  private final BoundCounter[] checks;
  private final BoundHistogram[] checkLatency;

  /** Indexed by check type ordinal * severities + severity ordinal. */
  private final BoundCounter[] violations;

  private final BoundCounter[] actions;

  /**
   * Set for every agent again and again, so bound too; each series appears with its first value.
   */
  private final BoundGauge[] exposures;

  private final BoundGauge[] limits;

  /** One per {@link RiskTradingState}, bound on the first {@link #tradingState} call. */
  private BoundGauge[] tradingStates;

  RiskManagerMetrics(SpecializedAgentMetrics owner, String agentId) {
    this.owner = owner;
    this.agentId = agentId;
    this.checks =
        Arrays.stream(CHECKS)
            .map(check -> owner.rmChecks.bind(agentId, check.label()))
            .toArray(BoundCounter[]::new);
    this.checkLatency =
        Arrays.stream(CHECKS)
            .map(check -> owner.rmLatency.bind(agentId, check.label()))
            .toArray(BoundHistogram[]::new);
    this.violations =
        Arrays.stream(CHECKS)
            .flatMap(
                check ->
                    Arrays.stream(SEVERITIES)
                        .map(
                            severity ->
                                owner.rmViolations.bind(agentId, check.label(), severity.label())))
            .toArray(BoundCounter[]::new);
    this.actions =
        Arrays.stream(RiskAction.values())
            .map(action -> owner.rmActions.bind(agentId, action.label()))
            .toArray(BoundCounter[]::new);
    this.exposures =
        Arrays.stream(ExposureType.values())
            .map(exposure -> owner.rmExposure.bind(agentId, exposure.label()))
            .toArray(BoundGauge[]::new);
    this.limits =
        Arrays.stream(RiskLimitType.values())
            .map(limit -> owner.rmLimits.bind(agentId, limit.label()))
            .toArray(BoundGauge[]::new);
  }

  public void check(RiskCheckType type) {
    checks[type.ordinal()].inc();
  }

  /**
   * Adds {@code count} checks of {@code type} at once, for callers that count a step's checks
   * first.
   */
  public void checks(RiskCheckType type, long count) {
    checks[type.ordinal()].inc(count);
  }

  public void checkLatency(RiskCheckType type, double seconds) {
    checkLatency[type.ordinal()].observe(seconds);
  }

  /** A violation of the limit that {@code type} checks. */
  public void violation(RiskCheckType type, Severity severity) {
    violations[type.ordinal() * SEVERITIES.length + severity.ordinal()].inc();
  }

  /** Adds {@code count} violations at once, for callers that count a step's violations first. */
  public void violations(RiskCheckType type, Severity severity, long count) {
    violations[type.ordinal() * SEVERITIES.length + severity.ordinal()].inc(count);
  }

  public void action(RiskAction action) {
    actions[action.ordinal()].inc();
  }

  /** Adds {@code count} actions at once. */
  public void actions(RiskAction action, long count) {
    actions[action.ordinal()].inc(count);
  }

  public void limit(String limitType, double limit) {
    owner.recordRiskLimit(agentId, limitType, limit);
  }

  /** The limit in force of {@code type}, in the unit {@link RiskLimitType} gives. */
  public void limit(RiskLimitType type, double limit) {
    limits[type.ordinal()].set(limit);
  }

  /** Sets {@code risk_trading_state} to 1 for {@code state} and 0 for the agent's other states. */
  public void tradingState(RiskTradingState state) {
    if (tradingStates == null) {
      tradingStates =
          Arrays.stream(RiskTradingState.values())
              .map(s -> owner.rmTradingState.bind(agentId, s.label()))
              .toArray(BoundGauge[]::new);
    }
    for (int i = 0; i < tradingStates.length; i++) {
      tradingStates[i].set(i == state.ordinal() ? 1 : 0);
    }
  }

  public void exposure(ExposureType type, double exposure) {
    exposures[type.ordinal()].set(exposure);
  }
}
