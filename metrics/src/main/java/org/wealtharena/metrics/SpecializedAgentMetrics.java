package org.wealtharena.metrics;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Endpoint 2 (default port 8013, job {@code wealtharena_specialized_agents}): market maker,
 * arbitrage, portfolio optimisation and risk manager agents. One {@code record*} method per catalog
 * family, named as in the integration guide; for hot paths bind the labels once with {@link
 * #marketMaker}, {@link #arbitrage}, {@link #portfolio}, {@link #riskManager} or {@link #agent}.
 */
public final class SpecializedAgentMetrics extends EndpointMetrics {

  public static final int DEFAULT_PORT = 8013;
  public static final String ENDPOINT = "specialized_agents";

  private static final String ID = "agent_id";
  private static final String PAIR = "market_pair";

  /** What the help text of a gauge describing one simulated world says about parallel episodes. */
  static final String WATCHED =
      " (of the watched episode: episode slot 0 while episodes run in parallel)";

  final GaugeFamily mmSpread =
      families.gauge(
          "market_maker_spread",
          "Quoted ask minus bid, in price units (dollars)" + WATCHED,
          ValueDomain.FINITE,
          families.label(ID),
          families.label("symbol"));
  final CounterFamily mmQuotes =
      families.counter(
          "market_maker_quotes_total",
          "Quotes posted, by side (bid, ask)",
          families.label(ID),
          families.label("symbol"),
          LabelSpec.fixed("side", QuoteSide.values()));
  final GaugeFamily mmFillRate =
      families.gauge(
          "market_maker_fill_rate",
          "Filled / posted quote quantity over a sliding window (ratio 0..1)" + WATCHED,
          ValueDomain.RATIO,
          families.label(ID),
          families.label("symbol"));
  final GaugeFamily mmInventory =
      families.gauge(
          "market_maker_inventory",
          "Signed position in shares" + WATCHED,
          ValueDomain.FINITE,
          families.label(ID),
          families.label("symbol"));
  final GaugeFamily mmPnl =
      families.gauge(
          "market_maker_pnl",
          "Mark-to-market PnL in dollars: cash plus inventory at mid" + WATCHED,
          ValueDomain.FINITE,
          families.label(ID),
          families.label("symbol"));
  final HistogramFamily mmQuoteLatency =
      families.histogram(
          "market_maker_quote_latency_seconds",
          "Time in seconds to compute one quote pair",
          ValueDomain.NON_NEGATIVE,
          Buckets.inProcessSeconds(),
          families.label(ID));
  final GaugeFamily mmMarkout =
      families.gauge(
          "market_maker_markout",
          "Mean markout of the market maker's last fills at a horizon after each fill (1s, 10s,"
              + " 60s): mark then minus price for a buy, price minus mark for a sell, in price units"
              + " per share, positive = favourable",
          ValueDomain.FINITE,
          families.label(ID),
          families.label("symbol"),
          LabelSpec.fixed("horizon", MarkoutHorizon.values()));
  final CounterFamily arbOpportunities =
      families.counter(
          "arbitrage_opportunities_total",
          "Crossed cross-venue prices net of fees seen",
          families.label(ID),
          families.label(PAIR));
  final CounterFamily arbExecutions =
      families.counter(
          "arbitrage_executions_total",
          "Arbitrage executions by outcome (success, partial, failed)",
          families.label(ID),
          families.label(PAIR),
          LabelSpec.fixed("status", ArbitrageStatus.values()));
  final GaugeFamily arbProfit =
      families.gauge(
          "arbitrage_profit",
          "Cumulative realised profit in dollars, net of fees" + WATCHED,
          ValueDomain.FINITE,
          families.label(ID),
          families.label(PAIR));
  final HistogramFamily arbLatency =
      families.histogram(
          "arbitrage_execution_latency_seconds",
          "Time in seconds from detection to both legs done",
          ValueDomain.NON_NEGATIVE,
          Buckets.crossVenueSeconds(),
          families.label(ID),
          families.label(PAIR));
  final GaugeFamily arbSpread =
      families.gauge(
          "arbitrage_spread",
          "Last detected cross-venue price gap, in price units (dollars)" + WATCHED,
          ValueDomain.FINITE,
          families.label(ID),
          families.label(PAIR));
  final GaugeFamily arbSuccessRate =
      families.gauge(
          "arbitrage_success_rate",
          "Successful / all executions over a sliding window (ratio 0..1)" + WATCHED,
          ValueDomain.RATIO,
          families.label(ID),
          families.label(PAIR));
  final GaugeFamily arbRealizedEdge =
      families.gauge(
          "arbitrage_realized_edge",
          "Realised profit per share of the window's executions, net of fees, in price units"
              + " (dollars per share)"
              + WATCHED,
          ValueDomain.FINITE,
          families.label(ID),
          families.label(PAIR));
  final CounterFamily pfRuns =
      families.counter(
          "portfolio_optimization_runs_total",
          "Portfolio optimisations run, by optimisation type",
          families.label(ID),
          families.label("optimization_type"));
  final GaugeFamily pfSharpe =
      families.gauge(
          "portfolio_sharpe_ratio",
          "Ex-ante Sharpe ratio of the chosen weights on shrunk expected returns (dimensionless),"
              + " annualised from the return horizon the optimiser uses (its sampling interval)",
          ValueDomain.FINITE,
          families.label(ID));
  final GaugeFamily pfDiversification =
      families.gauge(
          "portfolio_diversification",
          "1 - sum of squared weights (ratio 0..1, 0 = one asset)",
          ValueDomain.RATIO,
          families.label(ID));
  final GaugeFamily pfTurnover =
      families.gauge(
          "portfolio_turnover",
          "Sum of absolute weight changes / 2 of the last rebalance (ratio 0..1)",
          ValueDomain.RATIO,
          families.label(ID));
  final CounterFamily pfRebalances =
      families.counter(
          "portfolio_rebalance_total",
          "Rebalances by trigger (scheduled, drift, risk)",
          families.label(ID),
          families.label("trigger"));
  final HistogramFamily pfLatency =
      families.histogram(
          "portfolio_optimization_latency_seconds",
          "Time in seconds of one optimisation",
          ValueDomain.NON_NEGATIVE,
          Buckets.inProcessSeconds(),
          families.label(ID),
          families.label("optimization_type"));
  final GaugeFamily pfRisk =
      families.gauge(
          "portfolio_risk_metrics",
          "Portfolio risk measures (var_95, cvar_95, volatility, max_drawdown)",
          ValueDomain.FINITE,
          families.label(ID),
          families.label("risk_type"));
  final CounterFamily rmChecks =
      families.counter(
          "risk_manager_checks_total",
          "Risk checks run, a count, by check_type: pre-trade position_limit, order_notional,"
              + " order_rate, buying_power; post-trade drawdown, var_limit, exposure, session_loss",
          families.label(ID),
          families.label("check_type"));
  final CounterFamily rmViolations =
      families.counter(
          "risk_violations_total",
          "Risk limit violations, a count, by violation_type (the check_type that found it) and"
              + " severity (warning from 80 % of the limit, critical beyond it)",
          families.label(ID),
          families.label("violation_type"),
          LabelSpec.fixed("severity", Severity.values()));
  final GaugeFamily rmLimits =
      families.gauge(
          "risk_limits",
          "The risk limit in force, by limit_type: gross, net, var_95 (1-minute horizon),"
              + " drawdown, session_loss and order_notional in dollars; position in shares per"
              + " symbol; order_rate in orders per second",
          ValueDomain.NON_NEGATIVE,
          families.label(ID),
          families.label("limit_type"));
  final GaugeFamily rmExposure =
      families.gauge(
          "risk_exposure",
          "Current exposure in dollars, by exposure_type: gross (sum of |position x mark|), net"
              + " (sum of position x mark), var_95 (historical 95 % VaR of 1-minute PnL changes),"
              + " drawdown (loss from the session high-water mark), session_loss (loss since the"
              + " session start)",
          ValueDomain.FINITE,
          families.label(ID),
          families.label("exposure_type"));
  final CounterFamily rmActions =
      families.counter(
          "risk_manager_actions_total",
          "Risk manager actions, a count, by action_type: reject_order, reduce_position,"
              + " halt_trading (for the rest of the session), resume_trading (from reducing)",
          families.label(ID),
          families.label("action_type"));
  final HistogramFamily rmLatency =
      families.histogram(
          "risk_check_latency_seconds",
          "Time in seconds of one risk check (every 256th check is timed)",
          ValueDomain.NON_NEGATIVE,
          Buckets.inProcessSeconds(),
          families.label(ID),
          families.label("check_type"));
  final GaugeFamily rmTradingState =
      families.gauge(
          "risk_trading_state",
          "1 for the agent's current trading state, 0 for the others (a flag, no unit): active,"
              + " reducing (only orders that shrink positions pass), halted (for the rest of the"
              + " session; only the risk manager's flattening orders pass)",
          ValueDomain.RATIO,
          families.label(ID),
          LabelSpec.fixed("state", RiskTradingState.values()));
  final GaugeFamily agentReward =
      families.gauge(
          "specialized_agent_reward",
          "Reward of the agent's last episode, in reward units (dimensionless)" + WATCHED,
          ValueDomain.FINITE,
          families.label(ID),
          families.label("agent_type"));
  final CounterFamily agentEpisodes =
      families.counter(
          "specialized_agent_episodes_total",
          "Episodes the agent ran",
          families.label(ID),
          families.label("agent_type"));
  final CounterFamily agentErrors =
      families.counter(
          "specialized_agent_errors_total",
          "Exceptions caught in the agent",
          families.label(ID),
          families.label("agent_type"),
          families.label("error_type"));

  /**
   * The derived ratios (arbitrage success rate by agent and pair, market maker fill rate by agent
   * and symbol), created with the first execution or quote series of their labels, which carry
   * them.
   */
  private final Map<Family.Key, WindowedRatio> successRates = new ConcurrentHashMap<>();

  private final Map<Family.Key, WindowedRatio> fillRates = new ConcurrentHashMap<>();

  {
    arbExecutions.attachToNewSeries(
        labels ->
            new WindowedRatio.Event(
                derivedRatio(successRates, arbSuccessRate, true, labels[0], labels[1]),
                ArbitrageStatus.SUCCESS.label().equals(labels[2]) ? 1 : 0));
    mmQuotes.attachToNewSeries(
        labels ->
            new WindowedRatio.Event(
                derivedRatio(fillRates, mmFillRate, false, labels[0], labels[1]), 0));
  }

  public SpecializedAgentMetrics() {
    this(MetricsOptions.defaults());
  }

  public SpecializedAgentMetrics(MetricsOptions options) {
    super(options);
  }

  /**
   * Registers this endpoint's families in {@code registry}, e.g. Spring Boot Actuator's, so that
   * whatever serves or exports that registry carries them; both endpoints may share one registry.
   * Fails with {@link IllegalArgumentException} if the registry already holds one of the families.
   */
  public SpecializedAgentMetrics(PrometheusRegistry registry) {
    this(registry, MetricsOptions.defaults());
  }

  public SpecializedAgentMetrics(PrometheusRegistry registry, MetricsOptions options) {
    super(registry, options);
  }

  /** A recording endpoint in a registry of its own: see {@link MetricsRecorder}. */
  SpecializedAgentMetrics(MetricsOptions options, MetricsRecorder.Sink sink) {
    super(new PrometheusRegistry(), options, sink);
  }

  private SpecializedAgentMetrics(SpecializedAgentMetrics watched) {
    super(watched);
  }

  @Override
  public SpecializedAgentMetrics unwatched() {
    return dropsGauges() ? this : new SpecializedAgentMetrics(this);
  }

  /** Serves this registry on {@code port} (0 = any free port) on all interfaces. */
  public MetricsServer startSpecializedAgentsMetricsServer(int port) {
    return startSpecializedAgentsMetricsServer(MetricsServerConfig.builder().port(port).build());
  }

  public MetricsServer startSpecializedAgentsMetricsServer(MetricsServerConfig config) {
    return serve(ENDPOINT, config);
  }

  /** Also forgets the agent's derived ratios. */
  @Override
  public void removeAgent(String agentId) {
    super.removeAgent(agentId);
    if (agentId != null) {
      successRates.keySet().removeIf(key -> key.values[0].equals(agentId));
      fillRates.keySet().removeIf(key -> key.values[0].equals(agentId));
    }
  }

  // ---- bound views; binding creates the view's counters and histograms at zero ---------------

  public MarketMakerMetrics marketMaker(String agentId, String symbol) {
    return new MarketMakerMetrics(this, agentId, symbol);
  }

  public ArbitrageMetrics arbitrage(String agentId, String marketPair) {
    return new ArbitrageMetrics(this, agentId, marketPair);
  }

  public PortfolioMetrics portfolio(String agentId, String optimizationType) {
    return new PortfolioMetrics(this, agentId, optimizationType);
  }

  public RiskManagerMetrics riskManager(String agentId) {
    return new RiskManagerMetrics(this, agentId);
  }

  public AgentMetrics agent(String agentId, String agentType) {
    return new AgentMetrics(this, agentId, agentType);
  }

  // ---- init at zero: the same as binding, without keeping the view ----------------------------

  /** Quotes by side (bid, ask) and the quote latency histogram. */
  public void initializeMarketMaker(String agentId, String symbol) {
    marketMaker(agentId, symbol);
  }

  /** Opportunities, executions by status (success, partial, failed), execution latency. */
  public void initializeArbitrage(String agentId, String marketPair) {
    arbitrage(agentId, marketPair);
  }

  /** Optimisation runs and latency, rebalances by trigger (scheduled, drift, risk). */
  public void initializePortfolio(String agentId, String optimizationType) {
    portfolio(agentId, optimizationType);
  }

  /**
   * Checks and check latency per check type, violations per check type and severity, actions per
   * action type.
   */
  public void initializeRiskManager(String agentId) {
    riskManager(agentId);
  }

  /** Episodes of an agent of any type. */
  public void initializeAgent(String agentId, String agentType) {
    agent(agentId, agentType);
  }

  // ---- the guide's API: market maker ----------------------------------------------------------

  public void recordMarketMakerSpread(String agentId, String symbol, double spread) {
    mmSpread.set(spread, agentId, symbol);
  }

  /** One quote posted; {@code side} is bid or ask. */
  public void recordMarketMakerQuote(String agentId, String symbol, String side) {
    recordMarketMakerQuote(agentId, symbol, side, 1);
  }

  public void recordMarketMakerQuote(String agentId, String symbol, String side, long quotes) {
    if (mmQuotes.incDerived(quotes, agentId, symbol, side) instanceof WindowedRatio.Event quote) {
      quote.record(quotes);
    }
  }

  /**
   * One posted quote of {@code symbol} was filled. Once fills are recorded, {@code
   * market_maker_fill_rate} is derived: filled / posted quotes over the last {@value
   * WindowedRatio#BLOCK} to {@value WindowedRatio#BLOCK}x2 quotes (unless set by hand).
   */
  public void recordMarketMakerFill(String agentId, String symbol) {
    recordMarketMakerFills(agentId, symbol, 1);
  }

  public void recordMarketMakerFills(String agentId, String symbol, long fills) {
    // fills have no family of their own: they are checked, and counted, against the quotes'
    var quotes = mmQuotes.admitted(fills, new String[] {agentId, symbol, QuoteSide.BID.label()});
    if (quotes != null && quotes.derived instanceof WindowedRatio.Event quote) {
      quote.window().add(fills, 0);
    }
  }

  /**
   * Sets the fill rate by hand (ratio 0..1); from then on it is no longer derived from recorded
   * quotes and fills.
   */
  public void recordMarketMakerFillRate(String agentId, String symbol, double rate) {
    mmFillRate.set(rate, agentId, symbol);
    setByHand(fillRates, agentId, symbol);
  }

  public void recordMarketMakerInventory(String agentId, String symbol, double shares) {
    mmInventory.set(shares, agentId, symbol);
  }

  public void recordMarketMakerPnl(String agentId, String symbol, double pnl) {
    mmPnl.set(pnl, agentId, symbol);
  }

  /** {@code horizon} is 1s, 10s or 60s; the markout is in price units per share. */
  public void recordMarketMakerMarkout(
      String agentId, String symbol, String horizon, double markout) {
    mmMarkout.set(markout, agentId, symbol, horizon);
  }

  public void recordMarketMakerQuoteLatency(String agentId, double seconds) {
    mmQuoteLatency.observe(seconds, agentId);
  }

  // ---- arbitrage ------------------------------------------------------------------------------

  public void recordArbitrageOpportunity(String agentId, String marketPair) {
    arbOpportunities.inc(1, agentId, marketPair);
  }

  /**
   * {@code status} is success, partial or failed. Also derives {@code arbitrage_success_rate}:
   * successful / all executions over the last {@value WindowedRatio#BLOCK} to {@value
   * WindowedRatio#BLOCK}x2 executions (unless set by hand).
   */
  public void recordArbitrageExecution(String agentId, String marketPair, String status) {
    if (arbExecutions.incDerived(1, agentId, marketPair, status)
        instanceof WindowedRatio.Event execution) {
      execution.record(1);
    }
  }

  public void recordArbitrageProfit(String agentId, String marketPair, double profit) {
    arbProfit.set(profit, agentId, marketPair);
  }

  public void recordArbitrageExecutionLatency(String agentId, String marketPair, double seconds) {
    arbLatency.observe(seconds, agentId, marketPair);
  }

  public void recordArbitrageSpread(String agentId, String marketPair, double spread) {
    arbSpread.set(spread, agentId, marketPair);
  }

  /**
   * Sets the success rate by hand (ratio 0..1); from then on it is no longer derived from recorded
   * executions.
   */
  public void recordArbitrageSuccessRate(String agentId, String marketPair, double rate) {
    arbSuccessRate.set(rate, agentId, marketPair);
    setByHand(successRates, agentId, marketPair);
  }

  /** Realised profit per share of the window's executions, net of fees, dollars per share. */
  public void recordArbitrageRealizedEdge(String agentId, String marketPair, double edge) {
    arbRealizedEdge.set(edge, agentId, marketPair);
  }

  // ---- portfolio optimisation -----------------------------------------------------------------

  public void recordPortfolioOptimizationRun(String agentId, String optimizationType) {
    pfRuns.inc(1, agentId, optimizationType);
  }

  public void recordPortfolioSharpeRatio(String agentId, double sharpe) {
    pfSharpe.set(sharpe, agentId);
  }

  public void recordPortfolioDiversification(String agentId, double diversification) {
    pfDiversification.set(diversification, agentId);
  }

  public void recordPortfolioTurnover(String agentId, double turnover) {
    pfTurnover.set(turnover, agentId);
  }

  public void recordPortfolioRebalance(String agentId, String trigger) {
    pfRebalances.inc(1, agentId, trigger);
  }

  public void recordPortfolioOptimizationLatency(
      String agentId, String optimizationType, double seconds) {
    pfLatency.observe(seconds, agentId, optimizationType);
  }

  public void recordPortfolioRiskMetric(String agentId, String riskType, double value) {
    pfRisk.set(value, agentId, riskType);
  }

  // ---- risk manager ---------------------------------------------------------------------------

  public void recordRiskManagerCheck(String agentId, String checkType) {
    recordRiskManagerCheck(agentId, checkType, 1);
  }

  public void recordRiskManagerCheck(String agentId, String checkType, long checks) {
    rmChecks.inc(checks, agentId, checkType);
  }

  /** {@code severity} is warning or critical. */
  public void recordRiskViolation(String agentId, String violationType, String severity) {
    rmViolations.inc(1, agentId, violationType, severity);
  }

  public void recordRiskLimit(String agentId, String limitType, double limit) {
    rmLimits.set(limit, agentId, limitType);
  }

  public void recordRiskExposure(String agentId, String exposureType, double exposure) {
    rmExposure.set(exposure, agentId, exposureType);
  }

  public void recordRiskManagerAction(String agentId, String actionType) {
    rmActions.inc(1, agentId, actionType);
  }

  /**
   * Sets {@code risk_trading_state} to 1 for {@code state} (active, reducing or halted) and to 0
   * for the other states of the agent.
   */
  public void recordRiskTradingState(String agentId, String state) {
    boolean known = false;
    for (RiskTradingState candidate : RiskTradingState.values()) {
      known |= candidate.label().equals(state);
    }
    if (!known) {
      rmTradingState.set(1, agentId, state); // rejected like any value outside the fixed set
      return;
    }
    for (RiskTradingState candidate : RiskTradingState.values()) {
      rmTradingState.set(candidate.label().equals(state) ? 1 : 0, agentId, candidate.label());
    }
  }

  public void recordRiskCheckLatency(String agentId, String checkType, double seconds) {
    rmLatency.observe(seconds, agentId, checkType);
  }

  // ---- any specialized agent ------------------------------------------------------------------

  public void recordSpecializedAgentReward(String agentId, String agentType, double reward) {
    agentReward.set(reward, agentId, agentType);
  }

  public void recordSpecializedAgentEpisode(String agentId, String agentType) {
    agentEpisodes.inc(1, agentId, agentType);
  }

  public void recordSpecializedAgentError(String agentId, String agentType, String errorType) {
    agentErrors.inc(1, agentId, agentType, errorType);
  }

  // ---- derived ratios ---------------------------------------------------------------------------

  /**
   * The ratio an existing series of {@code family} derives (a view's bound series), or null when
   * its labels were rejected.
   */
  WindowedRatio derivedRatioOf(CounterFamily family, String... labelValues) {
    if (!family.contains(labelValues)) {
      return null;
    }
    Family.Series<CounterDataPoint> series = family.series(labelValues);
    return series != null && series.derived instanceof WindowedRatio.Event event
        ? event.window()
        : null;
  }

  private static WindowedRatio derivedRatio(
      Map<Family.Key, WindowedRatio> ratios,
      GaugeFamily gauge,
      boolean publishWithoutNumerator,
      String agentId,
      String other) {
    return ratios.computeIfAbsent(
        new Family.Key(new String[] {agentId, other}),
        key ->
            new WindowedRatio(
                gauge.bind(key.values), publishWithoutNumerator, gauge.contains(key.values)));
  }

  private static void setByHand(
      Map<Family.Key, WindowedRatio> ratios, String agentId, String other) {
    WindowedRatio ratio = ratios.get(new Family.Key(new String[] {agentId, other}));
    if (ratio != null) {
      ratio.setByHand();
    }
  }
}
