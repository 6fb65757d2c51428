package org.wealtharena.coordination.coordinator;

import static org.wealtharena.coordination.policy.ObservationLayout.AGGRESSIVENESS;
import static org.wealtharena.coordination.policy.ObservationLayout.CAPITAL_IN_USE;
import static org.wealtharena.coordination.policy.ObservationLayout.CAPITAL_SHARE;
import static org.wealtharena.coordination.policy.ObservationLayout.EPISODE_PNL;
import static org.wealtharena.coordination.policy.ObservationLayout.RECENT_PNL;
import static org.wealtharena.coordination.policy.ObservationLayout.SUCCESS_RATE;
import static org.wealtharena.coordination.policy.ObservationLayout.TIME_LEFT;
import static org.wealtharena.coordination.policy.ObservationLayout.VOLATILITY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.wealtharena.agents.AgentErrorType;
import org.wealtharena.agents.AgentSeat;
import org.wealtharena.agents.DenialReason;
import org.wealtharena.agents.Intent;
import org.wealtharena.agents.IntentPurpose;
import org.wealtharena.agents.IntentRouting;
import org.wealtharena.agents.MarketView;
import org.wealtharena.agents.MetricsCadence;
import org.wealtharena.agents.TradingState;
import org.wealtharena.agents.risk.RiskManager;
import org.wealtharena.coordination.AllocationPolicies;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.coordination.budget.SharedBudgets;
import org.wealtharena.coordination.bus.ChannelCounters;
import org.wealtharena.coordination.bus.MessageBus;
import org.wealtharena.coordination.bus.MessageType;
import org.wealtharena.coordination.conflict.ConflictDetector;
import org.wealtharena.coordination.conflict.TeamOrders;
import org.wealtharena.market.Prices;
import org.wealtharena.market.accounting.Ledger;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.venue.Fill;
import org.wealtharena.market.venue.FillListener;
import org.wealtharena.market.venue.RequestKind;
import org.wealtharena.metrics.ConflictType;
import org.wealtharena.metrics.CoordinationMetrics;

/**
 * Stands between the team's agents and the venues for one episode, in place of the default
 * risk-checked routing. Each decision step ({@link #route}):
 *
 * <ol>
 *   <li>every agent's intents go on the bus to the coordinator ({@code intent}), after the fill
 *       reports the market published during the step's advance ({@code fill_report});
 *   <li>the step's intents are classified for conflicts between agents ({@link ConflictDetector});
 *   <li>each intent, in delivery order, is netted (centralized: an order that would trade with a
 *       teammate is kept back, together with the other legs of the same arbitrage), checked against
 *       its agent's budgets (hierarchical and centralized enforce them, decentralized only counts
 *       what would oversubscribe them), then passes the risk manager's pre-trade check or is vetoed
 *       ({@code veto}); what passes is sent to its venue;
 *   <li>every allocation interval the {@link Allocator} pays its policies and sets new budgets
 *       ({@code allocation}), effective from the next step.
 * </ol>
 *
 * Budget checks apply to intents that add to an agent's commitments; cancels, the risk manager's
 * reducing orders, arbitrage unwinds and orders that shrink a position always go through to the
 * risk manager. Capital is counted at the order's limit price (market orders at the touch).
 *
 * <p>Centralized netting keeps the later of two crossing orders back instead of crossing them
 * internally: the agents' books then only ever hold their own venue executions.
 */
public final class Coordinator implements IntentRouting, FillListener {
  public static final String COORDINATOR_ENDPOINT = "coordinator";
  public static final String MARKET_ENDPOINT = "market";

  private final CoordinationType type;
  private final RiskManager riskManager;
  private final CoordinationInstruments instruments;
  private final CoordinationMetrics metrics;
  private final CoordinatorSettings settings;
  private final AllocationPolicies policies;
  private final TeamObserver observer;
  private final ChannelCounters channels;
  private final long totalSteps;
  private final double stepSeconds;
  private final boolean netting;
  private final boolean enforcing;
  private final TeamOrders orders = new TeamOrders();

