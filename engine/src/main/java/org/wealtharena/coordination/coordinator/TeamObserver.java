package org.wealtharena.coordination.coordinator;

import org.wealtharena.agents.AgentSeat;
import org.wealtharena.agents.Intent;
import org.wealtharena.agents.MarketView;
import org.wealtharena.coordination.bus.BusListener;
import org.wealtharena.coordination.bus.MessageType;
import org.wealtharena.market.venue.Fill;

/** Watches an episode from inside (tests, logs). Every method runs on the episode's thread. */
public interface TeamObserver extends BusListener {
  TeamObserver NONE = new TeamObserver() {};

  @Override
  default void onMessage(long step, String from, String to, MessageType type) {}

  /**
   * An intent about to be sent to its venue, after every check passed; {@code notionalPriceMicros}
   * is the price its capital is counted at.
   */
  default void onRouted(
      long step, AgentSeat seat, Intent intent, MarketView market, long notionalPriceMicros) {}

  /** A fill with a team member on at least one side (the other agent id is null if not ours). */
  default void onFill(Fill fill, String buyerAgent, String sellerAgent) {}
}
