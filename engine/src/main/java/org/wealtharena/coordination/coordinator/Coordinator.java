package org.wealtharena.coordination.coordinator;

import java.util.List;
import org.wealtharena.agents.AgentSeat;
import org.wealtharena.agents.DenialReason;
import org.wealtharena.agents.Intent;
import org.wealtharena.agents.IntentPurpose;
import org.wealtharena.agents.IntentRouting;
import org.wealtharena.agents.MarketView;
import org.wealtharena.agents.risk.RiskManager;
import org.wealtharena.coordination.AllocationPolicies;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.coordination.budget.SharedBudgets;
import org.wealtharena.coordination.bus.ChannelCounters;
import org.wealtharena.coordination.conflict.TeamOrders;
import org.wealtharena.market.accounting.Ledger;
import org.wealtharena.market.venue.FillListener;
import org.wealtharena.market.venue.RequestKind;
import org.wealtharena.metrics.ConflictType;

/**
 * Stands between the team's agents and the venues for one episode, in place of the default
 * risk-checked routing; complete when made: it opens the bus and makes the first allocation. Each
 * decision step ({@link #route}):
 *
 * <ol>
 *   <li>every agent's intents go on the bus to the coordinator ({@code intent}), after the fill
 *       reports the market published during the step's advance ({@code fill_report});
 *   <li>the step's intents are classified for conflicts between agents ({@link
 *       org.wealtharena.coordination.conflict.ConflictDetector});
 *   <li>each intent, in delivery order, is netted (centralized: an order that would trade with a
 *       teammate is kept back, together with the other legs of the same arbitrage), checked against
 *       its agent's budgets (hierarchical and centralized enforce them, decentralized only counts
 *       what would oversubscribe them), then passes the risk manager's pre-trade check or is vetoed
 *       ({@code veto}, the agent is told on delivery); what passes is sent to its venue;
 *   <li>every allocation interval the {@link Allocator} pays its policies and sets new budgets
 *       ({@code allocation}, the agent's from delivery on), effective from the next step: the
 *       {@link AllocationProblem}.
 * </ol>
 *
 * Budget checks apply to intents that add to an agent's commitments; cancels, the risk manager's
 * reducing orders, arbitrage unwinds and orders that {@linkplain Intent#onlyReduces only shrink a
 * position} always go through to the risk manager. Capital is counted at the {@linkplain
 * Intent#notionalPriceMicros intent's notional price}.
 *
 * <p>Centralized netting keeps the later of two crossing orders back instead of crossing them
 * internally: the agents' books then only ever hold their own venue executions.
 */
public final class Coordinator implements IntentRouting {
  private final List<AgentSeat> seats;
  private final MarketView market;
  private final RiskManager riskManager;
  private final TeamObserver observer;
  private final long totalSteps;
  private final int allocationIntervalSteps;
  private final boolean netting;
  private final boolean enforcing;
  private final TeamOrders orders = new TeamOrders();
  private final StepIntents inbox = new StepIntents();
  private final TeamBus bus;
  private final SharedBudgets budgets;
  private final AllocationProblem problem;
  private final EpisodeStatistics statistics;
  private final CoordinatorTally tally;
  private final Allocator allocator;
  private long step;

  /**
   * @param seats the team, in its fixed order, watched by {@code riskManager}
   * @param ledger the market's participants, to tell the team's fills from the others'
   */
  public Coordinator(
      CoordinationType type,
      List<AgentSeat> seats,
      MarketView market,
      Ledger ledger,
      RiskManager riskManager,
      CoordinationInstruments instruments,
      CoordinatorSettings settings,
      AllocationPolicies policies,
      TeamObserver observer,
      ChannelCounters channels,
      long totalSteps,
      double stepSeconds) {
    this.seats = List.copyOf(seats);
    this.market = market;
    this.riskManager = riskManager;
    this.observer = observer;
    this.totalSteps = totalSteps;
    this.allocationIntervalSteps = settings.allocationIntervalSteps();
    this.netting = type == CoordinationType.CENTRALIZED;
    this.enforcing = type != CoordinationType.DECENTRALIZED;
    int agents = this.seats.size();
    this.bus = new TeamBus(this.seats, riskManager.id(), ledger, channels, inbox, observer);
    this.budgets =
        new SharedBudgets(
            settings.budget(),
            agents,
            stepSeconds,
            instruments.capital,
            instruments.riskBudget,
            instruments.orderRate);
    this.problem =
        new AllocationProblem(
            this.seats,
            market,
            budgets,
            riskManager,
            settings.reward(),
            totalSteps,
            bus::allocation);
    this.statistics = new EpisodeStatistics(agents, budgets, bus.bus());
    this.tally = new CoordinatorTally(instruments, statistics, bus.bus(), budgets, agents);
    List<String> agentIds = this.seats.stream().map(AgentSeat::agentId).toList();
    this.allocator = Allocator.of(type, policies, agentIds, instruments, statistics);
    tally.agentEpisodes(this.seats, riskManager.id());
    allocate(true);
  }

