package org.wealtharena.coordination.coordinator;

import static org.wealtharena.coordination.policy.ObservationLayout.ACTIVITY;
import static org.wealtharena.coordination.policy.ObservationLayout.ACTIVITY_SCALE_TRADES_PER_SECOND;
import static org.wealtharena.coordination.policy.ObservationLayout.AGENT_FEATURES;
import static org.wealtharena.coordination.policy.ObservationLayout.AGGRESSIVENESS;
import static org.wealtharena.coordination.policy.ObservationLayout.AGGRESSIVENESS_LOGIT;
import static org.wealtharena.coordination.policy.ObservationLayout.BOOK_IMBALANCE;
import static org.wealtharena.coordination.policy.ObservationLayout.CAPITAL_IN_USE;
import static org.wealtharena.coordination.policy.ObservationLayout.CAPITAL_LOGIT;
import static org.wealtharena.coordination.policy.ObservationLayout.CAPITAL_SHARE;
import static org.wealtharena.coordination.policy.ObservationLayout.EPISODE_PNL;
import static org.wealtharena.coordination.policy.ObservationLayout.INVENTORY;
import static org.wealtharena.coordination.policy.ObservationLayout.JOINT_ACTIONS_PER_AGENT;
import static org.wealtharena.coordination.policy.ObservationLayout.MARKET_RETURN;
import static org.wealtharena.coordination.policy.ObservationLayout.MARKOUT;
import static org.wealtharena.coordination.policy.ObservationLayout.RECENT_PNL;
import static org.wealtharena.coordination.policy.ObservationLayout.RETURN_SCALE_BPS;
import static org.wealtharena.coordination.policy.ObservationLayout.RISK_LOGIT;
import static org.wealtharena.coordination.policy.ObservationLayout.SPREAD;
import static org.wealtharena.coordination.policy.ObservationLayout.SPREAD_SCALE_BPS;
import static org.wealtharena.coordination.policy.ObservationLayout.SUCCESS_RATE;
import static org.wealtharena.coordination.policy.ObservationLayout.TIME_LEFT;
import static org.wealtharena.coordination.policy.ObservationLayout.TIME_OF_DAY;
import static org.wealtharena.coordination.policy.ObservationLayout.TREND;
import static org.wealtharena.coordination.policy.ObservationLayout.TREND_INTERVALS;
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
import org.wealtharena.market.SimulationClock;

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
 * CAPITAL_SHARE} its share of the team's capital, {@code AGGRESSIVENESS} its current budget's,
 * {@code INVENTORY} tanh(net exposure / capital budget), {@code MARKOUT} tanh(what the interval's
 * fills earned from their prices to the marks now, net of fees / reward unit). Global, over the
 * interval's decision steps: {@code VOLATILITY} tanh(mean absolute change of the marks, basis
 * points), {@code MARKET_RETURN} and {@code TREND} the marks' mean log return over the interval and
 * its exponentially weighted mean over the last few intervals, {@code SPREAD} the mean quoted
 * spread, {@code BOOK_IMBALANCE} the mean touch imbalance, {@code TIME_OF_DAY} the share of the
 * session elapsed, {@code TIME_LEFT} 1 - step / steps of the episode, {@code ACTIVITY} the tape's
 * trades per book per second over the interval (a news burst trades more than calm flow, a drought
 * less: with the spread it tells the two apart, though both move the marks as much). None of them
 * names the market's regime: a policy must infer it from what it sees, as a desk does. A joint
 * policy (meta-controller, planner) sees every agent then the globals; an independent learner its
 * own agent then the globals.
 *
 * <p><b>Action.</b> Joint: three logits per agent; capital and risk shares are each a softmax over
 * the agents, aggressiveness a sigmoid. Independent: one logit, the agent's aggressiveness (a
 * sigmoid); capital and risk are split equally. {@link SharedBudgets#allocate} turns shares into
 * the agent's {@link Budget}, which is sent to the agent as an allocation. Moving capital costs
 * only what trading down costs: the risk limits follow a cut one resume cooldown later, an agent
 * holding more than {@link Budget#UNWIND_BEYOND} times what its new budget affords trades the
 * excess down at once, and an agent opens positions only with the free cash it has left ({@link
 * org.wealtharena.agents.DecisionContext#freeCashMicros}), so a reallocation is never a breach.
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

  /** Each agent's position in each symbol when the interval began, shares. */
  private final long[][] intervalStartPositions;

  private final long[] intervalStartCritical;
  private long intervalStartTeamCritical;
  private final int[] proposedInInterval;
  private final int[] routedInInterval;
  private final long[] lastMarks;
  private final long[] intervalStartMarks;
  private double intervalVolatilitySum;
  private double intervalSpreadBpsSum;
  private double intervalImbalanceSum;
  private double trendBps;
  private long intervalStartTrades;
  private long intervalStartNanos;
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
    this.intervalStartPositions = new long[agents][market.symbols().size()];
    this.intervalStartCritical = new long[agents];
    this.proposedInInterval = new int[agents];
    this.routedInInterval = new int[agents];
    this.capitalShares = new double[agents];
    this.riskShares = new double[agents];
    this.lastMarks = new long[market.symbols().size()];
    for (int s = 0; s < lastMarks.length; s++) {
      lastMarks[s] = market.markMicros(s);
    }
    this.intervalStartMarks = lastMarks.clone();
    this.intervalStartTrades = tradesPrinted();
    this.intervalStartNanos = market.now();
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
    out[offset + INVENTORY] =
        budget == null
            ? 0
            : Math.tanh(
                seats.get(a).account().netExposureMicros(market) / (double) budget.capitalMicros());
    out[offset + MARKOUT] = Math.tanh(Prices.toDollars(markoutMicros(a, pnl)) / unit);
  }

  /**
   * Agent {@code a}'s markout over the interval: what its fills of the interval earned from their
   * prices to the marks now, net of fees. That is its PnL change less what the position it began
   * the interval with made or lost as the marks moved; for a market maker it is the spread captured
   * less the adverse selection.
   */
  private long markoutMicros(int a, long pnlNow) {
    long held = 0;
    long[] start = intervalStartPositions[a];
    for (int s = 0; s < start.length; s++) {
      held += start[s] * (market.markMicros(s) - intervalStartMarks[s]);
    }
    return pnlNow - intervalStartPnl[a] - held;
  }

  /** Writes the global features at {@code offset}. */
  void writeGlobalFeatures(double[] out, int offset) {
    double steps = Math.max(1, intervalSteps);
    double returnBps = intervalReturnBps();
    out[offset + VOLATILITY] = Math.tanh(intervalVolatilitySum / steps);
    out[offset + MARKET_RETURN] = Math.tanh(returnBps / RETURN_SCALE_BPS);
    out[offset + TREND] = Math.tanh(trendWith(returnBps) / RETURN_SCALE_BPS);
    out[offset + SPREAD] = Math.tanh(intervalSpreadBpsSum / steps / SPREAD_SCALE_BPS);
    out[offset + BOOK_IMBALANCE] = intervalImbalanceSum / steps;
    out[offset + TIME_OF_DAY] = Math.min(1, market.now() / (double) SimulationClock.SESSION);
    out[offset + TIME_LEFT] = 1 - step / (double) totalSteps;
    out[offset + ACTIVITY] = Math.tanh(tradesPerBookPerSecond() / ACTIVITY_SCALE_TRADES_PER_SECOND);
  }

  private double tradesPerBookPerSecond() {
    double seconds = (market.now() - intervalStartNanos) / (double) SimulationClock.SECOND;
    int books = market.venues().size() * lastMarks.length;
    return seconds <= 0 ? 0 : (tradesPrinted() - intervalStartTrades) / (books * seconds);
  }

  /** Mean over symbols of the marks' log return since the interval began, basis points. */
  private double intervalReturnBps() {
    double sum = 0;
    for (int s = 0; s < lastMarks.length; s++) {
      sum += Math.log(market.markMicros(s) / (double) intervalStartMarks[s]);
    }
    return sum / lastMarks.length * 1e4;
  }

  /** The trend's exponentially weighted mean once this interval's return is in. */
  private double trendWith(double returnBps) {
    double weight = 2.0 / (TREND_INTERVALS + 1);
    return weight * returnBps + (1 - weight) * trendBps;
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
    observeBooks();
    intervalSteps++;
  }

  /** Adds the step's mean quoted spread and touch imbalance over every two-sided book. */
  private void observeBooks() {
    double spreadBps = 0;
    double imbalance = 0;
    int books = 0;
    int venues = market.venues().size();
    for (int v = 0; v < venues; v++) {
      for (int s = 0; s < lastMarks.length; s++) {
        long bid = market.bestBidMicros(v, s);
        long ask = market.bestAskMicros(v, s);
        if (bid == MarketView.NO_PRICE || ask == MarketView.NO_PRICE) {
          continue;
        }
        spreadBps += (ask - bid) * 2e4 / (ask + bid);
        double bidSize = market.bestBidQuantity(v, s);
        double askSize = market.bestAskQuantity(v, s);
        imbalance += (bidSize - askSize) / Math.max(1, bidSize + askSize);
        books++;
      }
    }
    if (books > 0) {
      intervalSpreadBpsSum += spreadBps / books;
      intervalImbalanceSum += imbalance / books;
    }
  }

  /** Trades every book has printed since the market view began. */
  private long tradesPrinted() {
    long trades = 0;
    for (int v = 0; v < market.venues().size(); v++) {
      for (int s = 0; s < lastMarks.length; s++) {
        trades += market.tradesPrinted(v, s);
      }
    }
    return trades;
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
      AgentSeat seat = seats.get(a);
      intervalStartPnl[a] = seat.account().pnlMicros(market);
      intervalStartCritical[a] = riskManager.criticalViolations(seat);
      for (int s = 0; s < intervalStartPositions[a].length; s++) {
        intervalStartPositions[a][s] = seat.account().position(s);
      }
    }
    intervalStartTeamCritical = riskManager.totalCriticalViolations();
    Arrays.fill(proposedInInterval, 0);
    Arrays.fill(routedInInterval, 0);
    if (intervalSteps > 0) {
      trendBps = trendWith(intervalReturnBps());
    }
    for (int s = 0; s < intervalStartMarks.length; s++) {
      intervalStartMarks[s] = market.markMicros(s);
    }
    intervalVolatilitySum = 0;
    intervalSpreadBpsSum = 0;
    intervalImbalanceSum = 0;
    intervalStartTrades = tradesPrinted();
    intervalStartNanos = market.now();
    intervalSteps = 0;
  }
}
