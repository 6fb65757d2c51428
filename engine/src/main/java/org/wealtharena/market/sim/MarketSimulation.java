package org.wealtharena.market.sim;

import java.util.ArrayList;
import java.util.List;
import org.wealtharena.market.Prices;
import org.wealtharena.market.Seeds;
import org.wealtharena.market.accounting.Ledger;
import org.wealtharena.market.flow.BackgroundTrader;
import org.wealtharena.market.flow.MomentumTrader;
import org.wealtharena.market.flow.NoiseTrader;
import org.wealtharena.market.flow.ValueTrader;
import org.wealtharena.market.path.FundamentalPaths;
import org.wealtharena.market.venue.FillDispatcher;
import org.wealtharena.market.venue.FillListener;
import org.wealtharena.market.venue.ParticipantListener;
import org.wealtharena.market.venue.Venue;
import org.wealtharena.market.venue.VenueSpec;

/**
 * One simulated market session: venues with their books, fundamental paths, background traders and
 * the event loop that drives them. The environment steps it with {@link #advanceTo} (e.g. one
 * second per decision step); agents trade through the {@link Gateway} that {@link #connect}
 * returns.
 *
 * <p>Deterministic: everything random comes from {@link Seeds} derived from the one seed, events
 * run in (time, scheduling order), and a simulation is single-threaded, so a seed and a config give
 * the same events and fills bit for bit. Run independent simulations on separate threads for
 * parallelism; they share nothing but the immutable config.
 */
public final class MarketSimulation {
  private static final int TRADER = 0;
  private static final int PATH_STEP = 1;
  private static final int REQUEST = 2;

  private final MarketConfig config;
  private final long seed;
  private final List<String> symbols;
  private final Ledger ledger;
  private final FillDispatcher dispatcher;
  private final FundamentalPaths paths;
  private final List<Venue> venues = new ArrayList<>();

  /**
   * Connected gateways by participant id (null for participants without one): request events name
   * them.
   */
  private final List<Gateway> gateways = new ArrayList<>();

  private final List<BackgroundTrader> traders = new ArrayList<>();
  private final EventQueue queue = new EventQueue();
  private long now;
  private long eventsProcessed;

  private MarketSimulation(MarketConfig config, long seed) {
    this.config = config;
    this.seed = seed;
    this.symbols = config.symbolNames();
    this.ledger = new Ledger(symbols.size());
    this.dispatcher = new FillDispatcher(this::now);
    this.paths =
        new FundamentalPaths(config.symbols(), config.correlation(), Seeds.random(seed, "paths"));
    long[] openingMicros = new long[symbols.size()];
    for (int s = 0; s < openingMicros.length; s++) {
      openingMicros[s] = Prices.toMicros(config.symbols().get(s).startPrice());
    }
    for (VenueSpec spec : config.venues()) {
      venues.add(new Venue(venues.size(), spec, symbols, openingMicros, ledger, dispatcher));
    }
    for (Venue venue : venues) {
      double tickDollars = Prices.toDollars(venue.spec().tickMicros());
      for (int s = 0; s < symbols.size(); s++) {
        String where = "@" + venue.name() + ":" + symbols.get(s);
        int v = venue.index();
        traders.add(
            new NoiseTrader(
                ledger.open("noise" + where),
                venue.book(s),
                Seeds.random(seed, "noise", v, s),
                config.flow()));
        if (config.flow().value().ratePerSecond() > 0) {
          traders.add(
              new ValueTrader(
                  ledger.open("value" + where),
                  venue.book(s),
                  Seeds.random(seed, "value", v, s),
                  config.flow(),
                  paths,
                  s,
                  tickDollars));
        }
        if (config.flow().momentum().ratePerSecond() > 0) {
          traders.add(
              new MomentumTrader(
                  ledger.open("momentum" + where),
                  venue.book(s),
                  Seeds.random(seed, "momentum", v, s),
                  config.flow()));
        }
      }
    }
    for (int t = 0; t < traders.size(); t++) {
      queue.push(traders.get(t).nextWake(0), TRADER, t, null);
    }
    queue.push(config.pathStepNanos(), PATH_STEP, 0, null);
  }

  public static MarketSimulation create(MarketConfig config, long seed) {
    return new MarketSimulation(config, seed);
  }

  /** Registers a participant (an agent) and returns its connection to the venues. */
  public Gateway connect(String name, ParticipantListener listener) {
    int participant = ledger.open(name);
    dispatcher.setParticipantListener(participant, listener);
    Gateway gateway =
        new Gateway(
            this,
            participant,
            name,
            listener,
            Seeds.random(seed, "latency", participant),
            venues.size());
    while (gateways.size() <= participant) {
      gateways.add(null);
    }
    gateways.set(participant, gateway);
    return gateway;
  }

  /** Runs every event up to and including {@code nanos}, then sets the clock to it. */
  public void advanceTo(long nanos) {
    while (!queue.isEmpty() && queue.peekTime() <= nanos) {
      runNextEvent();
    }
    now = Math.max(now, nanos);
  }

  public void advanceBy(long nanos) {
    advanceTo(now + nanos);
  }

  private void runNextEvent() {
    queue.pop();
    now = queue.poppedTime();
    eventsProcessed++;
    switch (queue.poppedKind()) {
      case TRADER -> {
        BackgroundTrader trader = traders.get(queue.poppedTarget());
        trader.act(now);
        queue.push(trader.nextWake(now), TRADER, queue.poppedTarget(), null);
      }
      case PATH_STEP -> {
        paths.advanceTo(now);
        queue.push(now + config.pathStepNanos(), PATH_STEP, 0, null);
      }
      case REQUEST ->
          gateways.get(queue.poppedTarget()).deliver((Gateway.Request) queue.poppedPayload());
      default -> throw new IllegalStateException("unknown event kind " + queue.poppedKind());
    }
  }

  void schedule(long atNanos, Gateway gateway, Gateway.Request request) {
    queue.push(atNanos, REQUEST, gateway.participant(), request);
  }

  Venue findVenue(String name) {
    for (Venue venue : venues) {
      if (venue.name().equals(name)) {
        return venue;
      }
    }
    return null;
  }

  /** Current simulated time, nanoseconds since the session start. */
  public long now() {
    return now;
  }

  public long seed() {
    return seed;
  }

  public MarketConfig config() {
    return config;
  }

  public List<String> symbols() {
    return symbols;
  }

  public int symbolIndex(String symbol) {
    return symbols.indexOf(symbol);
  }

  public List<Venue> venues() {
    return List.copyOf(venues);
  }

  public Venue venue(String name) {
    Venue venue = findVenue(name);
    if (venue == null) {
      throw new IllegalArgumentException("unknown venue " + name);
    }
    return venue;
  }

  public Ledger ledger() {
    return ledger;
  }

  /** Sees every fill of every venue in sequence order (e.g. a {@link FillDigest}). */
  public void addFillListener(FillListener listener) {
    dispatcher.addListener(listener);
  }

  /**
   * The fundamental ("true") price of a symbol in dollars. For evaluation and tests; agents that
   * should only see the books must not read it.
   */
  public double fundamental(int symbol) {
    return paths.price(symbol);
  }

  public long eventsProcessed() {
    return eventsProcessed;
  }

  public long fills() {
    return dispatcher.fills();
  }
}
