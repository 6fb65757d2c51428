package org.wealtharena.agents;

import java.util.List;
import org.wealtharena.market.IntradayProfile;
import org.wealtharena.market.Prices;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.flow.FlowSpec;
import org.wealtharena.market.path.GeometricBrownianMotion;
import org.wealtharena.market.path.ShockSpec;
import org.wealtharena.market.path.SymbolSpec;
import org.wealtharena.market.regime.RegimeSpec;
import org.wealtharena.market.sim.Gateway;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.market.sim.MarketSimulation;
import org.wealtharena.market.venue.LatencyModel;
import org.wealtharena.market.venue.Order;
import org.wealtharena.market.venue.VenueSpec;

/**
 * A quiet market for scripted tests: one symbol AAA opening at $100 on venues ALPHA and BETA (penny
 * ticks, no maker fee, fixed latencies without jitter, so requests sent at the same time to the
 * same venue arrive in the order sent), no background arbitrageurs, no shocks beyond a flat price,
 * and background flow so rare (one arrival per trader every ~11 simulated days) that the books hold
 * only what the test puts there.
 */
public final class ScriptedMarket {
  public static final String ALPHA = "ALPHA";
  public static final String BETA = "BETA";
  public static final long SECOND = SimulationClock.SECOND;

  public final MarketSimulation simulation;
  public final SimulationMarketView view;
  private final Gateway scripter;

  public ScriptedMarket(long alphaTakerFeeMicros, long betaTakerFeeMicros) {
    VenueSpec alpha =
        new VenueSpec(ALPHA, 10_000, 0, alphaTakerFeeMicros, 1_000, new LatencyModel(100_000, 0));
    VenueSpec beta =
        new VenueSpec(BETA, 10_000, 0, betaTakerFeeMicros, 1_000, new LatencyModel(200_000, 0));
    FlowSpec quiet =
        new FlowSpec(
            new FlowSpec.Noise(1e-6, 0.3, 0.1, 4, 10),
            new FlowSpec.Value(1e-6, 3, 2, 6, 10),
            new FlowSpec.Momentum(1e-6, 10, 120, 4),
            new FlowSpec.Arbitrage(false, 0),
            100,
            2.0);
    MarketConfig config =
        new MarketConfig(
            List.of(new SymbolSpec("AAA", 100.0, new GeometricBrownianMotion(0, 0))),
            new double[][] {{1.0}},
            List.of(alpha, beta),
            quiet,
            ShockSpec.none(),
            RegimeSpec.none(),
            IntradayProfile.flat(),
            SECOND);
    simulation = MarketSimulation.create(config, 1);
    view = new SimulationMarketView(simulation);
    scripter = simulation.connect("scripter", null);
  }

  /** Default-market-like taker fees: 30 mils on ALPHA, 27.5 mils on BETA. */
  public ScriptedMarket() {
    this(3_000, 2_750);
  }

  /** A resting limit order of the scripter; takes effect after the venue latency. */
  public void post(String venue, Side side, double price, long quantity) {
    scripter.submit(
        venue, Order.limit(scripter.nextOrderId(), "AAA", side, Prices.toMicros(price), quantity));
  }

  /** Another participant that can take liquidity, e.g. to snipe a price before an agent's order. */
  public Gateway connect(String name) {
    return simulation.connect(name, null);
  }

  public void advance() {
    simulation.advanceBy(SECOND);
  }

  /** Sends every intent a seat proposed, unchecked, and clears them. */
  public static void sendAll(AgentSeat seat) {
    for (Intent intent : List.copyOf(seat.proposed())) {
      seat.send(intent);
    }
    seat.clearProposed();
  }
}