  private List<AgentSeat> seats;
  private MarketView market;
  private MessageBus bus;
  private SharedBudgets budgets;
  private Allocator allocator;
  private int agents;
  private int coordinatorEndpoint;
  private int riskEndpoint;
  private int marketEndpoint;
  private int[] seatOfParticipant;

  private Intent[] pending = new Intent[64];
  private int[] pendingOwners = new int[64];
  private ConflictType[] conflicts = new ConflictType[64];
  private boolean[] netted = new boolean[64];
  private int pendingCount;

  private long step;

  /** Steps routed since the last publication of the metrics, and the live agents of the last. */
  private long unpublishedSteps;

  private int activeAgents;
  private long intents;
  private long cleanIntents;
  private static final ConflictType[] CONFLICT_TYPES = ConflictType.values();
  private static final CoordinationMethod[] METHODS = CoordinationMethod.values();

  private final long[] conflictCounts = new long[CONFLICT_TYPES.length];

  /** Of those, the ones already added to shared_environment_conflicts_total. */
  private final long[] recordedConflicts = new long[CONFLICT_TYPES.length];

  /** Vetoes of the step in progress, by the mechanism that vetoed, not yet counted. */
  private final long[] vetoes = new long[METHODS.length];

  private boolean[] failureCounted;

  private long[] lastPnl;
  private double[] capitalSum;
  private PnlSeries[] agentSeries;
  private final PnlSeries teamSeries = new PnlSeries();
  private long[] intervalStartPnl;
  private long[] intervalStartCritical;
  private long intervalStartTeamCritical;
  private int[] proposedInInterval;
  private int[] routedInInterval;
  private long[] lastMarks;
  private double intervalVolatilitySum;
  private int intervalSteps;

  public Coordinator(
      CoordinationType type,
      RiskManager riskManager,
      CoordinationInstruments instruments,
      CoordinatorSettings settings,
      AllocationPolicies policies,
      TeamObserver observer,
      ChannelCounters channels,
      long totalSteps,
      double stepSeconds) {
    this.type = type;
    this.riskManager = riskManager;
    this.instruments = instruments;
    this.metrics = instruments.metrics;
    this.settings = settings;
    this.policies = policies;
    this.observer = observer;
    this.channels = channels;
    this.totalSteps = totalSteps;
    this.stepSeconds = stepSeconds;
    this.netting = type == CoordinationType.CENTRALIZED;
    this.enforcing = type != CoordinationType.DECENTRALIZED;
  }

