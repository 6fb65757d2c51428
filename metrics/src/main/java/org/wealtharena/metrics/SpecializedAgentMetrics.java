package org.wealtharena.metrics;

import static org.wealtharena.metrics.LabelSpec.label;

import io.prometheus.metrics.model.registry.PrometheusRegistry;

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

  final GaugeFamily mmSpread =
      families.gauge(
          "market_maker_spread",
          "Quoted ask minus bid, in price units",
          ValueDomain.FINITE,
          label(ID),
          label("symbol"));
  final CounterFamily mmQuotes =
      families.counter(
          "market_maker_quotes_total",
          "Quotes posted, by side (bid, ask)",
          label(ID),
          label("symbol"),
          label("side", QuoteSide.values()));
  final GaugeFamily mmFillRate =
      families.gauge(
          "market_maker_fill_rate",
          "Filled / posted quote quantity over a sliding window (ratio 0..1)",
          ValueDomain.RATIO,
          label(ID),
          label("symbol"));
  final GaugeFamily mmInventory =
      families.gauge(
          "market_maker_inventory",
          "Signed position in shares",
          ValueDomain.FINITE,
          label(ID),
          label("symbol"));
  final GaugeFamily mmPnl =
      families.gauge(
          "market_maker_pnl",
          "Mark-to-market PnL: cash plus inventory at mid",
          ValueDomain.FINITE,
          label(ID),
          label("symbol"));
  final HistogramFamily mmQuoteLatency =
      families.histogram(
          "market_maker_quote_latency_seconds",
          "Time in seconds to compute one quote pair",
          ValueDomain.NON_NEGATIVE,
          Buckets.seconds(),
          label(ID));
  final GaugeFamily mmMarkout =
      families.gauge(
          "market_maker_markout",
          "Mean markout of the market maker's last fills at a horizon after each fill (1s, 10s,"
              + " 60s): mark then minus price for a buy, price minus mark for a sell, in price units"
              + " per share, positive = favourable",
          ValueDomain.FINITE,
          label(ID),
          label("symbol"),
          label("horizon"));
  final CounterFamily arbOpportunities =
      families.counter(
          "arbitrage_opportunities_total",
          "Crossed cross-venue prices net of fees seen",
          label(ID),
          label(PAIR));
  final CounterFamily arbExecutions =
      families.counter(
          "arbitrage_executions_total",
          "Arbitrage executions by outcome (success, partial, failed)",
          label(ID),
          label(PAIR),
          label("status", ArbitrageStatus.values()));
  final GaugeFamily arbProfit =
      families.gauge(
          "arbitrage_profit",
          "Cumulative realised profit, net of fees",
          ValueDomain.FINITE,
          label(ID),
          label(PAIR));
  final HistogramFamily arbLatency =
      families.histogram(
          "arbitrage_execution_latency_seconds",
          "Time in seconds from detection to both legs done",
          ValueDomain.NON_NEGATIVE,
          Buckets.seconds(),
          label(ID),
          label(PAIR));
  final GaugeFamily arbSpread =
      families.gauge(
          "arbitrage_spread",
          "Last detected cross-venue price gap, in price units",
          ValueDomain.FINITE,
          label(ID),
          label(PAIR));
  final GaugeFamily arbSuccessRate =
      families.gauge(
          "arbitrage_success_rate",
          "Successful / all executions over a sliding window (ratio 0..1)",
          ValueDomain.RATIO,
          label(ID),
          label(PAIR));
  final CounterFamily pfRuns =
      families.counter(
          "portfolio_optimization_runs_total",
          "Portfolio optimisations run, by optimisation type",
          label(ID),
          label("optimization_type"));
  final GaugeFamily pfSharpe =
      families.gauge(
          "portfolio_sharpe_ratio",
          "Ex-ante Sharpe ratio of the chosen weights on shrunk expected returns (dimensionless),"
              + " annualised from the return horizon the optimiser uses (its sampling interval)",
          ValueDomain.FINITE,
          label(ID));
  final GaugeFamily pfDiversification =
      families.gauge(
          "portfolio_diversification",
          "1 - sum of squared weights (ratio 0..1, 0 = one asset)",
          ValueDomain.RATIO,
          label(ID));
  final GaugeFamily pfTurnover =
      families.gauge(
          "portfolio_turnover",
          "Sum of absolute weight changes / 2 of the last rebalance (ratio 0..1)",
          ValueDomain.RATIO,
          label(ID));
  final CounterFamily pfRebalances =
      families.counter(
          "portfolio_rebalance_total",
          "Rebalances by trigger (scheduled, drift, risk)",
          label(ID),
          label("trigger"));
  final HistogramFamily pfLatency =
      families.histogram(
          "portfolio_optimization_latency_seconds",
          "Time in seconds of one optimisation",
          ValueDomain.NON_NEGATIVE,
          Buckets.seconds(),
          label(ID),
          label("optimization_type"));
  final GaugeFamily pfRisk =
      families.gauge(
          "portfolio_risk_metrics",
          "Portfolio risk measures (var_95, cvar_95, volatility, max_drawdown)",
          ValueDomain.FINITE,
          label(ID),
          label("risk_type"));
  final CounterFamily rmChecks =
      families.counter(
          "risk_manager_checks_total",
          "Risk checks run (position_limit, order_notional, order_rate, drawdown, var_limit, exposure)",
          label(ID),
          label("check_type"));
  final CounterFamily rmViolations =
      families.counter(
          "risk_violations_total",
          "Risk limit violations by severity (warning, critical)",
          label(ID),
          label("violation_type"),
          label("severity", Severity.values()));
  final GaugeFamily rmLimits =
      families.gauge(
          "risk_limits",
          "The risk limit in force",
          ValueDomain.FINITE,
          label(ID),
          label("limit_type"));
  final GaugeFamily rmExposure =
      families.gauge(
          "risk_exposure",
          "Current exposure (gross, net, var_95, drawdown)",
          ValueDomain.FINITE,
          label(ID),
          label("exposure_type"));
  final CounterFamily rmActions =
      families.counter(
          "risk_manager_actions_total",
          "Risk manager actions (reject_order, reduce_position, halt_trading, resume_trading)",
          label(ID),
          label("action_type"));
  final HistogramFamily rmLatency =
      families.histogram(
          "risk_check_latency_seconds",
          "Time in seconds of one risk check",
          ValueDomain.NON_NEGATIVE,
          Buckets.seconds(),
          label(ID),
          label("check_type"));
  final GaugeFamily agentReward =
      families.gauge(
          "specialized_agent_reward",
          "Reward of the agent's last episode",
          ValueDomain.FINITE,
          label(ID),
          label("agent_type"));
  final CounterFamily agentEpisodes =
      families.counter(
          "specialized_agent_episodes_total",
          "Episodes the agent ran",
          label(ID),
          label("agent_type"));
  final CounterFamily agentErrors =
      families.counter(
          "specialized_agent_errors_total",
          "Exceptions caught in the agent",
          label(ID),
          label("agent_type"),
          label("error_type"));

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

  /** Serves this registry on {@code port} (0 = any free port) on all interfaces. */
  public MetricsServer startSpecializedAgentsMetricsServer(int port) {
    return startSpecializedAgentsMetricsServer(MetricsServerConfig.builder().port(port).build());
  }

  public MetricsServer startSpecializedAgentsMetricsServer(MetricsServerConfig config) {
    return serve(ENDPOINT, config);
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
    mmQuotes.inc(quotes, agentId, symbol, side);
  }

  public void recordMarketMakerFillRate(String agentId, String symbol, double rate) {
    mmFillRate.set(rate, agentId, symbol);
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

  /** {@code status} is success, partial or failed. */
  public void recordArbitrageExecution(String agentId, String marketPair, String status) {
    arbExecutions.inc(1, agentId, marketPair, status);
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

  public void recordArbitrageSuccessRate(String agentId, String marketPair, double rate) {
    arbSuccessRate.set(rate, agentId, marketPair);
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
}
