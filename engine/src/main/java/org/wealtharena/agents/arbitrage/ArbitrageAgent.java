package org.wealtharena.agents.arbitrage;

import org.wealtharena.agents.AgentType;
import org.wealtharena.agents.DecisionContext;
import org.wealtharena.agents.DenialReason;
import org.wealtharena.agents.Execution;
import org.wealtharena.agents.Intent;
import org.wealtharena.agents.IntentPurpose;
import org.wealtharena.agents.IntentSink;
import org.wealtharena.agents.MarketView;
import org.wealtharena.agents.MetricsCadence;
import org.wealtharena.agents.SlidingWindowRatio;
import org.wealtharena.agents.TradingAgent;
import org.wealtharena.market.Prices;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.venue.OrderResult;
import org.wealtharena.metrics.ArbitrageMetrics;
import org.wealtharena.metrics.ArbitrageStatus;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * Cross-venue arbitrage of the same symbol on two venues. An opportunity is a best bid on one venue
 * above the best ask on the other by more than both taker fees plus a threshold (per share). It
 * then sends both legs at once as IOC orders at those touches (buy where it is cheap, sell where it
 * is dear) for the smallest of both touch quantities, its size limit scaled by aggressiveness, and
 * what its capital buys, taker fee included (as buying power counts a buy).
 *
 * <p>Once both legs are done (venue result, or denied) the execution is a success when both filled
 * fully, failed when neither filled, partial otherwise; after a partial the imbalance is unwound
 * with a market order on the venue of the leg that filled more, and that loss is part of the
 * profit. One execution per symbol is in flight at a time.
 *
 * <p>Metrics per {@code SYMBOL-VENUEA-VENUEB}: opportunities (every step a crossing is seen while
 * idle), executions by status, success rate over the last executions, the last detected gap in
 * dollars, realised edge (profit per share of the window's executions, net of fees and unwinds),
 * cumulative profit (the symbol's cash flow, fees included, plus any position left at the mark;
 * exactly the realised profit whenever the agent is flat), and execution latency. Latency is
 * measured in SIMULATED seconds from detection to the later leg's venue result: that is the
 * interval that decides whether the gap is still there (order-entry latency, the step), while the
 * wall time to compute a decision is microseconds and says nothing about execution. Counts and
 * gauges are published on the {@link MetricsCadence}; with about one execution a step, the latency
 * of the first execution of each pair and every {@value MetricsCadence#TIME_EVERY}th is observed.
 */
public final class ArbitrageAgent implements TradingAgent {
  private static final ArbitrageStatus[] STATUSES = ArbitrageStatus.values();

  private final ArbitrageConfig config;
  private final Pair[] pairs;
  private int venueA = -1;
  private int venueB;
  private Pair[] bySymbol;
  private long executions;
  private long decisions;

  public ArbitrageAgent(ArbitrageConfig config, SpecializedAgentMetrics metrics) {
    this.config = config;
    this.pairs = new Pair[config.symbols().size()];
    for (int i = 0; i < pairs.length; i++) {
      pairs[i] =
          new Pair(
              metrics.arbitrage(config.agentId(), config.marketPair(config.symbols().get(i))),
              config.successWindow());
    }
  }

  @Override
  public String id() {
    return config.agentId();
  }

  @Override
  public AgentType type() {
    return AgentType.ARBITRAGE;
  }

  @Override
  public void decide(DecisionContext context, IntentSink sink) {
    MarketView market = context.market();
    if (venueA < 0) {
      resolve(market);
    }
    for (Pair pair : pairs) {
      if (pair.inFlight) {
        progress(context, sink, pair);
      } else {
        detect(context, sink, pair);
      }
    }
    if (MetricsCadence.publishes(decisions++)) {
      publishMetrics(context);
    }
  }

  /** Adds each pair's opportunities and executions since the last publication; sets its gauges. */
  @Override
  public void publishMetrics(DecisionContext context) {
    for (Pair pair : pairs) {
      if (pair.unpublishedOpportunities > 0) {
        pair.metrics.opportunities(pair.unpublishedOpportunities);
        pair.unpublishedOpportunities = 0;
      }
      for (ArbitrageStatus status : STATUSES) {
        long count = pair.unpublishedExecutions[status.ordinal()];
        if (count > 0) {
          pair.metrics.executions(status, count);
          pair.unpublishedExecutions[status.ordinal()] = 0;
        }
      }
      if (pair.opportunities > 0) {
        pair.metrics.spread(Prices.toDollars(pair.lastGapMicros));
      }
      if (pair.executions > 0) {
        pair.metrics.successRate(pair.outcomes.ratio());
      }
      if (pair.profitKnown) {
        pair.metrics.profit(Prices.toDollars(pair.profitMicros));
      }
      if (pair.edges.shares() > 0) {
        pair.metrics.realizedEdge(pair.edges.dollarsPerShare());
      }
    }
  }

  private void detect(DecisionContext context, IntentSink sink, Pair pair) {
    MarketView market = context.market();
    int s = pair.symbol;
    long edgeAB = edge(market, s, venueA, venueB); // sell on A, buy on B
    long edgeBA = edge(market, s, venueB, venueA);
    boolean sellOnA = edgeAB >= edgeBA;
    int sellVenue = sellOnA ? venueA : venueB;
    int buyVenue = sellOnA ? venueB : venueA;
    long netEdge = Math.max(edgeAB, edgeBA);
    if (netEdge <= config.thresholdMicros()) {
      return;
    }
    long bid = market.bestBidMicros(sellVenue, s);
    long ask = market.bestAskMicros(buyVenue, s);
    pair.opportunities++;
    pair.unpublishedOpportunities++;
    pair.lastGapMicros = bid - ask;
    long quantity =
        Math.min(market.bestBidQuantity(sellVenue, s), market.bestAskQuantity(buyVenue, s));
    quantity = Math.min(quantity, (long) (config.maxShares() * context.budget().aggressiveness()));
    // The buy leg with its taker fee, as buying power counts it, or it is refused.
    quantity =
        Math.min(
            quantity,
            context.budget().capitalMicros() / market.buyCashPerShareMicros(buyVenue, ask));
    if (quantity < 1) {
      return;
    }
    pair.start(
        context.now(),
        quantity,
        buyVenue,
        sellVenue,
        context.account().symbolPnlMicros(s, context.market()));
    pair.buyId =
        sink.newOrder(
            IntentPurpose.ARBITRAGE_LEG, buyVenue, s, Side.BUY, OrderType.IOC, ask, quantity);
    pair.sellId =
        sink.newOrder(
            IntentPurpose.ARBITRAGE_LEG, sellVenue, s, Side.SELL, OrderType.IOC, bid, quantity);
  }

  /**
   * Bid on {@code sellVenue} minus ask on {@code buyVenue} minus both taker fees; MIN when a side
   * is empty.
   */
  private static long edge(MarketView market, int s, int sellVenue, int buyVenue) {
    long bid = market.bestBidMicros(sellVenue, s);
    long ask = market.bestAskMicros(buyVenue, s);
    if (bid == MarketView.NO_PRICE || ask == MarketView.NO_PRICE) {
      return Long.MIN_VALUE;
    }
    return bid
        - ask
        - market.takerFeeMicrosPerShare(sellVenue)
        - market.takerFeeMicrosPerShare(buyVenue);
  }

  private void progress(DecisionContext context, IntentSink sink, Pair pair) {
    if (!pair.buyDone || !pair.sellDone || pair.unwindId != 0) {
      return; // legs or the unwind still on their way
    }
    if (pair.status == null) {
      pair.status =
          pair.buyFilled == pair.quantity && pair.sellFilled == pair.quantity
              ? ArbitrageStatus.SUCCESS
              : pair.buyFilled == 0 && pair.sellFilled == 0
                  ? ArbitrageStatus.FAILED
                  : ArbitrageStatus.PARTIAL;
      pair.unpublishedExecutions[pair.status.ordinal()]++;
      if (MetricsCadence.timed(pair.executions++)) {
        pair.metrics.executionLatency(
            (Math.max(pair.buyDoneNanos, pair.sellDoneNanos) - pair.detectedNanos)
                / (double) SimulationClock.SECOND);
      }
      pair.outcomes.add(executions++, 1, pair.status == ArbitrageStatus.SUCCESS ? 1 : 0);
      long imbalance = pair.buyFilled - pair.sellFilled;
      if (imbalance != 0) {
        Side side = imbalance > 0 ? Side.SELL : Side.BUY;
        int venue = imbalance > 0 ? pair.buyVenue : pair.sellVenue;
        pair.unwindId =
            sink.newOrder(
                IntentPurpose.UNWIND,
                venue,
                pair.symbol,
                side,
                OrderType.MARKET,
                0,
                Math.abs(imbalance));
        return;
      }
    }
    pair.profitMicros = context.account().symbolPnlMicros(pair.symbol, context.market());
    pair.profitKnown = true;
    pair.inFlight = false;
    pair.edges.add(
        pair.profitMicros - pair.profitBeforeMicros, Math.max(pair.buyFilled, pair.sellFilled));
  }

  @Override
  public void onExecution(Execution execution) {
    Pair pair = bySymbol == null ? null : bySymbol[execution.symbol()];
    if (pair == null || !pair.inFlight) {
      return;
    }
    if (execution.orderId() == pair.buyId) {
      pair.buyFilled += execution.quantity();
    } else if (execution.orderId() == pair.sellId) {
      pair.sellFilled += execution.quantity();
    }
  }

  @Override
  public void onOrderResult(OrderResult result) {
    legDone(result.orderId(), result.timeNanos());
  }

  @Override
  public void onDenied(Intent intent, DenialReason reason) {
    legDone(intent.orderId(), Long.MIN_VALUE);
  }

  /** Marks a leg (or the unwind) as done; a denied leg is done at detection time. */
  private void legDone(long orderId, long timeNanos) {
    for (Pair pair : pairs) {
      if (!pair.inFlight) {
        continue;
      }
      long at = Math.max(timeNanos, pair.detectedNanos);
      if (orderId == pair.buyId) {
        pair.buyDone = true;
        pair.buyDoneNanos = at;
      } else if (orderId == pair.sellId) {
        pair.sellDone = true;
        pair.sellDoneNanos = at;
      } else if (orderId == pair.unwindId) {
        pair.unwindId = 0;
      }
    }
  }

  private void resolve(MarketView market) {
    venueA = market.venueIndex(config.venueA());
    venueB = market.venueIndex(config.venueB());
    bySymbol = new Pair[market.symbols().size()];
    for (int i = 0; i < pairs.length; i++) {
      pairs[i].symbol = market.symbolIndex(config.symbols().get(i));
      bySymbol[pairs[i].symbol] = pairs[i];
    }
  }

  public ArbitrageConfig config() {
    return config;
  }

  /** One symbol on the two venues, and its execution in flight. */
  private static final class Pair {
    final ArbitrageMetrics metrics;
    final SlidingWindowRatio outcomes;

    /** Opportunities and executions of this pair so far, and those not yet published. */
    long opportunities;

    long executions;
    long unpublishedOpportunities;
    final long[] unpublishedExecutions = new long[STATUSES.length];
    long lastGapMicros;

    /** The symbol's cumulative profit when the last execution was over. */
    long profitMicros;

    /** The symbol's cumulative profit when the execution in flight was detected. */
    long profitBeforeMicros;

    final RealizedEdges edges;

    boolean profitKnown;
    int symbol;
    boolean inFlight;
    long detectedNanos;
    long quantity;
    int buyVenue;
    int sellVenue;
    long buyId;
    long sellId;
    long unwindId;
    boolean buyDone;
    boolean sellDone;
    long buyDoneNanos;
    long sellDoneNanos;
    long buyFilled;
    long sellFilled;
    ArbitrageStatus status;

    Pair(ArbitrageMetrics metrics, int successWindow) {
      this.metrics = metrics;
      this.outcomes = new SlidingWindowRatio(successWindow);
      this.edges = new RealizedEdges(successWindow);
    }

    void start(long now, long quantity, int buyVenue, int sellVenue, long profitBeforeMicros) {
      inFlight = true;
      this.profitBeforeMicros = profitBeforeMicros;
      detectedNanos = now;
      this.quantity = quantity;
      this.buyVenue = buyVenue;
      this.sellVenue = sellVenue;
      buyId = 0;
      sellId = 0;
      unwindId = 0;
      buyDone = false;
      sellDone = false;
      buyFilled = 0;
      sellFilled = 0;
      status = null;
    }
  }
}
