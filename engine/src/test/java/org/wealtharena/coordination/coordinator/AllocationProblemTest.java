package org.wealtharena.coordination.coordinator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.wealtharena.coordination.policy.ObservationLayout.ACTIVITY;
import static org.wealtharena.coordination.policy.ObservationLayout.ACTIVITY_SCALE_TRADES_PER_SECOND;
import static org.wealtharena.coordination.policy.ObservationLayout.AGENT_FEATURES;
import static org.wealtharena.coordination.policy.ObservationLayout.AGGRESSIVENESS;
import static org.wealtharena.coordination.policy.ObservationLayout.CAPITAL_IN_USE;
import static org.wealtharena.coordination.policy.ObservationLayout.CAPITAL_SHARE;
import static org.wealtharena.coordination.policy.ObservationLayout.MARKOUT;
import static org.wealtharena.coordination.policy.ObservationLayout.RECENT_PNL;
import static org.wealtharena.coordination.policy.ObservationLayout.SUCCESS_RATE;
import static org.wealtharena.coordination.policy.ObservationLayout.TIME_LEFT;
import static org.wealtharena.coordination.policy.ObservationLayout.VOLATILITY;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wealtharena.agents.AgentSeat;
import org.wealtharena.agents.AgentType;
import org.wealtharena.agents.Budget;
import org.wealtharena.agents.IdleAgent;
import org.wealtharena.agents.IntentPurpose;
import org.wealtharena.agents.RewardSpec;
import org.wealtharena.agents.ScriptedMarket;
import org.wealtharena.agents.risk.RiskLimits;
import org.wealtharena.agents.risk.RiskManager;
import org.wealtharena.coordination.budget.SharedBudgets;
import org.wealtharena.coordination.budget.TeamBudget;
import org.wealtharena.coordination.policy.ObservationLayout;
import org.wealtharena.market.Prices;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.Side;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/** Two idle agents on the scripted market: what the policies observe, set and are paid. */
class AllocationProblemTest {
  private static final long TEAM_CAPITAL = Prices.toMicros(100_000);
  private static final RewardSpec REWARD = new RewardSpec(100, 1);

  private final ScriptedMarket market = new ScriptedMarket();
  private final SpecializedAgentMetrics specialized = new SpecializedAgentMetrics();
  private final Budget placeholder = new Budget(TEAM_CAPITAL / 2, Prices.toMicros(500), 0.3);
  private final List<AgentSeat> seats =
      List.of(seat("agent-a", AgentType.MARKET_MAKER), seat("agent-b", AgentType.PORTFOLIO));
  private final List<String> sent = new ArrayList<>();
  private final SharedBudgets budgets = budgets();
  private final long markAtStart = market.view.markMicros(0);
  private final AllocationProblem problem =
      new AllocationProblem(
          seats,
          market.view,
          budgets,
          new RiskManager("risk-1", RiskLimits.defaults(), specialized, seats),
          REWARD,
          60,
          (a, budget) ->
              sent.add(a + ": " + budget.capitalMicros() + " " + budget.aggressiveness()));

  private AgentSeat seat(String id, AgentType type) {
    return new AgentSeat(
        new IdleAgent(id, type), placeholder, market.simulation, market.view, specialized);
  }

  private static SharedBudgets budgets() {
    MultiAgentMetrics metrics = new MultiAgentMetrics();
    return new SharedBudgets(
        new TeamBudget(TEAM_CAPITAL, Prices.toMicros(1_000), 10),
        2,
        1.0,
        metrics.sharedResource("capital"),
        metrics.sharedResource("risk_budget"),
        metrics.sharedResource("order_rate"));
  }

  private double[] jointObservation() {
    double[] observation = new double[ObservationLayout.jointObservationSize(2)];
    problem.writeJointObservation(observation);
    return observation;
  }