  /**
   * Seats the team before the first step: opens the bus, finds the agents' market participants and
   * makes the first allocation.
   */
  public void start(List<AgentSeat> teamSeats, MarketView view, Ledger ledger) {
    this.seats = teamSeats;
    this.market = view;
    this.agents = teamSeats.size();
    List<String> endpoints = new ArrayList<>();
    teamSeats.forEach(s -> endpoints.add(s.agentId()));
    endpoints.add(riskManager.id());
    endpoints.add(COORDINATOR_ENDPOINT);
    endpoints.add(MARKET_ENDPOINT);
    bus = new MessageBus(endpoints, channels);
    riskEndpoint = agents;
    coordinatorEndpoint = agents + 1;
    marketEndpoint = agents + 2;
    bus.handler(coordinatorEndpoint, this::receive);
    if (observer != TeamObserver.NONE) {
      bus.addListener(observer);
    }
    seatOfParticipant = new int[ledger.participants()];
    for (int p = 0; p < seatOfParticipant.length; p++) {
      seatOfParticipant[p] = endpoints.subList(0, agents).indexOf(ledger.name(p));
    }
    budgets =
        new SharedBudgets(
            settings.budget(),
            agents,
            stepSeconds,
            instruments.capital,
            instruments.riskBudget,
            instruments.orderRate);
    failureCounted = new boolean[agents];
    lastPnl = new long[agents];
    capitalSum = new double[agents];
    agentSeries = new PnlSeries[agents];
    Arrays.setAll(agentSeries, a -> new PnlSeries());
    intervalStartPnl = new long[agents];
    intervalStartCritical = new long[agents];
    proposedInInterval = new int[agents];
    routedInInterval = new int[agents];
    lastMarks = new long[view.symbols().size()];
    for (int s = 0; s < lastMarks.length; s++) {
      lastMarks[s] = view.markMicros(s);
    }
    allocator =
        switch (type) {
          case HIERARCHICAL ->
              new JointAllocator(
                  AllocationPolicies.META_CONTROLLER,
                  policies,
                  agents,
                  instruments.method(CoordinationMethod.META_ALLOCATION));
          case CENTRALIZED ->
              new JointAllocator(
                  AllocationPolicies.PLANNER,
                  policies,
                  agents,
                  instruments.method(CoordinationMethod.CENTRAL_ALLOCATION));
          case DECENTRALIZED ->
              new IndependentAllocator(
                  policies,
                  endpoints.subList(0, agents),
                  instruments.method(CoordinationMethod.INDEPENDENT));
        };
    for (int a = 0; a < agents; a++) {
      metrics.agentEpisode(teamSeats.get(a).agentId(), teamSeats.get(a).agent().type().label());
    }
    metrics.agentEpisode(riskManager.id(), "risk_manager");
    allocate(true);
  }

  // ---- one decision step ----------------------------------------------------------------------

  @Override
  public void route(List<AgentSeat> teamSeats, MarketView view) {
    long start = System.nanoTime();
    step++;
    bus.step(step);
    orders.prune(seats);
    observeStep();
    for (int a = 0; a < agents; a++) {
      AgentSeat seat = seats.get(a);
      List<Intent> proposed = seat.proposed();
      for (int i = 0; i < proposed.size(); i++) {
        bus.publish(a, coordinatorEndpoint, MessageType.INTENT, proposed.get(i));
      }
      seat.clearProposed();
    }
    bus.deliver();
    budgets.beginStep(seats, market, orders);
    ConflictDetector.classify(pending, pendingOwners, pendingCount, orders, conflicts);
    if (netting) {
      markNetted();
    }
    for (int i = 0; i < pendingCount; i++) {
      decide(i);
      pending[i] = null;
    }
    pendingCount = 0;
    bus.deliver();
    unpublishedSteps++;
    if (MetricsCadence.publishes(step - 1)) {
      publishMetrics();
    }
    if (step % settings.allocationIntervalSteps() == 0 && step < totalSteps) {
      allocate(false);
    }
    if (MetricsCadence.timed(step - 1)) {
      instruments.method(CoordinationMethod.ROUTING).overhead((System.nanoTime() - start) * 1e-9);
    }
  }

  /**
   * Publishes the steps, messages, conflicts, vetoes, active agents and budget utilization since
   * the last publication ({@link MetricsCadence}): counters that parallel episodes share cost more
   * to update once per event than finding the events does.
   */
  private void publishMetrics() {
    metrics.environmentSteps(unpublishedSteps);
    unpublishedSteps = 0;
    metrics.activeAgents(activeAgents);
    budgets.recordUtilization();
    bus.recordCounts();
    for (int c = 0; c < conflictCounts.length; c++) {
      long found = conflictCounts[c] - recordedConflicts[c];
      if (found > 0) {
        metrics.conflict(CONFLICT_TYPES[c], found);
        recordedConflicts[c] = conflictCounts[c];
      }
    }
    for (int m = 0; m < vetoes.length; m++) {
      if (vetoes[m] > 0) {
        instruments.method(METHODS[m]).used(vetoes[m]);
        vetoes[m] = 0;
      }
    }
  }

