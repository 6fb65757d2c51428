package org.wealtharena.agents;

import java.util.List;
import org.wealtharena.agents.risk.RiskManager;

/** The simplest routing: every intent passes the risk manager's pre-trade check or is denied. */
public final class RiskCheckedRouting implements IntentRouting {
  private final List<AgentSeat> seats;
  private final MarketView market;
  private final RiskManager riskManager;

  public RiskCheckedRouting(List<AgentSeat> seats, MarketView market, RiskManager riskManager) {
    this.seats = List.copyOf(seats);
    this.market = market;
    this.riskManager = riskManager;
  }

  @Override
  public void route() {
    for (int a = 0; a < seats.size(); a++) {
      AgentSeat seat = seats.get(a);
      List<Intent> intents = seat.proposed();
      for (int i = 0; i < intents.size(); i++) {
        Intent intent = intents.get(i);
        DenialReason reason = riskManager.preTrade(seat, intent, market);
        if (reason.approved()) {
          seat.send(intent);
        } else {
          seat.deny(intent, reason);
        }
      }
      seat.clearProposed();
    }
  }
}
