package org.wealtharena.coordination.coordinator;

import java.util.ArrayList;
import java.util.List;
import org.wealtharena.agents.AgentSeat;
import org.wealtharena.agents.Budget;
import org.wealtharena.agents.DenialReason;
import org.wealtharena.agents.Intent;
import org.wealtharena.coordination.bus.ChannelCounters;
import org.wealtharena.coordination.bus.MessageBus;
import org.wealtharena.market.accounting.Ledger;
import org.wealtharena.market.venue.Fill;
import org.wealtharena.market.venue.FillListener;

/**
 * One episode's {@link MessageBus} with the team's endpoints: one per agent in team order, then the
 * risk manager, the coordinator ({@code coordinator}) and the market ({@code market}). An agent's
 * endpoint acts on what it is sent: a veto tells the agent, an allocation becomes its budget. As
 * the market's fill listener it sends a fill report to each team member on a fill.
 */
final class TeamBus implements FillListener {
  private static final String COORDINATOR_ENDPOINT = "coordinator";
  private static final String MARKET_ENDPOINT = "market";

  private final MessageBus bus;
  private final List<AgentSeat> seats;
  private final TeamObserver observer;
  private final int riskManager;
  private final int coordinator;
  private final int market;
  private final int[] seatOfParticipant;

  /**
   * @param ledger the market's participants, to tell the team's fills from the others'
   * @param inbox the coordinator's endpoint
   */
  TeamBus(
      List<AgentSeat> seats,
      String riskManagerId,
      Ledger ledger,
      ChannelCounters channels,
      MessageBus.Handler inbox,
      TeamObserver observer) {
    this.seats = seats;
    this.observer = observer;
    List<String> endpoints = new ArrayList<>();
    seats.forEach(s -> endpoints.add(s.agentId()));
    endpoints.add(riskManagerId);
    endpoints.add(COORDINATOR_ENDPOINT);
    endpoints.add(MARKET_ENDPOINT);
    this.bus = new MessageBus(endpoints, channels);
    this.riskManager = seats.size();
    this.coordinator = seats.size() + 1;
    this.market = seats.size() + 2;
    for (int a = 0; a < seats.size(); a++) {
      bus.handler(a, new SeatEndpoint(seats.get(a)));
    }
    bus.handler(coordinator, inbox);
    if (observer != TeamObserver.NONE) {
      bus.addListener(observer);
    }
    List<String> agentIds = endpoints.subList(0, seats.size());
    this.seatOfParticipant = new int[ledger.participants()];
    for (int p = 0; p < seatOfParticipant.length; p++) {
      seatOfParticipant[p] = agentIds.indexOf(ledger.name(p));
    }
  }

  MessageBus bus() {
    return bus;
  }

  /** The decision step that messages delivered from now on belong to. */
  void step(long step) {
    bus.step(step);
  }

  /** Delivers every message queued, to the endpoints' handlers. */
  void deliver() {
    bus.deliver();
  }

  /** Agent {@code a}'s intent, to the coordinator. */
  void intent(int a, Intent intent) {
    bus.publishIntent(a, coordinator, intent);
  }

  /** A veto of agent {@code a}'s intent, by the risk manager or else the coordinator. */
  void veto(int a, Intent intent, DenialReason reason, boolean byRiskManager) {
    bus.publishVeto(byRiskManager ? riskManager : coordinator, a, intent, reason);
  }

  /** Agent {@code a}'s new budget, from the coordinator. */
  void allocation(int a, Budget budget) {
    bus.publishAllocation(coordinator, a, budget);
  }

  @Override
  public void onFill(Fill fill) {
    int buyer = seatOf(fill.buyer());
    int seller = seatOf(fill.seller());
    if (buyer < 0 && seller < 0) {
      return;
    }
    if (buyer >= 0) {
      bus.publishFillReport(market, buyer);
    }
    if (seller >= 0) {
      bus.publishFillReport(market, seller);
    }
    observer.onFill(
        fill,
        buyer < 0 ? null : seats.get(buyer).agentId(),
        seller < 0 ? null : seats.get(seller).agentId());
  }

  private int seatOf(int participant) {
    return participant < seatOfParticipant.length ? seatOfParticipant[participant] : -1;
  }

  /** An agent's endpoint. */
  private record SeatEndpoint(AgentSeat seat) implements MessageBus.Handler {
    @Override
    public void onVeto(int from, Intent intent, DenialReason reason) {
      seat.deny(intent, reason);
    }

    @Override
    public void onAllocation(int from, Budget budget) {
      seat.budget(budget);
    }
  }
}
