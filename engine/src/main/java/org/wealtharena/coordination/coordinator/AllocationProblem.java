package org.wealtharena.coordination.coordinator;

import static org.wealtharena.coordination.policy.ObservationLayout.AGENT_FEATURES;
import static org.wealtharena.coordination.policy.ObservationLayout.AGGRESSIVENESS;
import static org.wealtharena.coordination.policy.ObservationLayout.AGGRESSIVENESS_LOGIT;
import static org.wealtharena.coordination.policy.ObservationLayout.CAPITAL_IN_USE;
import static org.wealtharena.coordination.policy.ObservationLayout.CAPITAL_LOGIT;
import static org.wealtharena.coordination.policy.ObservationLayout.CAPITAL_SHARE;
import static org.wealtharena.coordination.policy.ObservationLayout.EPISODE_PNL;
import static org.wealtharena.coordination.policy.ObservationLayout.JOINT_ACTIONS_PER_AGENT;
import static org.wealtharena.coordination.policy.ObservationLayout.RECENT_PNL;
import static org.wealtharena.coordination.policy.ObservationLayout.RISK_LOGIT;
import static org.wealtharena.coordination.policy.ObservationLayout.SUCCESS_RATE;
import static org.wealtharena.coordination.policy.ObservationLayout.TIME_LEFT;
import static org.wealtharena.coordination.policy.ObservationLayout.VOLATILITY;

import java.util.Arrays;
import java.util.List;
import org.wealtharena.agents.AgentSeat;
import org.wealtharena.agents.Budget;
import org.wealtharena.agents.MarketView;
import org.wealtharena.agents.RewardSpec;
import org.wealtharena.agents.risk.RiskManager;
import org.wealtharena.coordination.budget.SharedBudgets;
import org.wealtharena.coordination.policy.ActionMapping;
import org.wealtharena.market.Prices;

/**
 * The decision problem the coordinator's allocation policies learn, for one episode.
 *
 * <p><b>Episode.</b> From the coordinator's construction, which makes the first allocation (nothing
 * to pay yet), to its {@code finish}, which pays the last interval as done. Every {@code
 * allocationIntervalSteps} decision steps (but not at the last step) an interval ends: each policy
 * is paid for it, observes, and acts; the budgets it sets hold from the next step.
 *
 * <p><b>Observation</b> ({@link org.wealtharena.coordination.policy.ObservationLayout} has the
 * indexes). Per agent: {@code RECENT_PNL} tanh(PnL change over the interval / reward unit), {@code
 * EPISODE_PNL} tanh(PnL since the start / 10 reward units), {@code CAPITAL_IN_USE} capital in use
 * over twice its capital budget, capped at 1 (0 before the first allocation), {@code SUCCESS_RATE}
 * share of its non-cancel intents of the interval that were routed (1 if none), {@code
 * CAPITAL_SHARE} its share of the team's capital, {@code AGGRESSIVENESS} its current budget's.
 * Global: {@code VOLATILITY} tanh(mean over the interval's steps of the mean absolute change of the
 * marks, in basis points / 10), {@code TIME_LEFT} 1 - step / steps of the episode. A joint policy
 * (meta-controller, planner) sees every agent then the globals; an independent learner its own
 * agent then the globals.
 *
 * <p><b>Action.</b> Joint: three logits per agent; capital and risk shares are each a softmax over
 * the agents, aggressiveness a sigmoid. Independent: one logit, the agent's aggressiveness (a
 * sigmoid); capital and risk are split equally. {@link SharedBudgets#allocate} turns shares into
 * the agent's {@link Budget}, which is sent to the agent as an allocation.
 *
 * <p><b>Reward</b> ({@link RewardSpec#reward}). Joint: the team's PnL change over the interval,
 * minus the penalty for every critical violation of the agents and the team. Independent: its own
 * agent's PnL change, minus the penalty for that agent's critical violations.
 */
final class AllocationProblem {

  /** Where the budgets an action sets go (the allocation messages to the agents). */
  @FunctionalInterface
  interface Allocations {
    void send(int agent, Budget budget);
  }

  private final List<AgentSeat> seats;
  private final MarketView market;
  private final SharedBudgets budgets;
  private final RiskManager riskManager;
  private final RewardSpec reward;
  private final Allocations allocations;
  private final int agents;
  private final long totalSteps;

  private final long[] intervalStartPnl;
  private final long[] intervalStartCritical;
  private long intervalStartTeamCritical;
  private final int[] proposedInInterval;
  private final int[] routedInInterval;
  private final long[] lastMarks;
  private double intervalVolatilitySum;
  private int intervalSteps;
  private long step;

  private final double[] capitalShares;
  private final double[] riskShares;

  AllocationProblem(
      List<AgentSeat> seats,
      MarketView market,
      SharedBudgets budgets,
      RiskManager riskManager,
      RewardSpec reward,
      long totalSteps,
      Allocations allocations) {
    this.seats = seats;
    this.market = market;
    this.budgets = budgets;
    this.riskManager = riskManager;
    this.reward = reward;
    this.allocations = allocations;
    this.agents = seats.size();
    this.totalSteps = totalSteps;
    this.intervalStartPnl = new long[agents];
    this.intervalStartCritical = new long[agents];
    this.proposedInInterval = new int[agents];
    this.routedInInterval = new int[agents];
    this.capitalShares = new double[agents];
    this.riskShares = new double[agents];
    this.lastMarks = new long[market.symbols().size()];
    for (int s = 0; s < lastMarks.length; s++) {
      lastMarks[s] = market.markMicros(s);
    }
  }

