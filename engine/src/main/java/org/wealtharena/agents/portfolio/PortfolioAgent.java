package org.wealtharena.agents.portfolio;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.wealtharena.agents.AgentAccount;
import org.wealtharena.agents.AgentType;
import org.wealtharena.agents.Budget;
import org.wealtharena.agents.DecisionContext;
import org.wealtharena.agents.Execution;
import org.wealtharena.agents.IntentPurpose;
import org.wealtharena.agents.IntentSink;
import org.wealtharena.agents.MarketView;
import org.wealtharena.agents.TradingAgent;
import org.wealtharena.agents.portfolio.optimization.OptimizationResult;
import org.wealtharena.agents.portfolio.optimization.OptimizationType;
import org.wealtharena.agents.portfolio.optimization.PortfolioOptimizer;
import org.wealtharena.agents.portfolio.rebalance.RebalancePolicy;
import org.wealtharena.agents.portfolio.risk.RiskMeasures;
import org.wealtharena.agents.portfolio.stats.CovarianceMatrix;
import org.wealtharena.agents.portfolio.stats.LedoitWolf;
import org.wealtharena.agents.portfolio.stats.ReturnType;
import org.wealtharena.agents.portfolio.stats.Returns;
import org.wealtharena.agents.portfolio.stats.ShrunkMeans;
import org.wealtharena.market.Prices;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.Side;
import org.wealtharena.metrics.PortfolioMetrics;
import org.wealtharena.metrics.RebalanceTrigger;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * Long-only portfolio of its capital budget (times aggressiveness, and no more than its risk budget
 * allows: {@link RiskBudgetSizing}) across a few symbols. It samples the marks into a rolling
 * window; when {@link RebalancePolicy} says so (scheduled, weight drift, or risk: drawdown of its
 * equity or VaR of its holdings), and not within the cooldown of the last rebalance, it optimises
 * on the Ledoit–Wolf covariance and the James–Stein shrunk means ({@link ShrunkMeans}) of the
 * window's returns, whose horizon is the sampling interval. It then trades each position towards
 * its target in whole shares with IOC orders at the touch, sells first, but only when that is worth
 * it ({@link #review}): a rebalance that gains less utility than it costs (spread, fees, impact) is
 * skipped.
 *
 * <p>A risk rebalance seeks minimum variance whatever the configured objective. Metrics are
 * labelled with the type the optimiser actually used (max Sharpe falls back to min variance when
 * nothing beats the risk-free rate). Risk metrics describe the chosen weights over the window, per
 * sample period: var_95, cvar_95, volatility, and max_drawdown of the window's equity curve. The
 * ex-ante Sharpe ratio is annualised from the sampling interval.
 */
public final class PortfolioAgent implements TradingAgent {
  private static final double CONFIDENCE = 0.95;

  /**
   * An invested portfolio moves this part of the way to new weights, as Gârleanu and Pedersen
   * (2013) prescribe when trading costs: estimates keep changing, so the full way would be paid for
   * and partly undone at the next review.
   */
  private static final double TRADE_FRACTION = 0.5;

  private final PortfolioAgentConfig config;
  private final SpecializedAgentMetrics registry;
  private final Map<OptimizationType, PortfolioMetrics> metrics =
      new EnumMap<>(OptimizationType.class);
  private final int assets;
  private final double[][] window;
  private final double[] targetWeights;
  private final double[] currentWeights;
  private final long[] deltaShares;
  private final double[] aim;
  private long tradedNotionalMicros;
  private long forcedNotionalMicros;

  /** Its last orders' ids (IOC orders fill at once), to tell its fills from the risk manager's. */
  private final long[] recentOrderIds;

  private int nextOrderSlot;
  private long rebalances;
  private long skippedForCost;
  private int samples;
  private int nextSample;
  private long firstSampleNanos;
  private long secondSampleNanos;
  private long steps;
  private long stepsSinceRebalance;
  private long equityPeak = Long.MIN_VALUE;
  private int venue = -1;
  private int[] symbolIndex;
  private PortfolioOptimizer optimizer;

  public PortfolioAgent(PortfolioAgentConfig config, SpecializedAgentMetrics metrics) {
    this.config = config;
    this.registry = metrics;
    this.assets = config.symbols().size();
    this.window = new double[config.windowSamples()][assets];
    this.targetWeights = new double[assets];
    this.currentWeights = new double[assets];
    this.deltaShares = new long[assets];
    this.aim = new double[assets];
    this.recentOrderIds = new long[4 * assets];
    Arrays.fill(recentOrderIds, -1);
    this.stepsSinceRebalance =
        Math.max(config.policy().scheduleEverySteps(), config.cooldownSteps());
    metrics(config.objective());
  }

  @Override
  public String id() {
    return config.agentId();
  }

  @Override
  public AgentType type() {
    return AgentType.PORTFOLIO;
  }

  @Override
  public void decide(DecisionContext context, IntentSink sink) {
    MarketView market = context.market();
    if (venue < 0) {
      resolve(market);
    }
    if (steps++ % config.sampleEverySteps() == 0) {
      sample(market);
    }
    stepsSinceRebalance++;
    AgentAccount account = context.account();
    long holdings = 0;
    for (int i = 0; i < assets; i++) {
      holdings += account.position(symbolIndex[i]) * market.markMicros(symbolIndex[i]);
    }
    if (unwindBeyondBudget(context, sink, holdings)) {
      return; // nothing else this step: its sells and a rebalance's could add up to a short sale
    }
    if (samples < config.minSamples() || stepsSinceRebalance < config.cooldownSteps()) {
      return;
    }
    for (int i = 0; i < assets; i++) {
      currentWeights[i] =
          holdings > 0
              ? account.position(symbolIndex[i])
                  * market.markMicros(symbolIndex[i])
                  / (double) holdings
              : 0.0;
    }
    long equity = context.budget().capitalMicros() + account.pnlMicros(market);
    equityPeak = Math.max(equityPeak, equity);
    double drawdown =
        equityPeak > 0 ? Math.max(0.0, (equityPeak - equity) / (double) equityPeak) : 0.0;
    double valueAtRisk =
        holdings > 0
            ? RiskMeasures.valueAtRisk(returns().portfolioReturns(currentWeights), CONFIDENCE)
            : 0.0;
    Optional<RebalanceTrigger> trigger =
        config
            .policy()
            .decide(stepsSinceRebalance, currentWeights, targetWeights, drawdown, valueAtRisk);
    if (trigger.isPresent()) {
      review(context, sink, trigger.get(), holdings);
    }
  }

  @Override
  public void onExecution(Execution execution) {
    long notional = execution.quantity() * execution.priceMicros();
    tradedNotionalMicros += notional;
    for (long id : recentOrderIds) {
      if (id == execution.orderId()) {
        return;
      }
    }
    forcedNotionalMicros += notional; // an order the risk manager placed for it
  }

  /** The session so far; {@code budget} is the one it traded with. */
  public PortfolioSummary summary(Budget budget) {
    return new PortfolioSummary(
        config.agentId(),
        Prices.toDollars(budget.capitalMicros()),
        Prices.toDollars(tradedNotionalMicros),
        tradedNotionalMicros / (double) budget.capitalMicros(),
        (tradedNotionalMicros - forcedNotionalMicros) / (double) budget.capitalMicros(),
        rebalances,
        skippedForCost,
        sampleIntervalNanos() / (double) SimulationClock.SECOND);
  }

  /**
   * Optimises, and trades towards the new weights when that is worth it. Invested, it aims {@link
   * #TRADE_FRACTION} of the way from the held mix to the new weights, and trades only when the
   * utility the aimed mix gains until the next scheduled review beats the estimated cost of getting
   * there. While nothing or less than {@code 1 - driftBand} of the investable capital is held it
   * buys towards the new weights (the mandate is to be fully invested), selling nothing, so
   * investing does not churn on the first, rough estimates.
   */
  private void review(
      DecisionContext context, IntentSink sink, RebalanceTrigger trigger, long holdingsMicros) {
    stepsSinceRebalance = 0;
    Returns returns = returns();
    CovarianceMatrix covariance = LedoitWolf.shrink(returns).covariance();
    double[] means = ShrunkMeans.jamesStein(returns, covariance);
    OptimizationType type =
        trigger == RebalanceTrigger.RISK ? OptimizationType.MIN_VARIANCE : config.objective();
    long start = System.nanoTime();
    OptimizationResult result = optimizer().optimise(type, means, covariance);
    double seconds = (System.nanoTime() - start) * 1e-9;
    double[] weights = result.weights();
    PortfolioMetrics m = metrics(result.usedType());
    m.optimizationRun();
    m.optimizationLatency(seconds);

    double investable =
        RiskBudgetSizing.investableMicros(
            context.budget(),
            config.sessionRiskShare(),
            weights,
            covariance,
            returns.periods(),
            SimulationClock.SESSION / (double) sampleIntervalNanos());
    boolean underInvested =
        holdingsMicros <= 0 || holdingsMicros < (1 - config.policy().driftBand()) * investable;
    for (int i = 0; i < assets; i++) {
      aim[i] = currentWeights[i] + TRADE_FRACTION * (weights[i] - currentWeights[i]);
    }
    boolean worthIt =
        !underInvested
            && MeanVarianceGain.micros(
                    currentWeights,
                    aim,
                    means,
                    covariance,
                    config.riskAversion(),
                    returns.periods(),
                    investable,
                    config.policy().scheduleEverySteps() / (double) config.sampleEverySteps())
                > plan(context, aim, investable);
    if (!underInvested && !worthIt) {
      skippedForCost++;
      return;
    }
    double[] chosen = worthIt ? aim : weights;
    rebalances++;
    m.sharpe(result.sharpeRatio());
    m.diversification(Math.max(0.0, result.diversification()));
    m.turnover(Math.min(1.0, RebalancePolicy.turnover(currentWeights, chosen)));
    m.rebalance(trigger);
    double[] portfolioReturns = returns.portfolioReturns(chosen);
    m.riskMetric("var_95", RiskMeasures.valueAtRisk(portfolioReturns, CONFIDENCE));
    m.riskMetric("cvar_95", RiskMeasures.conditionalValueAtRisk(portfolioReturns, CONFIDENCE));
    m.riskMetric("volatility", RiskMeasures.volatility(portfolioReturns));
    m.riskMetric("max_drawdown", RiskMeasures.maxDrawdown(equityCurve(portfolioReturns)));

    if (worthIt) {
      trade(context, sink, Side.SELL);
    } else {
      plan(context, weights, investable);
      capBuys(context, investable - holdingsMicros);
    }
    capBuysToFreeCash(context);
    trade(context, sink, Side.BUY);
    System.arraycopy(chosen, 0, targetWeights, 0, assets);
  }

  /**
   * Sells every holding pro rata down to the capital budget when the holdings ({@code
   * holdingsMicros} at the marks) are worth more than {@link Budget#UNWIND_BEYOND} times it (after
   * the coordinator cut the budget), whatever the rebalance cooldown; true when it did.
   */
  private boolean unwindBeyondBudget(
      DecisionContext context, IntentSink sink, long holdingsMicros) {
    AgentAccount account = context.account();
    long capital = context.budget().capitalMicros();
    if (holdingsMicros <= Budget.UNWIND_BEYOND * capital) {
      return false;
    }
    double keep = capital / (double) holdingsMicros;
    for (int i = 0; i < assets; i++) {
      long position = account.position(symbolIndex[i]);
      deltaShares[i] = (long) (position * keep) - position;
    }
    trade(context, sink, Side.SELL);
    return true;
  }

  /**
   * Sets {@link #deltaShares} to the trades that move the positions to {@code weights} and returns
   * their estimated cost, micro-dollars: per share half the quoted spread plus the taker fee, plus
   * an impact of another half spread for each touch's worth of size.
   */
  private double plan(DecisionContext context, double[] weights, double investable) {
    MarketView market = context.market();
    double cost = 0;
    for (int i = 0; i < assets; i++) {
      int s = symbolIndex[i];
      long delta =
          (long) (investable * weights[i] / market.markMicros(s)) - context.account().position(s);
      long bid = market.bestBidMicros(venue, s);
      long ask = market.bestAskMicros(venue, s);
      if (bid == MarketView.NO_PRICE || ask == MarketView.NO_PRICE) {
        deltaShares[i] = 0; // no touch to trade at
        continue;
      }
      deltaShares[i] = delta;
      long touch =
          Math.max(
              1, delta > 0 ? market.bestAskQuantity(venue, s) : market.bestBidQuantity(venue, s));
      double halfSpread = (ask - bid) / 2.0;
      double shares = Math.abs(delta);
      cost +=
          shares
              * (halfSpread + market.takerFeeMicrosPerShare(venue) + halfSpread * shares / touch);
    }
    return cost;
  }

  /**
   * Scales the planned buys down so they spend no more than {@code roomMicros}: without the sells
   * of a full rebalance, buying every asset up to its new weight would invest more than the
   * capital.
   */
  private void capBuys(DecisionContext context, double roomMicros) {
    double buying = 0;
    for (int i = 0; i < assets; i++) {
      if (deltaShares[i] > 0) {
        buying += deltaShares[i] * (double) context.market().markMicros(symbolIndex[i]);
      }
    }
    scaleBuys(buying, roomMicros);
  }

  /**
   * Scales the planned buys down to the cash the account has free now: the capital budget plus what
   * its trades moved, less what its open buys commit. The proceeds of this step's sells are not in
   * yet, and after a cut of the budget or a loss the cash can be short of the planned buys; a buy
   * beyond free cash would be a critical buying-power breach.
   */
  private void capBuysToFreeCash(DecisionContext context) {
    MarketView market = context.market();
    double free = context.freeCashMicros();
    double buying = 0;
    for (int i = 0; i < assets; i++) {
      if (deltaShares[i] > 0) {
        long ask = market.touchMicros(venue, symbolIndex[i], Side.BUY);
        buying +=
            ask == MarketView.NO_PRICE
                ? 0
                : deltaShares[i] * (double) market.buyCashPerShareMicros(venue, ask);
      }
    }
    scaleBuys(buying, free);
  }

  /** Scales the planned buys, which would spend {@code buying}, down to {@code room} if above. */
  private void scaleBuys(double buying, double room) {
    if (buying > room) {
      double scale = Math.max(0, room) / buying;
      for (int i = 0; i < assets; i++) {
        if (deltaShares[i] > 0) {
          deltaShares[i] = (long) (deltaShares[i] * scale);
        }
      }
    }
  }

  /** Proposes the planned orders of one side, IOC at the touch. */
  private void trade(DecisionContext context, IntentSink sink, Side side) {
    MarketView market = context.market();
    for (int i = 0; i < assets; i++) {
      int s = symbolIndex[i];
      long delta = deltaShares[i];
      long price = market.touchMicros(venue, s, side);
      boolean wanted = side == Side.BUY ? delta > 0 : delta < 0;
      if (wanted
          && price != MarketView.NO_PRICE
          && Math.abs(delta) * market.markMicros(s) >= config.minTradeMicros()) {
        recentOrderIds[nextOrderSlot] =
            sink.newOrder(
                IntentPurpose.REBALANCE, venue, s, side, OrderType.IOC, price, Math.abs(delta));
        nextOrderSlot = (nextOrderSlot + 1) % recentOrderIds.length;
      }
    }
  }

  private void sample(MarketView market) {
    for (int i = 0; i < assets; i++) {
      window[nextSample][i] = Prices.toDollars(market.markMicros(symbolIndex[i]));
    }
    nextSample = (nextSample + 1) % window.length;
    if (samples == 0) {
      firstSampleNanos = market.now();
    } else if (samples == 1) {
      secondSampleNanos = market.now();
    }
    samples = Math.min(samples + 1, window.length);
  }

  /** The window's returns in time order. */
  private Returns returns() {
    double[][] prices = new double[samples][];
    int oldest = samples < window.length ? 0 : nextSample;
    for (int t = 0; t < samples; t++) {
      prices[t] = window[(oldest + t) % window.length];
    }
    return Returns.fromPrices(prices, ReturnType.SIMPLE);
  }

  /** The time between two samples: the horizon of the returns every estimate is made from. */
  private long sampleIntervalNanos() {
    return Math.max(1, secondSampleNanos - firstSampleNanos);
  }

  /**
   * Built once the sample interval is known, to annualise the ex-ante figures from that horizon
   * with sessions of 252 days a year.
   */
  private PortfolioOptimizer optimizer() {
    if (optimizer == null) {
      int periodsPerYear =
          (int)
              Math.max(
                  1, Math.round(252.0 * SimulationClock.SESSION / (double) sampleIntervalNanos()));
      optimizer = new PortfolioOptimizer(config.maxWeight(), 0.0, periodsPerYear);
    }
    return optimizer;
  }

  private static double[] equityCurve(double[] returns) {
    double[] curve = new double[returns.length + 1];
    curve[0] = 1.0;
    for (int t = 0; t < returns.length; t++) {
      curve[t + 1] = Math.max(0.0, curve[t] * (1 + returns[t]));
    }
    return curve;
  }

  private PortfolioMetrics metrics(OptimizationType type) {
    return metrics.computeIfAbsent(type, t -> registry.portfolio(config.agentId(), t.label()));
  }

  private void resolve(MarketView market) {
    venue = market.venueIndex(config.venue());
    symbolIndex = new int[assets];
    for (int i = 0; i < assets; i++) {
      symbolIndex[i] = market.symbolIndex(config.symbols().get(i));
    }
  }

  public PortfolioAgentConfig config() {
    return config;
  }
}
