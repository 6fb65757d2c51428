package org.wealtharena.metrics.testing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The metrics catalog, the project's specification of both endpoints (a document kept outside this
 * repository): every family with its type and label names, typed in from the document on purpose,
 * so that tests compare the code against the contract rather than against itself.
 */
public final class Catalog {

  /** Endpoint 1 (port 8012): family name to "type label,label,...". */
  public static final Map<String, String> MULTI_AGENT =
      table(
          "multi_agent_training_runs_total counter status,coordination_type",
          "multi_agent_training_active gauge coordination_type",
          "multi_agent_iterations_total counter coordination_type",
          "multi_agent_current_iteration gauge coordination_type,run_id",
          "agent_coordination_overhead_seconds histogram coordination_type,method",
          "agent_communication_total counter from_agent,to_agent,message_type",
          "agent_coordination_efficiency gauge coordination_type",
          "shared_resource_utilization gauge resource_type",
          "multi_agent_episode_reward_mean gauge coordination_type,run_id",
          "multi_agent_sharpe_ratio gauge coordination_type,agent_group",
          "multi_agent_win_rate gauge coordination_type,agent_group",
          "multi_agent_total_return gauge coordination_type,agent_group",
          "inter_agent_reward_distribution histogram coordination_type",
          "active_agents_count gauge coordination_type",
          "multi_agent_coordination_value_dollars gauge coordination_type",
          "agent_episodes_total counter agent_id,agent_type,coordination_type",
          "coordination_method_usage_total counter method,coordination_type",
          "coordination_decision_latency_seconds histogram method,coordination_type",
          "shared_environment_steps_total counter coordination_type",
          "shared_environment_conflicts_total counter conflict_type,coordination_type",
          "multi_agent_errors_total counter error_type,coordination_type",
          "multi_agent_policy_loss gauge coordination_type,run_id,policy",
          "multi_agent_value_loss gauge coordination_type,run_id,policy",
          "multi_agent_policy_entropy gauge coordination_type,run_id,policy",
          "multi_agent_approx_kl gauge coordination_type,run_id,policy",
          "multi_agent_clip_fraction gauge coordination_type,run_id,policy",
          "multi_agent_explained_variance gauge coordination_type,run_id,policy",
          "multi_agent_evaluation_reward gauge coordination_type,run_id,policy,bound");

  /**
   * Endpoint 1's families beyond the catalog, of episodes run on a cluster (issue 18): recorded by
   * the cluster engine only, so not by the guide's program nor by a run on one machine.
   */
  public static final Map<String, String> MULTI_AGENT_CLUSTER =
      table(
          "multi_agent_rollout_tasks_total counter status",
          "multi_agent_rollout_task_duration_seconds histogram status");

  /** Endpoint 2 (port 8013): family name to "type label,label,...". */
  public static final Map<String, String> SPECIALIZED =
      table(
          "market_maker_spread gauge agent_id,symbol",
          "market_maker_quotes_total counter agent_id,symbol,side",
          "market_maker_fill_rate gauge agent_id,symbol",
          "market_maker_inventory gauge agent_id,symbol",
          "market_maker_pnl gauge agent_id,symbol",
          "market_maker_quote_latency_seconds histogram agent_id",
          "market_maker_markout gauge agent_id,symbol,horizon",
          "arbitrage_opportunities_total counter agent_id,market_pair",
          "arbitrage_executions_total counter agent_id,market_pair,status",
          "arbitrage_profit gauge agent_id,market_pair",
          "arbitrage_execution_latency_seconds histogram agent_id,market_pair",
          "arbitrage_spread gauge agent_id,market_pair",
          "arbitrage_success_rate gauge agent_id,market_pair",
          "arbitrage_realized_edge gauge agent_id,market_pair",
          "portfolio_optimization_runs_total counter agent_id,optimization_type",
          "portfolio_sharpe_ratio gauge agent_id",
          "portfolio_diversification gauge agent_id",
          "portfolio_turnover gauge agent_id",
          "portfolio_rebalance_total counter agent_id,trigger",
          "portfolio_optimization_latency_seconds histogram agent_id,optimization_type",
          "portfolio_risk_metrics gauge agent_id,risk_type",
          "risk_manager_checks_total counter agent_id,check_type",
          "risk_violations_total counter agent_id,violation_type,severity",
          "risk_limits gauge agent_id,limit_type",
          "risk_exposure gauge agent_id,exposure_type",
          "risk_manager_actions_total counter agent_id,action_type",
          "risk_check_latency_seconds histogram agent_id,check_type",
          "risk_trading_state gauge agent_id,state",
          "specialized_agent_reward gauge agent_id,agent_type",
          "specialized_agent_episodes_total counter agent_id,agent_type",
          "specialized_agent_errors_total counter agent_id,agent_type,error_type");

  private Catalog() {}

  private static Map<String, String> table(String... rows) {
    Map<String, String> table = new LinkedHashMap<>();
    for (String row : rows) {
      String[] parts = row.split(" ");
      table.put(parts[0], parts[1] + " " + parts[2]);
    }
    return Collections.unmodifiableMap(table);
  }
}
