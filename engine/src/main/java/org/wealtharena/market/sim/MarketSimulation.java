package org.wealtharena.market.sim;

import java.util.ArrayList;
import java.util.List;
import org.wealtharena.market.Prices;
import org.wealtharena.market.Seeds;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.accounting.Ledger;
import org.wealtharena.market.book.OrderBook;
import org.wealtharena.market.flow.BackgroundArbitrageurs;
import org.wealtharena.market.flow.BackgroundTrader;
import org.wealtharena.market.flow.MomentumTrader;
import org.wealtharena.market.flow.NoiseTrader;
import org.wealtharena.market.flow.SymbolQuotes;
import org.wealtharena.market.flow.ValueTrader;
import org.wealtharena.market.path.FundamentalPaths;
import org.wealtharena.market.regime.RegimePath;
import org.wealtharena.market.regime.RegimeShares;
import org.wealtharena.market.venue.FillDispatcher;
import org.wealtharena.market.venue.FillListener;
import org.wealtharena.market.venue.LatencyModel;
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
  private static final int ARBITRAGE = 3;
  private static final int SAMPLE = 4;

  private final MarketConfig config;
  private final long seed;
  private final List<String> symbols;
  private final Ledger ledger;
  private final FillDispatcher dispatcher;
  private final RegimePath regimes;
  private final FundamentalPaths paths;
  private final List<Venue> venues = new ArrayList<>();

  /**
   * Connected gateways by participant id (null for participants without one): request events name
   * them.
   */
  private final List<Gateway> gateways = new ArrayList<>();

  private final List<BackgroundTrader> traders = new ArrayList<>();
  private final SymbolQuotes[] quotes;

  /** Null when the flow has no background arbitrageurs. */
  private final BackgroundArbitrageurs arbitrageurs;

  private final List<SecondSampler> samplers = new ArrayList<>();
  private final EventQueue queue = new EventQueue();
  private long now;
  private long eventsProcessed;

  private MarketSimulation(MarketConfig config, long seed) {
    this.config = config;
    this.seed = seed;
    this.symbols = config.symbolNames();
    this.ledger = new Ledger(symbols.size());
    this.dispatcher = new FillDispatcher(this::now);
    this.regimes = new RegimePath(config.regimes(), Seeds.random(seed, "regimes"));
    this.paths =
        new FundamentalPaths(
            config.symbols(),
            config.correlation(),
            config.shocks(),
            regimes,
            config.intraday(),
            Seeds.random(seed, "paths"));
    long[] openingMicros = new long[symbols.size()];
    for (int s = 0; s < openingMicros.length; s++) {
      openingMicros[s] = Prices.toMicros(config.symbols().get(s).startPrice());
    }
    for (VenueSpec spec : config.venues()) {
      venues.add(new Venue(venues.size(), spec, symbols, openingMicros, ledger, dispatcher));
    }
    this.quotes = new SymbolQuotes[symbols.size()];
    for (int s = 0; s < quotes.length; s++) {
      quotes[s] = symbolQuotes(s);
    }
    for (Venue venue : venues) {
      double tickDollars = Prices.toDollars(venue.spec().tickMicros());
      for (int s = 0; s < symbols.size(); s++) {
        String where = "@" + venue.name() + ":" + symbols.get(s);
        int v = venue.index();
        traders.add(
            new NoiseTrader(
                ledger.open("noise" + where),
                quotes[s],
                v,
                Seeds.random(seed, "noise", v, s),
                config.flow(),
                config.intraday(),
                regimes));
        if (config.flow().value().ratePerSecond() > 0) {
          traders.add(
              new ValueTrader(
                  ledger.open("value" + where),
                  quotes[s],
                  v,
                  Seeds.random(seed, "value", v, s),
                  config.flow(),
                  config.intraday(),
                  paths,
                  regimes,
                  tickDollars));
        }
        if (config.flow().momentum().ratePerSecond() > 0) {
          traders.add(
              new MomentumTrader(
                  ledger.open("momentum" + where),
                  quotes[s],
                  v,
                  Seeds.random(seed, "momentum", v, s),
                  config.flow(),
                  config.intraday()));
        }
      }
    }
    LatencyModel[] latencies = new LatencyModel[venues.size()];
    for (Venue venue : venues) {
      latencies[venue.index()] = venue.spec().latency();
    }
    this.arbitrageurs =
        config.flow().arbitrage().active() && venues.size() > 1
            ? new BackgroundArbitrageurs(
                ledger.open("arbitrageurs"),
                quotes,
                latencies,
                config.flow().arbitrage(),
                regimes,
                Seeds.random(seed, "arbitrageurs"))
            : null;
    for (int t = 0; t < traders.size(); t++) {
      queue.push(traders.get(t).nextWake(0), TRADER, t, null);
    }
    queue.push(config.pathStepNanos(), PATH_STEP, 0, null);
  }

  private SymbolQuotes symbolQuotes(int symbol) {
    OrderBook[] books = new OrderBook[venues.size()];
    long[] ticks = new long[venues.size()];
    long[] fees = new long[venues.size()];
    for (Venue venue : venues) {
      books[venue.index()] = venue.book(symbol);
      ticks[venue.index()] = venue.spec().tickMicros();
      fees[venue.index()] = venue.spec().takerFeeMicrosPerShare();
    }
    return new SymbolQuotes(symbol, books, ticks, fees);
  }

  /** The share of {@code [fromNanos, toNanos)} each regime held ({@link RegimePath#timeShares}). */
  public RegimeShares regimeShares(long fromNanos, long toNanos) {
    return new RegimeShares(regimes.timeShares(fromNanos, toNanos));
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
    if (queue.poppedKind() != SAMPLE) {
      eventsProcessed++;
    }
    switch (queue.poppedKind()) {
      case TRADER -> {
        BackgroundTrader trader = traders.get(queue.poppedTarget());
        trader.act(now);
        queue.push(trader.nextWake(now), TRADER, queue.poppedTarget(), null);
        watchForCross(trader.symbol());
      }
      case PATH_STEP -> {
        paths.advanceTo(now);
        queue.push(now + config.pathStepNanos(), PATH_STEP, 0, null);
      }
      case REQUEST -> {
        Gateway.Request request = (Gateway.Request) queue.poppedPayload();
        gateways.get(queue.poppedTarget()).deliver(request);
        // Only the request's own books changed: after every event each symbol is uncrossed or has
        // its reaction pending, so watching the others could schedule nothing.
        int symbol = symbols.indexOf(request.symbol());
        if (symbol >= 0) {
          watchForCross(symbol);
        }
      }
      case ARBITRAGE -> {
        arbitrageurs.take(queue.poppedTarget());
        watchForCross(queue.poppedTarget());
      }
      case SAMPLE -> {
        for (SecondSampler sampler : samplers) {
          sampler.sample(now);
        }
        queue.push(now + SimulationClock.SECOND, SAMPLE, 0, null);
      }
      default -> throw new IllegalStateException("unknown event kind " + queue.poppedKind());
    }
  }

  /** Schedules the background arbitrageurs' reaction when a book change crossed the venues. */
  private void watchForCross(int symbol) {
    if (arbitrageurs != null && arbitrageurs.crossed(symbol)) {
      queue.push(arbitrageurs.reactionTime(symbol, now), ARBITRAGE, symbol, null);
    }
  }

  /**
   * Calls {@code sampler} at every whole simulated second from the next one on (e.g. a tape's top
   * of book), after the events scheduled earlier for the same nanosecond. Samplers only read: the
   * market's events and fills are the same with or without them.
   */
  public void sampleEverySecond(SecondSampler sampler) {
    if (samplers.isEmpty()) {
      long next = (now / SimulationClock.SECOND + 1) * SimulationClock.SECOND;
      queue.push(next, SAMPLE, 0, null);
    }
    samplers.add(sampler);
  }

  /** Sees the market once per simulated second. */
  @FunctionalInterface
  public interface SecondSampler {
    void sample(long nowNanos);
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

  /** Events run so far, the once-per-second samples excluded (they do not move the market). */
  public long eventsProcessed() {
    return eventsProcessed;
  }

  public long fills() {
    return dispatcher.fills();
  }
}