  // ---- one decision step ----------------------------------------------------------------------

  @Override
  public void route() {
    long start = System.nanoTime();
    step++;
    bus.step(step);
    orders.prune(seats);
    tally.observeAgents(seats);
    statistics.observeStep(seats);
    problem.observeStep(step);
    for (int a = 0; a < seats.size(); a++) {
      AgentSeat seat = seats.get(a);
      List<Intent> proposed = seat.proposed();
      for (int i = 0; i < proposed.size(); i++) {
        bus.intent(a, proposed.get(i));
      }
      seat.clearProposed();
    }
    bus.deliver();
    budgets.beginStep(seats, market, orders);
    inbox.classify(orders, netting);
    for (int i = 0; i < inbox.count(); i++) {
      decide(i);
    }
    inbox.clear();
    bus.deliver();
    tally.stepRouted(step);
    if (step % allocationIntervalSteps == 0 && step < totalSteps) {
      allocate(false);
    }
    tally.routingTime(step, start);
  }

  private void decide(int i) {
    Intent intent = inbox.intent(i);
    int a = inbox.owner(i);
    AgentSeat seat = seats.get(a);
    if (intent.kind() == RequestKind.CANCEL) {
      seat.send(intent); // a cancel never adds risk, nor trades
      return;
    }
    statistics.intent(intent);
    problem.proposed(a);
    boolean clean = inbox.conflict(i) == null;
    if (!clean) {
      statistics.conflict(inbox.conflict(i));
    }
    if (netting && inbox.netted(i)) {
      veto(a, intent, DenialReason.NETTED, CoordinationMethod.CENTRAL_NETTING);
      return;
    }
    long price = intent.notionalPriceMicros(market);
    long notional =
        intent.quantity() * price
            - (intent.kind() == RequestKind.REPLACE
                ? orders.openNotionalMicros(intent.orderId(), seat)
                : 0);
    if (!exempt(intent, seat)) {
      DenialReason budgetDenial = DenialReason.NONE;
      if (notional > budgets.capitalRoomMicros(a)) {
        statistics.conflict(ConflictType.CAPITAL_OVERSUBSCRIPTION);
        clean = false;
        budgetDenial = DenialReason.CAPITAL_BUDGET;
      }
      if (budgets.riskSpent(a)) {
        statistics.conflict(ConflictType.RISK_BUDGET_EXCEEDED);
        clean = false;
        budgetDenial = budgetDenial.approved() ? DenialReason.RISK_BUDGET : budgetDenial;
      }
      if (budgetDenial.approved() && budgets.orderRateSpent(a)) {
        budgetDenial = DenialReason.ORDER_RATE;
      }
      if (enforcing && !budgetDenial.approved()) {
        veto(a, intent, budgetDenial, CoordinationMethod.BUDGET_ENFORCEMENT);
        return;
      }
    }
    DenialReason reason = riskManager.preTrade(seat, intent, market);
    if (!reason.approved()) {
      veto(a, intent, reason, CoordinationMethod.RISK_VETO);
      return;
    }
    observer.onRouted(step, seat, intent, market, price);
    seat.send(intent);
    orders.sent(a, intent, price);
    budgets.sent(a, notional);
    problem.routed(a);
    if (clean) {
      statistics.cleanIntent(intent);
    }
  }

  private void veto(int a, Intent intent, DenialReason reason, CoordinationMethod by) {
    tally.veto(by);
    bus.veto(a, intent, reason, by == CoordinationMethod.RISK_VETO);
  }

  /** Orders that only shrink what the agent holds, or that the risk manager or an unwind needs. */
  private static boolean exempt(Intent intent, AgentSeat seat) {
    return intent.purpose() == IntentPurpose.RISK_REDUCTION
        || intent.purpose() == IntentPurpose.UNWIND
        || intent.onlyReduces(seat.account().position(intent.symbol()));
  }

  // ---- allocation and the end -----------------------------------------------------------------

  private void allocate(boolean first) {
    allocator.allocate(problem, first);
    bus.deliver();
    problem.startInterval();
  }

  /** Pays the policies for the last interval and records the episode's efficiency. */
  public void finish() {
    tally.finish(seats);
    allocator.finish(problem);
    tally.efficiency(statistics.efficiency());
  }

  /** Where the market's fills go, to become fill reports to the team's agents. */
  public FillListener fillReports() {
    return bus;
  }

  public EpisodeStatistics statistics() {
    return statistics;
  }
}
