package org.wealtharena.agents.marketmaker;

import java.util.ArrayList;
import java.util.List;
import org.wealtharena.agents.AgentAccount;
import org.wealtharena.agents.AgentType;
import org.wealtharena.agents.Budget;
import org.wealtharena.agents.DecisionContext;
import org.wealtharena.agents.Execution;
import org.wealtharena.agents.IntentPurpose;
import org.wealtharena.agents.IntentSink;
import org.wealtharena.agents.MarketView;
import org.wealtharena.agents.MetricsCadence;
import org.wealtharena.agents.TradingAgent;
import org.wealtharena.agents.TradingState;
import org.wealtharena.market.Prices;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.Side;
import org.wealtharena.metrics.MarkoutHorizon;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * Avellaneda–Stoikov market maker on one venue. Per symbol and step it reads the venue's tape into
 * its estimate of the order-arrival intensity ({@link ArrivalIntensity}, refitted every step),
 * takes a {@link FairPrice}, updates an EWMA estimate of the mid's variance, and quotes {@code
 * levels} bids and asks around the inventory-skewed reservation price with the model's optimal
 * spread for the estimated k, rounded to the tick grid away from the mid and never crossing the
 * book (it only adds liquidity). When the model's spread is no wider than the book's, that is the
 * touch.
 *
 * <p>Quote size shrinks linearly with inventory on the side that adds to it, reaching zero at the
 * hard limit; the quotes of a side never add up to more than the room left to the limit. It
 * requotes (cancel and replace all of a symbol's quotes) when its prices or sizes change, after a
 * fill, and at least every {@link MarketMakerConfig#requoteIntervalNanos}. While the risk manager
 * has it {@link TradingState#REDUCING} it quotes only the side that reduces inventory; halted, it
 * quotes nothing.
 *
 * <p>Metrics per symbol: quoted spread, quotes per side, fill rate (filled / posted quote quantity
 * over the last {@link MarketMakerConfig#fillRateWindowQuotes} quotes), inventory, PnL (the
 * symbol's cash flow plus inventory at the mark, i.e. since the start), and the wall time of
 * computing one quote pair, and the markouts of its fills at 1 s, 10 s and 60 s ({@link Markouts});
 * published on the {@link MetricsCadence}. {@link #summary} splits its PnL.
 */
public final class MarketMaker implements TradingAgent {
  private final MarketMakerConfig config;
  private final Quoting[] quoting;
  private final long[] bidTicks;
  private final long[] askTicks;
  private final long[] bidSizes;
  private final long[] askSizes;
  private int venue = -1;
  private Quoting[] bySymbol;
  private long decisions;

  /**
   * Free cash left this step for the bids still to post: the account's at the step's start, less
   * what each bid posted since commits (as the buying-power check counts every live buy).
   */
  private long fundableMicros;

  public MarketMaker(MarketMakerConfig config, SpecializedAgentMetrics metrics) {
    this.config = config;
    this.quoting = new Quoting[config.symbols().size()];
    for (int i = 0; i < quoting.length; i++) {
      quoting[i] =
          new Quoting(metrics.marketMaker(config.agentId(), config.symbols().get(i)), config);
    }
    int levels = config.levels();
    bidTicks = new long[levels];
    askTicks = new long[levels];
    bidSizes = new long[levels];
    askSizes = new long[levels];
  }

  @Override
  public String id() {
    return config.agentId();
  }

  @Override
  public AgentType type() {
    return AgentType.MARKET_MAKER;
  }

  @Override
  public void decide(DecisionContext context, IntentSink sink) {
    MarketView market = context.market();
    if (venue < 0) {
      resolve(market);
    }
    fundableMicros = context.freeCashMicros();
    for (Quoting q : quoting) {
      observe(market, q);
      long start = System.nanoTime();
      boolean quotable = computeQuotes(context, q);
      if (MetricsCadence.timed(q.quoteComputations++)) {
        q.metrics.quoteLatency((System.nanoTime() - start) * 1e-9);
      }
      if (quotable && needsRequote(context.now(), q)) {
        requote(context.now(), market, sink, q);
      } else if (!quotable && q.live > 0) {
        cancelQuotes(sink, q);
      }
      if (quotable) {
        unwindExcess(context, sink, q);
      }
    }
    if (MetricsCadence.publishes(decisions++)) {
      publishMetrics(context);
    }
  }

  /**
   * Sets each symbol's spread, inventory, PnL and fill rate gauges and adds the quotes posted since
   * the last publication to market_maker_quotes_total (a buy quote is a bid).
   */
  @Override
  public void publishMetrics(DecisionContext context) {
    AgentAccount account = context.account();
    for (Quoting q : quoting) {
      if (q.symbol < 0) {
        continue; // never decided: nothing to show yet
      }
      if (q.bidsPosted > 0) {
        q.metrics.quotes(org.wealtharena.metrics.QuoteSide.BID, q.bidsPosted);
        q.bidsPosted = 0;
      }
      if (q.asksPosted > 0) {
        q.metrics.quotes(org.wealtharena.metrics.QuoteSide.ASK, q.asksPosted);
        q.asksPosted = 0;
      }
      if (q.spreadTicks > 0) {
        q.metrics.spread(Prices.toDollars(q.spreadTicks * context.market().tickMicros(venue)));
      }
      q.metrics.inventory(account.position(q.symbol));
      q.metrics.pnl(Prices.toDollars(account.symbolPnlMicros(q.symbol, context.market())));
      if (!q.fills.isEmpty()) {
        q.metrics.fillRate(q.fills.ratio());
      }
      for (int h = 0; h < Markouts.HORIZONS_NANOS.length; h++) {
        if (q.markouts.hasWindow(h)) {
          q.metrics.markout(MarkoutHorizon.values()[h], q.markouts.windowMean(h));
        }
      }
    }
  }

  /**
   * Reads the tape since the last step into the arrival estimate (each trade against the mid before
   * it), refits it, and marks out the fills that reached a horizon.
   */
  private void observe(MarketView market, Quoting q) {
    long now = market.now();
    if (q.observedNanos != Long.MIN_VALUE) {
      q.arrivals.elapse((now - q.observedNanos) * 1e-9);
    }
    q.observedNanos = now;
    q.tapeSequence = market.tradesSince(venue, q.symbol, q.tapeSequence, q);
    q.arrivals.fit();
    long mid = market.midMicros(venue, q.symbol);
    if (mid != MarketView.NO_PRICE) {
      q.tapeMidMicros = mid;
    }
    q.markMicros = market.markMicros(q.symbol);
    q.markouts.mark(now, q.markMicros);
  }

  @Override
  public void onExecution(Execution execution) {
    Quoting q = bySymbol == null ? null : bySymbol[execution.symbol()];
    if (q == null) {
      return;
    }
    if (q.fills.credit(execution.orderId(), execution.quantity())) {
      q.filledSinceQuote = true;
    }
    q.markouts.fill(
        execution.timeNanos(),
        execution.side(),
        execution.quantity(),
        execution.priceMicros(),
        q.markMicros);
    q.sharesTraded += execution.quantity();
  }

  /**
   * Computes this step's quotes of one symbol into the scratch arrays; false when the book is one-
   * sided (no mid to quote around) or the agent may not quote.
   */
  private boolean computeQuotes(DecisionContext context, Quoting q) {
    MarketView market = context.market();
    int s = q.symbol;
    long bestBid = market.bestBidMicros(venue, s);
    long bestAsk = market.bestAskMicros(venue, s);
    if (bestBid == MarketView.NO_PRICE
        || bestAsk == MarketView.NO_PRICE
        || context.tradingState() == TradingState.HALTED) {
      return false;
    }
    double mid = Prices.toDollars(bestBid + bestAsk) / 2;
    q.variance.observe(mid, context.now());
    double fair = mid;
    if (config.fairPrice() != FairPrice.MID) {
      double bidQuantity = market.bestBidQuantity(venue, s);
      double askQuantity = market.bestAskQuantity(venue, s);
      fair =
          (Prices.toDollars(bestBid) * askQuantity + Prices.toDollars(bestAsk) * bidQuantity)
              / (bidQuantity + askQuantity);
    }
    if (config.fairPrice() == FairPrice.CONSOLIDATED_MICRO_PRICE) {
      fair += Prices.toDollars(market.markMicros(s)) - mid;
    }
    long position = context.account().position(s);
    double scale = capitalScale(context.budget().capitalMicros(), mid);
    double lot = Math.max(1, config.quoteSize() * scale);
    double variance = q.variance.variancePerSecond();
    double reservation =
        AvellanedaStoikov.reservationPrice(
            fair, position / lot, config.riskAversion(), variance, config.horizonSeconds());
    double halfSpread =
        AvellanedaStoikov.optimalSpread(
                config.riskAversion(), variance, config.horizonSeconds(), q.arrivals.decay())
            / 2;

    long tick = market.tickMicros(venue);
    // Away from the mid, and never at or through the other side of the book.
    long bid =
        Math.min(
            (long) Math.floor((reservation - halfSpread) * Prices.MICROS_PER_DOLLAR / tick),
            bestAsk / tick - 1);
    long ask =
        Math.max(
            (long) Math.ceil((reservation + halfSpread) * Prices.MICROS_PER_DOLLAR / tick),
            bestBid / tick + 1);

    long limit = Math.round(config.inventoryLimit() * scale); // 0: the budget affords no share
    q.inventoryLimit = limit;
    long bidRoom = limit - position;
    long askRoom = limit + position;
    if (context.tradingState() == TradingState.REDUCING) {
      bidRoom = Math.max(0, -position);
      askRoom = Math.max(0, position);
    }
    // Only what free cash funds may open a position: a bid its price with the fee, a short sale
    // its margin (at most its notional). After a cut of the capital budget the account can have
    // nothing free while it still holds the inventory the old budget paid for, and a quote it
    // cannot fund would be denied as a critical buying-power breach.
    long fundable = Math.max(0, fundableMicros);
    bidRoom =
        Math.min(
            bidRoom,
            Math.max(0, -position) + fundable / market.buyCashPerShareMicros(venue, bid * tick));
    askRoom = Math.min(askRoom, Math.max(0, position) + fundable / (ask * tick));
    double base = lot * context.budget().aggressiveness();
    long bidSize = limit == 0 ? 0 : (long) (base * (1 - Math.max(position, 0) / (double) limit));
    long askSize = limit == 0 ? 0 : (long) (base * (1 - Math.max(-position, 0) / (double) limit));
    long bandLow = market.bandLowMicros(venue, s) / tick;
    long bandHigh = market.bandHighMicros(venue, s) / tick;
    for (int level = 0; level < config.levels(); level++) {
      bidTicks[level] = bid - (long) level * config.levelSpacingTicks();
      askTicks[level] = ask + (long) level * config.levelSpacingTicks();
      bidSizes[level] = bidTicks[level] < bandLow ? 0 : Math.max(0, Math.min(bidSize, bidRoom));
      askSizes[level] = askTicks[level] > bandHigh ? 0 : Math.max(0, Math.min(askSize, askRoom));
      bidRoom -= bidSizes[level];
      askRoom -= askSizes[level];
    }
    return true;
  }

  /**
   * Trades inventory down to the limit at once, with an IOC at the opposite touch, when it is more
   * than {@link Budget#UNWIND_BEYOND} times the limit (after a cut of the capital budget). Smaller
   * excesses are left to the quotes, which only shrink the inventory then.
   */
  private void unwindExcess(DecisionContext context, IntentSink sink, Quoting q) {
    long position = context.account().position(q.symbol);
    long excess = Math.abs(position) - q.inventoryLimit;
    if (Math.abs(position) <= Budget.UNWIND_BEYOND * q.inventoryLimit
        || (q.unwindOrderId != Long.MIN_VALUE
            && context.account().remaining(q.unwindOrderId) > 0)) {
      return;
    }
    MarketView market = context.market();
    Side side = position > 0 ? Side.SELL : Side.BUY;
    long price =
        side == Side.SELL
            ? market.bestBidMicros(venue, q.symbol)
            : market.bestAskMicros(venue, q.symbol);
    q.unwindOrderId =
        sink.newOrder(IntentPurpose.UNWIND, venue, q.symbol, side, OrderType.IOC, price, excess);
  }

  /**
   * The share of its configured sizes (quote size, inventory limit) the capital budget affords: a
   * full inventory in every symbol is worth at most the budget. So quotes shrink with the capital
   * the coordinator allocates, and the inventory stays inside the exposure limits that are
   * multiples of that capital.
   */
  private double capitalScale(long capitalMicros, double midDollars) {
    double affordableShares =
        Prices.toDollars(capitalMicros) / config.symbols().size() / midDollars;
    return Math.min(1, affordableShares / config.inventoryLimit());
  }

  private boolean needsRequote(long now, Quoting q) {
    return q.filledSinceQuote
        || now - q.lastQuoteNanos >= config.requoteIntervalNanos()
        || q.postedBid != bidTicks[0]
        || q.postedAsk != askTicks[0]
        || q.postedBidSize != bidSizes[0]
        || q.postedAskSize != askSizes[0];
  }

  private void requote(long now, MarketView market, IntentSink sink, Quoting q) {
    cancelQuotes(sink, q);
    long tick = market.tickMicros(venue);
    for (int level = 0; level < config.levels(); level++) {
      post(market, sink, q, Side.BUY, bidTicks[level] * tick, bidSizes[level]);
      post(market, sink, q, Side.SELL, askTicks[level] * tick, askSizes[level]);
    }
    q.spreadTicks = askTicks[0] - bidTicks[0];
    q.postedBid = bidTicks[0];
    q.postedAsk = askTicks[0];
    q.postedBidSize = bidSizes[0];
    q.postedAskSize = askSizes[0];
    q.lastQuoteNanos = now;
    q.filledSinceQuote = false;
  }

  private void post(
      MarketView market, IntentSink sink, Quoting q, Side side, long priceMicros, long quantity) {
    if (quantity <= 0) {
      return;
    }
    long orderId =
        sink.newOrder(
            IntentPurpose.QUOTE, venue, q.symbol, side, OrderType.LIMIT, priceMicros, quantity);
    q.liveIds[q.live++] = orderId;
    q.fills.add(orderId, quantity, 0);
    if (side == Side.BUY) {
      fundableMicros -= quantity * market.buyCashPerShareMicros(venue, priceMicros);
      q.bidsPosted++;
    } else {
      q.asksPosted++;
    }
  }

  /**
   * Cancels every quote of the symbol that may still rest; ids that filled meanwhile are harmless.
   */
  private void cancelQuotes(IntentSink sink, Quoting q) {
    for (int i = 0; i < q.live; i++) {
      sink.cancel(IntentPurpose.QUOTE, venue, q.symbol, q.liveIds[i]);
    }
    q.live = 0;
    q.postedBidSize = -1;
  }

  private void resolve(MarketView market) {
    venue = market.venueIndex(config.venue());
    bySymbol = new Quoting[market.symbols().size()];
    double tick = Prices.toDollars(market.tickMicros(venue));
    for (int i = 0; i < quoting.length; i++) {
      quoting[i].symbol = market.symbolIndex(config.symbols().get(i));
      quoting[i].arrivals =
          new ArrivalIntensity(tick, config.arrivalDecay(), config.arrivalHalfLifeSeconds());
      bySymbol[quoting[i].symbol] = quoting[i];
    }
  }

  /**
   * What the market maker did so far, all its symbols together: PnL (from {@code account}, which
   * must be the one it traded through, at the current marks) split into spread capture, adverse
   * selection, inventory PnL and fees ({@link Markouts}); its share of its venue's volume in its
   * symbols since it started; session markouts; the current arrival estimates.
   */
  public MarketMakerSummary summary(AgentAccount account, MarketView market) {
    long spread = 0;
    long adverse = 0;
    long shares = 0;
    long venueVolume = 0;
    long[] markoutEarned = new long[Markouts.HORIZONS_NANOS.length];
    long[] markoutShares = new long[Markouts.HORIZONS_NANOS.length];
    List<MarketMakerSummary.Arrival> arrivals = new ArrayList<>();
    for (Quoting q : quoting) {
      if (q.symbol < 0) {
        continue;
      }
      spread += q.markouts.spreadCaptureMicros();
      adverse += q.markouts.adverseSelectionMicros(market.markMicros(q.symbol));
      shares += q.sharesTraded;
      venueVolume += q.venueVolume;
      arrivals.add(
          new MarketMakerSummary.Arrival(
              market.symbols().get(q.symbol), q.arrivals.decay(), q.arrivals.intensity()));
      for (int h = 0; h < markoutEarned.length; h++) {
        markoutEarned[h] += q.markouts.sessionEarnedMicros(h);
        markoutShares[h] += q.markouts.sessionShares(h);
      }
    }
    double[] markouts = new double[markoutEarned.length];
    for (int h = 0; h < markouts.length; h++) {
      markouts[h] =
          markoutShares[h] == 0 ? 0 : Prices.toDollars(markoutEarned[h]) / markoutShares[h];
    }
    long pnl = account.pnlMicros(market);
    long fees = account.feesMicros();
    return new MarketMakerSummary(
        config.agentId(),
        Prices.toDollars(pnl),
        Prices.toDollars(spread),
        Prices.toDollars(adverse),
        Prices.toDollars(pnl - spread - adverse + fees),
        Prices.toDollars(-fees),
        shares,
        venueVolume,
        venueVolume == 0 ? 0 : shares / (double) venueVolume,
        markouts[0],
        markouts[1],
        markouts[2],
        arrivals);
  }

  public MarketMakerConfig config() {
    return config;
  }
}