  /** Per-step PnL (each agent's step reward), volatility, failures and live agents. */
  private void observeStep() {
    double teamChange = 0;
    int active = 0;
    for (int a = 0; a < agents; a++) {
      AgentSeat seat = seats.get(a);
      long pnl = seat.account().pnlMicros(market);
      double change = Prices.toDollars(pnl - lastPnl[a]);
      lastPnl[a] = pnl;
      agentSeries[a].add(change);
      teamChange += change;
      capitalSum[a] += budgets.budget(a).capitalMicros();
      if (seat.failure() != null && !failureCounted[a]) {
        failureCounted[a] = true;
        metrics.error(seat.failure().label());
      }
      if (!seat.failed() && seat.tradingState() != TradingState.HALTED) {
        active++;
      }
    }
    teamSeries.add(teamChange);
    activeAgents = active;
    double moves = 0;
    for (int s = 0; s < lastMarks.length; s++) {
      long mark = market.markMicros(s);
      moves += Math.abs(mark - lastMarks[s]) / (double) lastMarks[s];
      lastMarks[s] = mark;
    }
    intervalVolatilitySum += moves / lastMarks.length * 1e4;
    intervalSteps++;
  }

  private void receive(int from, MessageType messageType, Intent intent) {
    if (messageType != MessageType.INTENT) {
      return;
    }
    if (pendingCount == pending.length) {
      int capacity = pendingCount * 2;
      pending = Arrays.copyOf(pending, capacity);
      pendingOwners = Arrays.copyOf(pendingOwners, capacity);
      conflicts = Arrays.copyOf(conflicts, capacity);
      netted = Arrays.copyOf(netted, capacity);
    }
    pending[pendingCount] = intent;
    pendingOwners[pendingCount] = from;
    pendingCount++;
  }

  /** Self-trades are kept back, and with an arbitrage leg the agent's other legs of that symbol. */
  private void markNetted() {
    for (int i = 0; i < pendingCount; i++) {
      netted[i] = conflicts[i] == ConflictType.SELF_TRADE;
    }
    for (int i = 0; i < pendingCount; i++) {
      if (!netted[i] || pending[i].purpose() != IntentPurpose.ARBITRAGE_LEG) {
        continue;
      }
      for (int j = 0; j < pendingCount; j++) {
        if (pendingOwners[j] == pendingOwners[i]
            && pending[j].symbol() == pending[i].symbol()
            && pending[j].purpose() == IntentPurpose.ARBITRAGE_LEG) {
          netted[j] = true;
        }
      }
    }
  }

  private void decide(int i) {
    Intent intent = pending[i];
    int a = pendingOwners[i];
    AgentSeat seat = seats.get(a);
    if (intent.kind() == RequestKind.CANCEL) {
      seat.send(intent); // a cancel never adds risk, nor trades
      return;
    }
    intents++;
    proposedInInterval[a]++;
    boolean clean = conflicts[i] == null;
    if (!clean) {
      conflict(conflicts[i]);
    }
    if (netting && netted[i]) {
      veto(
          seat,
          a,
          intent,
          DenialReason.NETTED,
          coordinatorEndpoint,
          CoordinationMethod.CENTRAL_NETTING);
      return;
    }
    long price = notionalPrice(intent);
    long notional =
        intent.quantity() * price
            - (intent.kind() == RequestKind.REPLACE
                ? orders.openNotionalMicros(intent.orderId(), seat)
                : 0);
    if (!exempt(intent, seat)) {
      DenialReason budgetDenial = DenialReason.NONE;
      if (notional > budgets.capitalRoomMicros(a)) {
        conflict(ConflictType.CAPITAL_OVERSUBSCRIPTION);
        clean = false;
        budgetDenial = DenialReason.CAPITAL_BUDGET;
      }
      if (budgets.riskSpent(a)) {
        conflict(ConflictType.RISK_BUDGET_EXCEEDED);
        clean = false;
        budgetDenial = budgetDenial.approved() ? DenialReason.RISK_BUDGET : budgetDenial;
      }
      if (budgetDenial.approved() && budgets.orderRateSpent(a)) {
        budgetDenial = DenialReason.ORDER_RATE;
      }
      if (enforcing && !budgetDenial.approved()) {
        veto(
            seat,
            a,
            intent,
            budgetDenial,
            coordinatorEndpoint,
            CoordinationMethod.BUDGET_ENFORCEMENT);
        return;
      }
    }
    DenialReason reason = riskManager.preTrade(seat, intent, market);
    if (!reason.approved()) {
      veto(seat, a, intent, reason, riskEndpoint, CoordinationMethod.RISK_VETO);
      return;
    }
    observer.onRouted(step, seat, intent, market, price);
    seat.send(intent);
    orders.sent(a, intent, price);
    budgets.sent(a, notional);
    routedInInterval[a]++;
    if (clean) {
      cleanIntents++;
    }
  }