  @Test
  void beforeTheFirstAllocationTheAgentsLookEqualAndTheEpisodeIsAhead() {
    double[] observation = jointObservation();
    for (int a = 0; a < 2; a++) {
      int at = a * AGENT_FEATURES;
      assertThat(observation[at + CAPITAL_SHARE]).isEqualTo(0.5);
      assertThat(observation[at + CAPITAL_IN_USE]).isZero();
      assertThat(observation[at + SUCCESS_RATE]).as("nothing proposed yet").isEqualTo(1);
      assertThat(observation[at + AGGRESSIVENESS]).isEqualTo(0.3);
      assertThat(observation[at + RECENT_PNL]).isZero();
    }
    assertThat(observation[2 * AGENT_FEATURES + VOLATILITY]).isZero();
    assertThat(observation[2 * AGENT_FEATURES + TIME_LEFT]).isEqualTo(1);
  }

  @Test
  void aJointActionSplitsCapitalBySoftmaxAndSendsTheBudgets() {
    double[] action = new double[ObservationLayout.jointActionSize(2)];
    action[ObservationLayout.CAPITAL_LOGIT] = Math.log(3); // agent a: 3 : 1 against agent b
    action[ObservationLayout.JOINT_ACTIONS_PER_AGENT + ObservationLayout.AGGRESSIVENESS_LOGIT] =
        Math.log(4); // agent b: sigmoid = 0.8

    problem.applyJointAction(action);

    assertThat(sent).hasSize(2);
    assertThat(budgets.capitalShare(0)).isCloseTo(0.75, within(1e-12));
    assertThat(budgets.capitalShare(1)).isCloseTo(0.25, within(1e-12));
    assertThat(budgets.riskShare(0)).isEqualTo(0.5);
    assertThat(budgets.budget(0).aggressiveness()).isEqualTo(0.5);
    assertThat(budgets.budget(1).aggressiveness()).isCloseTo(0.8, within(1e-12));
    assertThat(seats.get(0).budget()).as("the agent's only on delivery").isSameAs(placeholder);
    assertThat(jointObservation()[CAPITAL_SHARE]).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void anIndependentActionSetsOnlyItsAgentsAggressivenessWithEqualShares() {
    problem.applyIndependentAction(1, new double[] {Math.log(4)});
    assertThat(sent)
        .containsExactly("1: " + TEAM_CAPITAL / 2 + " " + budgets.budget(1).aggressiveness());
    assertThat(budgets.budget(1).aggressiveness()).isCloseTo(0.8, within(1e-12));
    assertThat(budgets.capitalShare(1)).isEqualTo(0.5);
    assertThat(budgets.budget(0)).isNull();
  }

  @Test
  void theSuccessRateAndTimeLeftFollowTheIntervalAndTheClock() {
    for (int i = 0; i < 4; i++) {
      problem.proposed(0);
    }
    problem.routed(0);
    problem.observeStep(15);
    double[] observation = jointObservation();
    assertThat(observation[SUCCESS_RATE]).isEqualTo(0.25);
    assertThat(observation[AGENT_FEATURES + SUCCESS_RATE]).isEqualTo(1);
    assertThat(observation[2 * AGENT_FEATURES + TIME_LEFT]).isEqualTo(0.75);

    problem.startInterval();
    assertThat(jointObservation()[SUCCESS_RATE]).isEqualTo(1);
  }

  /** Agent a buys 200 shares at 100.50, above the mark, with an IOC. */
  private AgentSeat buyAboveTheMark() {
    market.post(ScriptedMarket.ALPHA, Side.SELL, 100.50, 200);
    market.advance();
    AgentSeat buyer = seats.get(0);
    buyer.newOrder(
        IntentPurpose.QUOTE, 0, 0, Side.BUY, OrderType.IOC, Prices.toMicros(100.50), 200);
    ScriptedMarket.sendAll(buyer);
    market.advance();
    return buyer;
  }

  @Test
  void theRewardIsTheIntervalsPnlInRewardUnitsAndStartsAgainWithTheInterval() {
    AgentSeat buyer = buyAboveTheMark();
    long pnl = buyer.account().pnlMicros(market.view);
    assertThat(pnl).as("the buyer paid above the mark, and fees").isNegative();

    assertThat(problem.intervalReward(0)).isEqualTo(REWARD.reward(pnl, 0));
    assertThat(problem.intervalReward(1)).isZero();
    assertThat(problem.teamIntervalReward()).isEqualTo(REWARD.reward(pnl, 0));
    assertThat(jointObservation()[RECENT_PNL])
        .isEqualTo(Math.tanh(Prices.toDollars(pnl) / REWARD.dollarsPerUnit()));

    problem.startInterval();
    assertThat(problem.intervalReward(0)).isZero();
    assertThat(problem.teamIntervalReward()).isZero();
  }

  @Test
  void theMarkoutIsWhatTheIntervalsFillsEarnedNotWhatTheHeldPositionMade() {
    buyAboveTheMark();
    double[] observation = jointObservation();
    assertThat(observation[MARKOUT])
        .as("flat at the start: the whole PnL change is the fill's")
        .isNegative()
        .isEqualTo(observation[RECENT_PNL]);

    problem.startInterval();
    market.post(ScriptedMarket.ALPHA, Side.BUY, 101.00, 100);
    market.post(ScriptedMarket.ALPHA, Side.SELL, 101.04, 100);
    market.advance();
    observation = jointObservation();
    assertThat(observation[RECENT_PNL]).as("the 200 shares held gained").isPositive();
    assertThat(observation[MARKOUT]).as("no fill in this interval").isZero();
    assertThat(observation[AGENT_FEATURES + MARKOUT]).as("the other agent never traded").isZero();
  }

  @Test
  void theActivityIsTheTapesTradesPerBookPerSecondOfTheInterval() {
    buyAboveTheMark(); // one fill, two seconds in
    problem.observeStep(2);
    int global = 2 * AGENT_FEATURES;
    double tradesPerBookPerSecond = 1 / (2.0 * 2); // two venues of one symbol each
    assertThat(jointObservation()[global + ACTIVITY])
        .isCloseTo(
            Math.tanh(tradesPerBookPerSecond / ACTIVITY_SCALE_TRADES_PER_SECOND), within(1e-12));

    problem.startInterval();
    market.advance();
    problem.observeStep(3);
    assertThat(jointObservation()[global + ACTIVITY])
        .as("the fill belongs to the interval before")
        .isZero();
  }

  @Test
  void theDesksFeaturesComeFromTheBooksTheMarksAndTheClock() {
    market.post(ScriptedMarket.ALPHA, Side.BUY, 99.98, 300);
    market.post(ScriptedMarket.ALPHA, Side.SELL, 100.02, 100);
    market.advance();
    problem.observeStep(1);
    double[] observation = jointObservation();
    int global = 2 * AGENT_FEATURES;

    // 4 cents on a $100 mid is 4 basis points; the touch holds 300 against 100 shares.
    assertThat(observation[global + ObservationLayout.SPREAD])
        .isCloseTo(Math.tanh(4 / ObservationLayout.SPREAD_SCALE_BPS), within(1e-9));
    assertThat(observation[global + ObservationLayout.BOOK_IMBALANCE]).isCloseTo(0.5, within(1e-9));
    assertThat(observation[global + ObservationLayout.TIME_OF_DAY])
        .isCloseTo(market.view.now() / (double) SimulationClock.SESSION, within(1e-12));
    assertThat(observation[global + ObservationLayout.MARKET_RETURN])
        .as("the mark moved with the quotes")
        .isEqualTo(
            Math.tanh(
                Math.log(market.view.markMicros(0) / (double) markAtStart)
                    * 1e4
                    / ObservationLayout.RETURN_SCALE_BPS));
    assertThat(observation[ObservationLayout.INVENTORY]).as("flat").isZero();
  }
}