  int agents() {
    return agents;
  }

  // ---- what a policy observes -----------------------------------------------------------------

  /** Writes agent {@code a}'s features at {@code offset}. */
  void writeAgentFeatures(int a, double[] out, int offset) {
    long pnl = seats.get(a).account().pnlMicros(market);
    double unit = reward.dollarsPerUnit();
    out[offset + RECENT_PNL] = Math.tanh(Prices.toDollars(pnl - intervalStartPnl[a]) / unit);
    out[offset + EPISODE_PNL] = Math.tanh(Prices.toDollars(pnl) / (10 * unit));
    Budget budget = budgets.budget(a); // null before the first allocation
    out[offset + CAPITAL_IN_USE] =
        budget == null
            ? 0
            : Math.min(1, budgets.capitalInUseMicros(a) / (2.0 * budget.capitalMicros()));
    out[offset + SUCCESS_RATE] =
        proposedInInterval[a] == 0 ? 1 : routedInInterval[a] / (double) proposedInInterval[a];
    out[offset + CAPITAL_SHARE] = budget == null ? 1.0 / agents : budgets.capitalShare(a);
    out[offset + AGGRESSIVENESS] = seats.get(a).budget().aggressiveness();
  }

  /** Writes the global features at {@code offset}. */
  void writeGlobalFeatures(double[] out, int offset) {
    out[offset + VOLATILITY] =
        intervalSteps == 0 ? 0 : Math.tanh(intervalVolatilitySum / intervalSteps / 10);
    out[offset + TIME_LEFT] = 1 - step / (double) totalSteps;
  }

  /** A joint policy's observation: every agent's features, then the globals. */
  void writeJointObservation(double[] out) {
    for (int a = 0; a < agents; a++) {
      writeAgentFeatures(a, out, a * AGENT_FEATURES);
    }
    writeGlobalFeatures(out, agents * AGENT_FEATURES);
  }

  /** Agent {@code a}'s independent learner's observation: its features, then the globals. */
  void writeIndependentObservation(int a, double[] out) {
    writeAgentFeatures(a, out, 0);
    writeGlobalFeatures(out, AGENT_FEATURES);
  }

  // ---- how an action becomes budgets ----------------------------------------------------------

  /** A joint policy's action: every agent's capital share, risk share and aggressiveness. */
  void applyJointAction(double[] action) {
    ActionMapping.softmax(action, CAPITAL_LOGIT, JOINT_ACTIONS_PER_AGENT, agents, capitalShares);
    ActionMapping.softmax(action, RISK_LOGIT, JOINT_ACTIONS_PER_AGENT, agents, riskShares);
    for (int a = 0; a < agents; a++) {
      double aggressiveness =
          ActionMapping.sigmoid(action[a * JOINT_ACTIONS_PER_AGENT + AGGRESSIVENESS_LOGIT]);
      assign(a, capitalShares[a], riskShares[a], aggressiveness);
    }
  }

  /** Agent {@code a}'s independent learner's action: its aggressiveness, equal shares. */
  void applyIndependentAction(int a, double[] action) {
    double equalShare = 1.0 / agents;
    assign(a, equalShare, equalShare, ActionMapping.sigmoid(action[0]));
  }

  private void assign(int a, double capitalShare, double riskShare, double aggressiveness) {
    allocations.send(a, budgets.allocate(a, capitalShare, riskShare, aggressiveness));
  }

  // ---- what it is paid ------------------------------------------------------------------------

  /** Agent {@code a}'s reward for the interval. */
  double intervalReward(int a) {
    AgentSeat seat = seats.get(a);
    return reward.reward(
        seat.account().pnlMicros(market) - intervalStartPnl[a],
        riskManager.criticalViolations(seat) - intervalStartCritical[a]);
  }

  /** The team's reward for the interval. */
  double teamIntervalReward() {
    long pnl = 0;
    for (int a = 0; a < agents; a++) {
      pnl += seats.get(a).account().pnlMicros(market) - intervalStartPnl[a];
    }
    return reward.reward(pnl, riskManager.totalCriticalViolations() - intervalStartTeamCritical);
  }

  // ---- the interval ---------------------------------------------------------------------------

  /** Decision step {@code current} begins: the marks' moves since the last one. */
  void observeStep(long current) {
    step = current;
    double moves = 0;
    for (int s = 0; s < lastMarks.length; s++) {
      long mark = market.markMicros(s);
      moves += Math.abs(mark - lastMarks[s]) / (double) lastMarks[s];
      lastMarks[s] = mark;
    }
    intervalVolatilitySum += moves / lastMarks.length * 1e4;
    intervalSteps++;
  }

  /** Agent {@code a} proposed a non-cancel intent. */
  void proposed(int a) {
    proposedInInterval[a]++;
  }

  /** Agent {@code a}'s non-cancel intent was sent to its venue. */
  void routed(int a) {
    routedInInterval[a]++;
  }

  /**
   * A new interval begins now (after an allocation): PnL, criticals and risk measured from here.
   */
  void startInterval() {
    budgets.restartRiskInterval(seats, market);
    for (int a = 0; a < agents; a++) {
      intervalStartPnl[a] = seats.get(a).account().pnlMicros(market);
      intervalStartCritical[a] = riskManager.criticalViolations(seats.get(a));
    }
    intervalStartTeamCritical = riskManager.totalCriticalViolations();
    Arrays.fill(proposedInInterval, 0);
    Arrays.fill(routedInInterval, 0);
    intervalVolatilitySum = 0;
    intervalSteps = 0;
  }
}