  private void conflict(ConflictType conflict) {
    conflictCounts[conflict.ordinal()]++;
  }

  private void veto(
      AgentSeat seat,
      int a,
      Intent intent,
      DenialReason reason,
      int from,
      CoordinationMethod method) {
    vetoes[method.ordinal()]++;
    seat.deny(intent, reason);
    bus.publish(from, a, MessageType.VETO, intent);
  }

  /** Orders that only shrink what the agent holds, or that the risk manager or an unwind needs. */
  private static boolean exempt(Intent intent, AgentSeat seat) {
    if (intent.purpose() == IntentPurpose.RISK_REDUCTION
        || intent.purpose() == IntentPurpose.UNWIND) {
      return true;
    }
    long position = seat.account().position(intent.symbol());
    long signed = intent.signedQuantity();
    return position != 0
        && Long.signum(signed) == -Long.signum(position)
        && Math.abs(signed) <= Math.abs(position);
  }

  private long notionalPrice(Intent intent) {
    if (intent.type() != OrderType.MARKET) {
      return intent.priceMicros();
    }
    long touch =
        intent.side() == Side.BUY
            ? market.bestAskMicros(intent.venue(), intent.symbol())
            : market.bestBidMicros(intent.venue(), intent.symbol());
    return touch != MarketView.NO_PRICE ? touch : market.markMicros(intent.symbol());
  }

  // ---- fills ----------------------------------------------------------------------------------

  @Override
  public void onFill(Fill fill) {
    int buyer = seatOf(fill.buyer());
    int seller = seatOf(fill.seller());
    if (buyer < 0 && seller < 0) {
      return;
    }
    if (buyer >= 0) {
      bus.publish(marketEndpoint, buyer, MessageType.FILL_REPORT, null);
    }
    if (seller >= 0) {
      bus.publish(marketEndpoint, seller, MessageType.FILL_REPORT, null);
    }
    observer.onFill(
        fill,
        buyer < 0 ? null : seats.get(buyer).agentId(),
        seller < 0 ? null : seats.get(seller).agentId());
  }

  private int seatOf(int participant) {
    return participant < seatOfParticipant.length ? seatOfParticipant[participant] : -1;
  }

  // ---- allocation -----------------------------------------------------------------------------

