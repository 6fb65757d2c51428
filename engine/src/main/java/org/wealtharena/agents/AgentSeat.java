package org.wealtharena.agents;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.sim.Gateway;
import org.wealtharena.market.sim.MarketSimulation;
import org.wealtharena.market.venue.Fill;
import org.wealtharena.market.venue.Order;
import org.wealtharena.market.venue.OrderResult;
import org.wealtharena.market.venue.ParticipantListener;
import org.wealtharena.metrics.AgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * An agent's place at the table: its gateway to the venues, its account, its budget, its trading
 * state, and the intents it proposed this step. The seat is the agent's {@link DecisionContext} and
 * {@link IntentSink}, and the only thing that calls the agent, so it is where an agent's exception
 * is caught: counted in {@code specialized_agent_errors_total}, logged, and the agent is stopped
 * for the episode with its resting orders cancelled, while the others go on.
 *
 * <p>Routing (not the seat) decides which proposed intents reach the venues: it calls {@link #send}
 * or {@link #deny} for each of {@link #proposed()}, then {@link #clearProposed()}.
 */
public final class AgentSeat implements DecisionContext, IntentSink, ParticipantListener {
  private static final Logger log = LoggerFactory.getLogger(AgentSeat.class);

  private final TradingAgent agent;
  private final MarketView market;
  private final Gateway gateway;
  private final AgentAccount account;
  private final AgentMetrics metrics;
  private final List<Intent> proposed = new ArrayList<>();
  private Budget budget;
  private TradingState tradingState = TradingState.ACTIVE;
  private double shortMarginFraction;
  private AgentErrorType failure;

  public AgentSeat(
      TradingAgent agent,
      Budget budget,
      MarketSimulation simulation,
      MarketView market,
      SpecializedAgentMetrics metrics) {
    this.agent = agent;
    this.budget = budget;
    this.market = market;
    this.account = new AgentAccount(market.symbols().size());
    this.metrics = metrics.agent(agent.id(), agent.type().label());
    AgentErrorType.initializeAll(this.metrics);
    this.gateway = simulation.connect(agent.id(), this);
  }

  // ---- the step -------------------------------------------------------------------------------

  /** Lets the agent propose this step's intents, unless it has failed. */
  public void decide() {
    if (failed()) {
      return;
    }
    try {
      agent.decide(this, this);
    } catch (RuntimeException e) {
      fail(e);
    }
  }

  /**
   * Lets the agent publish its held-back metrics at the end of an episode; a failed agent too,
   * since what it counted before failing happened.
   */
  public void publishMetrics() {
    try {
      agent.publishMetrics(this);
    } catch (RuntimeException e) {
      if (failed()) {
        log.warn("agent {} failed again while publishing its metrics", agent.id(), e);
      } else {
        fail(e);
      }
    }
  }

  public List<Intent> proposed() {
    return proposed;
  }

  public void clearProposed() {
    proposed.clear();
  }

  /** Sends an approved intent to its venue. */
  public void send(Intent intent) {
    account.requestSent(intent, intent.cashPriceMicros(market));
    String venue = market.venues().get(intent.venue());
    String symbol = market.symbols().get(intent.symbol());
    switch (intent.kind()) {
      case NEW -> gateway.submit(venue, order(intent, symbol));
      case CANCEL -> gateway.cancel(venue, symbol, intent.orderId());
      case REPLACE ->
          gateway.replace(venue, symbol, intent.orderId(), intent.priceMicros(), intent.quantity());
    }
  }

  /** Tells the agent an intent was not routed. */
  public void deny(Intent intent, DenialReason reason) {
    if (failed()) {
      return;
    }
    try {
      agent.onDenied(intent, reason);
    } catch (RuntimeException e) {
      fail(e);
    }
  }

  /**
   * Stops the agent for the rest of the episode after {@code error}: counts and logs it, cancels
   * every order it has live. Called by the seat itself, or by whoever caught the agent's error.
   */
  public void fail(RuntimeException error) {
    failure = AgentErrorType.of(error);
    metrics.error(failure.label());
    log.error("agent {} failed and is stopped for the episode", agent.id(), error);
    proposed.clear();
    cancelAllLiveOrders();
  }

  /** Sends a cancel for every live order straight to the venues (cancels never add risk). */
  public void cancelAllLiveOrders() {
    for (int i = 0; i < account.liveOrders(); i++) {
      gateway.cancel(
          market.venues().get(account.liveOrderVenue(i)),
          market.symbols().get(account.liveOrderSymbol(i)),
          account.liveOrderId(i));
    }
  }

  // ---- IntentSink -----------------------------------------------------------------------------

  @Override
  public long newOrder(
      IntentPurpose purpose,
      int venue,
      int symbol,
      Side side,
      OrderType type,
      long priceMicros,
      long quantity) {
    long orderId = gateway.nextOrderId();
    proposed.add(
        Intent.newOrder(
            agent.id(), purpose, venue, symbol, side, type, priceMicros, quantity, orderId));
    return orderId;
  }

  @Override
  public void cancel(IntentPurpose purpose, int venue, int symbol, long orderId) {
    proposed.add(Intent.cancel(agent.id(), purpose, venue, symbol, orderId));
  }

  @Override
  public void replace(
      IntentPurpose purpose,
      int venue,
      int symbol,
      long orderId,
      Side side,
      long newPriceMicros,
      long newQuantity) {
    proposed.add(
        Intent.replace(
            agent.id(), purpose, venue, symbol, orderId, side, newPriceMicros, newQuantity));
  }

  // ---- ParticipantListener: runs inside the simulation's event loop ---------------------------

  @Override
  public void onFill(Fill fill) {
    int me = gateway.participant();
    Execution execution =
        new Execution(
            fill.orderIdOf(me),
            fill.venueIndex(),
            fill.symbolIndex(),
            fill.sideOf(me),
            fill.quantity(),
            fill.priceMicros(),
            fill.feeOf(me),
            fill.timeNanos());
    account.apply(execution);
    if (failed()) {
      return;
    }
    try {
      agent.onExecution(execution);
    } catch (RuntimeException e) {
      fail(e);
    }
  }

  @Override
  public void onOrderResult(OrderResult result) {
    account.requestDone(result);
    if (failed()) {
      return;
    }
    try {
      agent.onOrderResult(result);
    } catch (RuntimeException e) {
      fail(e);
    }
  }

  // ---- DecisionContext ------------------------------------------------------------------------

  @Override
  public MarketView market() {
    return market;
  }

  @Override
  public AgentAccount account() {
    return account;
  }

  @Override
  public Budget budget() {
    return budget;
  }

  @Override
  public TradingState tradingState() {
    return tradingState;
  }

  /**
   * The cash the agent holds: its capital budget (what its account is funded with) plus everything
   * its trades moved, fees included. A coordinator that reallocates capital moves funding between
   * the agents' accounts; an agent left with less than it has spent can then only reduce.
   */
  public long cashBalanceMicros() {
    return budget.capitalMicros() + account.cashMicros();
  }

  /**
   * {@link AgentAccount#freeCashMicros} of this budget at the margin of the risk manager watching
   * the seat.
   */
  @Override
  public long freeCashMicros() {
    return account.freeCashMicros(budget.capitalMicros(), shortMarginFraction, market);
  }

  // ---- set from outside the agent -------------------------------------------------------------

  /** A new budget, e.g. from a coordinator's meta-controller. */
  public void budget(Budget budget) {
    this.budget = budget;
  }

  /** Set by the risk manager. */
  public void tradingState(TradingState state) {
    this.tradingState = state;
  }

  /**
   * Set by the risk manager that watches the seat: the margin its buying-power check holds on short
   * positions, as a share of their value ({@link #freeCashMicros}); 0 until then.
   */
  public void shortMarginFraction(double fraction) {
    this.shortMarginFraction = fraction;
  }

  public TradingAgent agent() {
    return agent;
  }

  public String agentId() {
    return agent.id();
  }

  public AgentMetrics metrics() {
    return metrics;
  }

  public boolean failed() {
    return failure != null;
  }

  /** What stopped the agent, or null while it runs. */
  public AgentErrorType failure() {
    return failure;
  }

  private static Order order(Intent intent, String symbol) {
    return switch (intent.type()) {
      case LIMIT ->
          Order.limit(
              intent.orderId(), symbol, intent.side(), intent.priceMicros(), intent.quantity());
      case IOC ->
          Order.ioc(
              intent.orderId(), symbol, intent.side(), intent.priceMicros(), intent.quantity());
      case MARKET -> Order.market(intent.orderId(), symbol, intent.side(), intent.quantity());
    };
  }
}