  private void allocate(boolean first) {
    allocator.allocate(this, first);
    bus.deliver();
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

  void assign(int a, double capitalShare, double riskShare, double aggressiveness) {
    seats.get(a).budget(budgets.allocate(a, capitalShare, riskShare, aggressiveness));
    bus.publish(coordinatorEndpoint, a, MessageType.ALLOCATION, null);
  }

  /** Agent {@code a}'s reward for the interval: its PnL change in units minus its criticals. */
  double intervalReward(int a) {
    AgentSeat seat = seats.get(a);
    double pnl = Prices.toDollars(seat.account().pnlMicros(market) - intervalStartPnl[a]);
    long critical = riskManager.criticalViolations(seat) - intervalStartCritical[a];
    return pnl / settings.rewardDollarsPerUnit() - settings.penaltyPerCritical() * critical;
  }

  /** The team's reward for the interval: PnL change in units minus every critical violation. */
  double teamIntervalReward() {
    long pnl = 0;
    for (int a = 0; a < agents; a++) {
      pnl += seats.get(a).account().pnlMicros(market) - intervalStartPnl[a];
    }
    long critical = riskManager.totalCriticalViolations() - intervalStartTeamCritical;
    return Prices.toDollars(pnl) / settings.rewardDollarsPerUnit()
        - settings.penaltyPerCritical() * critical;
  }

  /**
   * Writes agent {@code a}'s {@link org.wealtharena.coordination.policy.ObservationLayout}
   * features.
   */
  void writeAgentFeatures(int a, double[] out, int offset) {
    AgentSeat seat = seats.get(a);
    long pnl = seat.account().pnlMicros(market);
    double unit = settings.rewardDollarsPerUnit();
    out[offset + RECENT_PNL] = Math.tanh(Prices.toDollars(pnl - intervalStartPnl[a]) / unit);
    out[offset + EPISODE_PNL] = Math.tanh(Prices.toDollars(pnl) / (10 * unit));
    boolean allocated = budgets.budget(a) != null; // not yet at the first allocation
    out[offset + CAPITAL_IN_USE] =
        !allocated
            ? 0
            : Math.min(
                1, budgets.capitalInUseMicros(a) / (2.0 * budgets.budget(a).capitalMicros()));
    out[offset + SUCCESS_RATE] =
        proposedInInterval[a] == 0 ? 1 : routedInInterval[a] / (double) proposedInInterval[a];
    out[offset + CAPITAL_SHARE] = !allocated ? 1.0 / agents : budgets.capitalShare(a);
    out[offset + AGGRESSIVENESS] = seat.budget().aggressiveness();
  }

  void writeGlobalFeatures(double[] out, int offset) {
    out[offset + VOLATILITY] =
        intervalSteps == 0 ? 0 : Math.tanh(intervalVolatilitySum / intervalSteps / 10);
    out[offset + TIME_LEFT] = 1 - step / (double) totalSteps;
  }

  /** An exception caught in the coordinator or one of its policies. */
  void error(RuntimeException e) {
    metrics.error(AgentErrorType.of(e).label());
  }

  // ---- the end --------------------------------------------------------------------------------

  /** Pays the policies for the last interval and records the episode's efficiency. */
  public void finish() {
    publishMetrics();
    observeFailures();
    allocator.finish(this);
    metrics.efficiency(efficiency());
  }

  private void observeFailures() {
    for (int a = 0; a < agents; a++) {
      if (seats.get(a).failure() != null && !failureCounted[a]) {
        failureCounted[a] = true;
        metrics.error(seats.get(a).failure().label());
      }
    }
  }

  /** Share (0..1) of non-cancel intents executed without conflict or veto; 1 if there were none. */
  public double efficiency() {
    return intents == 0 ? 1 : cleanIntents / (double) intents;
  }

  public double teamReward() {
    return allocator.teamReward();
  }

  public long conflicts(ConflictType conflict) {
    return conflictCounts[conflict.ordinal()];
  }

  public long messages(MessageType messageType) {
    return bus.delivered(messageType);
  }

  public PnlSeries agentSeries(int a) {
    return agentSeries[a];
  }

  public PnlSeries teamSeries() {
    return teamSeries;
  }

  /** Agent {@code a}'s capital budget averaged over the steps, micro-dollars. */
  public double meanCapitalMicros(int a) {
    return step == 0 ? budgets.budget(a).capitalMicros() : capitalSum[a] / step;
  }

  public long steps() {
    return step;
  }
}
