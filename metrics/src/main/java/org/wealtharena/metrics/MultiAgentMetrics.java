package org.wealtharena.metrics;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Endpoint 1 (default port 8012, job {@code wealtharena_multi_agent_rl}): the multi-agent training
 * system. One {@code record*} method per catalog family, named as in the integration guide; for hot
 * paths bind the labels once with {@link #coordination(String)} or {@link #communication(String,
 * String, String)}.
 */
public final class MultiAgentMetrics extends EndpointMetrics {

  public static final int DEFAULT_PORT = 8012;
  public static final String ENDPOINT = "multi_agent";

  private static final String CT = "coordination_type";

  final CounterFamily runs =
      families.counter(
          "multi_agent_training_runs_total",
          "Training runs by lifecycle status (started, completed, failed, interrupted by SIGINT/SIGTERM)",
          LabelSpec.fixed("status", RunStatus.values()),
          families.label(CT));
  final GaugeFamily active =
      families.gauge(
          "multi_agent_training_active",
          "1 while a training run of this coordination type is in progress, else 0",
          ValueDomain.NON_NEGATIVE,
          families.label(CT));
  final CounterFamily iterations =
      families.counter(
          "multi_agent_iterations_total", "Training iterations finished", families.label(CT));
  final GaugeFamily currentIteration =
      families.gauge(
          "multi_agent_current_iteration",
          "Number of the training iteration just finished",
          ValueDomain.NON_NEGATIVE,
          families.label(CT),
          families.label("run_id"));
  final HistogramFamily overhead =
      families.histogram(
          "agent_coordination_overhead_seconds",
          "Wall time in seconds the coordinator spends per decision step",
          ValueDomain.NON_NEGATIVE,
          Buckets.inProcessSeconds(),
          families.label(CT),
          families.label("method"));
  final CounterFamily communication =
      families.counter(
          "agent_communication_total",
          "Messages on the agent message bus",
          families.label("from_agent"),
          families.label("to_agent"),
          families.label("message_type"));
  final GaugeFamily efficiency =
      families.gauge(
          "agent_coordination_efficiency",
          "Share (ratio 0..1) of the order intents (new orders, not cancels or replaces) of the last"
              + " episode executed without conflict or veto"
              + SpecializedAgentMetrics.WATCHED,
          ValueDomain.RATIO,
          families.label(CT));
  final GaugeFamily utilization =
      families.gauge(
          "shared_resource_utilization",
          "Share (ratio 0..1) of a shared budget in use (capital, risk_budget, order_rate)"
              + SpecializedAgentMetrics.WATCHED,
          ValueDomain.RATIO,
          families.label("resource_type"));
  final GaugeFamily rewardMean =
      families.gauge(
          "multi_agent_episode_reward_mean",
          "Mean episode reward of the last training iteration",
          ValueDomain.FINITE,
          families.label(CT),
          families.label("run_id"));
  final GaugeFamily sharpe =
      families.gauge(
          "multi_agent_sharpe_ratio",
          "Annualised Sharpe ratio (dimensionless) of the last evaluation: mean / sd of per-episode"
              + " returns (episode PnL / capital budget) times sqrt(252 x 6.5 h / episode length);"
              + " not set under 10 episodes; agent_group is all or an agent type",
          ValueDomain.FINITE,
          families.label(CT),
          families.label("agent_group"));
  final GaugeFamily winRate =
      families.gauge(
          "multi_agent_win_rate",
          "Share (ratio 0..1) of the last evaluation's episodes with positive PnL for the agent group",
          ValueDomain.RATIO,
          families.label(CT),
          families.label("agent_group"));
  final GaugeFamily totalReturn =
      families.gauge(
          "multi_agent_total_return",
          "Mean episode PnL / capital budget of the last evaluation, as a ratio (0.12 = +12 %)",
          ValueDomain.FINITE,
          families.label(CT),
          families.label("agent_group"));
  final GaugeFamily coordinationValue =
      families.gauge(
          "multi_agent_coordination_value_dollars",
          "Team PnL minus the sum of each agent's PnL trading alone on the same seeds, in dollars"
              + " per episode (mean over the last evaluation's episodes)",
          ValueDomain.FINITE,
          families.label(CT));
  final GaugeFamily policyLoss =
      ppoGauge(
          "multi_agent_policy_loss",
          "PPO clipped surrogate loss of the last update, mean over its minibatches",
          ValueDomain.FINITE);
  final GaugeFamily valueLoss =
      ppoGauge(
          "multi_agent_value_loss",
          "Value-function loss (0.5 x squared error, reward units squared) of the last update",
          ValueDomain.NON_NEGATIVE);
  final GaugeFamily policyEntropy =
      ppoGauge(
          "multi_agent_policy_entropy",
          "Mean entropy of the policy's action distribution in the last update, nats",
          ValueDomain.FINITE);
  final GaugeFamily approxKl =
      ppoGauge(
          "multi_agent_approx_kl",
          "Approximate KL divergence (nats) between the rollout policy and the policy during the"
              + " last update, mean over its minibatches",
          ValueDomain.NON_NEGATIVE);
  final GaugeFamily clipFraction =
      ppoGauge(
          "multi_agent_clip_fraction",
          "Share (ratio 0..1) of the last update's samples whose probability ratio was clipped",
          ValueDomain.RATIO);
  final GaugeFamily explainedVariance =
      ppoGauge(
          "multi_agent_explained_variance",
          "Explained variance (dimensionless) of the value function on the last update's rollout,"
              + " before the update: 1 = perfect, 0 = no better than the mean, can be negative",
          ValueDomain.FINITE);
  final GaugeFamily evaluationReward =
      families.gauge(
          "multi_agent_evaluation_reward",
          "Held-out evaluation reward of a policy (trained, untrained, heuristic, best_constant,"
              + " ...), mean episode reward and the bounds of its 95 % interval",
          ValueDomain.FINITE,
          families.label(CT),
          families.label("run_id"),
          families.label("policy"),
          LabelSpec.fixed("bound", EvaluationBound.values()));
  final HistogramFamily interAgentReward =
      families.histogram(
          "inter_agent_reward_distribution",
          "Episode reward of each agent, one observation per agent per episode",
          ValueDomain.FINITE,
          Buckets.reward(),
          families.label(CT));
  final GaugeFamily activeAgents =
      families.gauge(
          "active_agents_count",
          "Agents currently live (not halted), a count" + SpecializedAgentMetrics.WATCHED,
          ValueDomain.NON_NEGATIVE,
          families.label(CT));
  final CounterFamily agentEpisodes =
      families.counter(
          "agent_episodes_total",
          "Episodes each agent took part in",
          families.label("agent_id"),
          families.label("agent_type"),
          families.label(CT));
  final CounterFamily methodUsage =
      families.counter(
          "coordination_method_usage_total",
          "Coordination decisions by the mechanism that decided (e.g. meta_allocation, central_netting,"
              + " risk_veto)",
          families.label("method"),
          families.label(CT));
  final HistogramFamily decisionLatency =
      families.histogram(
          "coordination_decision_latency_seconds",
          "Time in seconds to one coordination decision",
          ValueDomain.NON_NEGATIVE,
          Buckets.inProcessSeconds(),
          families.label("method"),
          families.label(CT));
  final CounterFamily envSteps =
      families.counter(
          "shared_environment_steps_total",
          "Decision steps of the shared market environment",
          families.label(CT));
  final CounterFamily conflicts =
      families.counter(
          "shared_environment_conflicts_total",
          "Conflicts between agents' intents (self_trade, opposing_orders, capital_oversubscription,"
              + " risk_budget_exceeded)",
          families.label("conflict_type"),
          families.label(CT));
  final CounterFamily errors =
      families.counter(
          "multi_agent_errors_total",
          "Exceptions caught in agents, coordinator and trainer",
          families.label("error_type"),
          families.label(CT));

  final CounterFamily rolloutTasks =
      families.counter(
          "multi_agent_rollout_tasks_total",
          "Rollout tasks (episodes run on a cluster executor) that ended, by status (success;"
              + " failed, which the cluster retries up to its limit; killed)",
          LabelSpec.fixed("status", RolloutTaskStatus.values()));
  final HistogramFamily rolloutTaskDuration =
      families.histogram(
          "multi_agent_rollout_task_duration_seconds",
          "Wall time in seconds of one rollout task on a cluster executor, from launch to end, by"
              + " how it ended",
          ValueDomain.NON_NEGATIVE,
          Buckets.taskSeconds(),
          LabelSpec.fixed("status", RolloutTaskStatus.values()));

  /** The families labelled by run_id, which {@link #removeRun} clears of a finished run. */
  private final List<GaugeFamily> runFamilies =
      List.of(
          currentIteration,
          rewardMean,
          policyLoss,
          valueLoss,
          policyEntropy,
          approxKl,
          clipFraction,
          explainedVariance,
          evaluationReward);

  /** Runs in progress per coordination type, so overlapping runs keep the active gauge at 1. */
  private final Map<String, Integer> runsInProgress = new HashMap<>();

  public MultiAgentMetrics() {
    this(MetricsOptions.defaults());
  }

  public MultiAgentMetrics(MetricsOptions options) {
    super(options);
  }

  /**
   * Registers this endpoint's families in {@code registry}, e.g. Spring Boot Actuator's, so that
   * whatever serves or exports that registry carries them; both endpoints may share one registry.
   * Fails with {@link IllegalArgumentException} if the registry already holds one of the families.
   */
  public MultiAgentMetrics(PrometheusRegistry registry) {
    this(registry, MetricsOptions.defaults());
  }

  public MultiAgentMetrics(PrometheusRegistry registry, MetricsOptions options) {
    super(registry, options);
  }

  /** A recording endpoint in a registry of its own: see {@link MetricsRecorder}. */
  MultiAgentMetrics(MetricsOptions options, MetricsRecorder.Sink sink) {
    super(new PrometheusRegistry(), options, sink);
  }

  private MultiAgentMetrics(MultiAgentMetrics watched) {
    super(watched);
  }

  @Override
  public MultiAgentMetrics unwatched() {
    return dropsGauges() ? this : new MultiAgentMetrics(this);
  }

  /** Serves this registry on {@code port} (0 = any free port) on all interfaces. */
  public MetricsServer startMultiAgentMetricsServer(int port) {
    return startMultiAgentMetricsServer(MetricsServerConfig.builder().port(port).build());
  }

  public MetricsServer startMultiAgentMetricsServer(MetricsServerConfig config) {
    return serve(ENDPOINT, config);
  }

  // ---- bound views ---------------------------------------------------------------------------

  /** Labels bound to one coordination type; binding also does {@link #initializeCoordination}. */
  public CoordinationMetrics coordination(String coordinationType) {
    return new CoordinationMetrics(this, coordinationType);
  }

  /** One message channel of the bus, for counting messages without a label lookup. */
  public BoundCounter communication(String fromAgent, String toAgent, String messageType) {
    return communication.bind(fromAgent, toAgent, messageType);
  }

  /** One shared budget's utilization (ratio 0..1). */
  public BoundGauge sharedResource(String resourceType) {
    return utilization.bind(resourceType);
  }

  /**
   * Creates the known series of a coordination type at zero (runs by status, active, iterations,
   * environment steps, the four conflict types), so rate() and alerts work before the first event.
   */
  public void initializeCoordination(String coordinationType) {
    for (RunStatus status : RunStatus.values()) {
      runs.point(status.label(), coordinationType);
    }
    active.point(coordinationType);
    iterations.point(coordinationType);
    envSteps.point(coordinationType);
    for (ConflictType conflict : ConflictType.values()) {
      conflicts.point(conflict.label(), coordinationType);
    }
  }

  /**
   * Drops the run_id-labelled series of a finished run (current iteration, reward mean, PPO
   * diagnostics, evaluation rewards).
   */
  public void removeRun(String runId) {
    if (runId != null) {
      runFamilies.forEach(family -> family.removeWhere("run_id", runId));
    }
  }

  // ---- the guide's API -----------------------------------------------------------------------

  public void recordMultiAgentTrainingStart(String coordinationType) {
    recordRun(RunStatus.STARTED, coordinationType);
  }

  public void recordMultiAgentTrainingComplete(String coordinationType) {
    recordRun(RunStatus.COMPLETED, coordinationType);
  }

  public void recordMultiAgentTrainingFailed(String coordinationType) {
    recordRun(RunStatus.FAILED, coordinationType);
  }

  /** The run was stopped from outside (SIGINT, SIGTERM) before it finished. */
  public void recordMultiAgentTrainingInterrupted(String coordinationType) {
    recordRun(RunStatus.INTERRUPTED, coordinationType);
  }

  /** Counts the iteration and publishes its number and mean episode reward for {@code runId}. */
  public void recordMultiAgentIteration(
      String coordinationType, long iteration, String runId, double episodeReward) {
    iterations.inc(1, coordinationType);
    currentIteration.set(iteration, coordinationType, runId);
    rewardMean.set(episodeReward, coordinationType, runId);
  }

  /**
   * Publishes the last PPO update of {@code policy} (meta_controller, planner or an agent id) in
   * run {@code runId}. A value that is not finite (a skipped update, constant returns) leaves its
   * gauge as it was instead of being rejected.
   */
  public void recordMultiAgentPpoUpdate(
      String coordinationType, String runId, String policy, PpoUpdateStatistics update) {
    setIfFinite(policyLoss, update.policyLoss(), coordinationType, runId, policy);
    setIfFinite(valueLoss, update.valueLoss(), coordinationType, runId, policy);
    setIfFinite(policyEntropy, update.entropy(), coordinationType, runId, policy);
    setIfFinite(approxKl, update.approxKl(), coordinationType, runId, policy);
    setIfFinite(clipFraction, update.clipFraction(), coordinationType, runId, policy);
    setIfFinite(explainedVariance, update.explainedVariance(), coordinationType, runId, policy);
  }

  /**
   * Held-out evaluation of {@code policy} (trained, untrained, heuristic, best_constant, ...) in
   * run {@code runId}: mean episode reward and the lower and upper bounds of its 95 % interval.
   */
  public void recordMultiAgentEvaluationReward(
      String coordinationType,
      String runId,
      String policy,
      double mean,
      double lower,
      double upper) {
    evaluationReward.set(mean, coordinationType, runId, policy, EvaluationBound.MEAN.label());
    evaluationReward.set(lower, coordinationType, runId, policy, EvaluationBound.LOWER.label());
    evaluationReward.set(upper, coordinationType, runId, policy, EvaluationBound.UPPER.label());
  }

  public void recordAgentCommunication(String fromAgent, String toAgent, String messageType) {
    recordAgentCommunication(fromAgent, toAgent, messageType, 1);
  }

  public void recordAgentCommunication(
      String fromAgent, String toAgent, String messageType, long messages) {
    communication.inc(messages, fromAgent, toAgent, messageType);
  }

  public void recordCoordinationOverhead(String coordinationType, String method, double seconds) {
    overhead.observe(seconds, coordinationType, method);
  }

  public void recordCoordinationEfficiency(String coordinationType, double ratio) {
    efficiency.set(ratio, coordinationType);
  }

  public void recordSharedResourceUtilization(String resourceType, double ratio) {
    utilization.set(ratio, resourceType);
  }

  /** Sharpe ratio, win rate (0..1) and total return (ratio) of the last evaluation. */
  public void recordMultiAgentPerformance(
      String coordinationType,
      String agentGroup,
      double sharpeRatio,
      double winRatio,
      double totalReturnRatio) {
    sharpe.set(sharpeRatio, coordinationType, agentGroup);
    winRate.set(winRatio, coordinationType, agentGroup);
    totalReturn.set(totalReturnRatio, coordinationType, agentGroup);
  }

  /**
   * Team PnL minus the sum of each agent's PnL trading alone on the same seeds, dollars per
   * episode, of the last evaluation.
   */
  public void recordMultiAgentCoordinationValue(String coordinationType, double dollars) {
    coordinationValue.set(dollars, coordinationType);
  }

  /** Annualised Sharpe ratio of the last evaluation's episode returns, dimensionless. */
  public void recordMultiAgentSharpeRatio(
      String coordinationType, String agentGroup, double sharpeRatio) {
    sharpe.set(sharpeRatio, coordinationType, agentGroup);
  }

  /** Share (0..1) of the last evaluation's episodes with positive PnL. */
  public void recordMultiAgentWinRate(String coordinationType, String agentGroup, double ratio) {
    winRate.set(ratio, coordinationType, agentGroup);
  }

  /** Mean episode PnL / capital budget of the last evaluation, as a ratio. */
  public void recordMultiAgentTotalReturn(
      String coordinationType, String agentGroup, double ratio) {
    totalReturn.set(ratio, coordinationType, agentGroup);
  }

  public void recordActiveAgentsCount(String coordinationType, int count) {
    activeAgents.set(count, coordinationType);
  }

  public void recordAgentEpisode(String agentId, String agentType, String coordinationType) {
    agentEpisodes.inc(1, agentId, agentType, coordinationType);
  }

  public void recordCoordinationMethodUsage(String method, String coordinationType) {
    methodUsage.inc(1, method, coordinationType);
  }

  public void recordCoordinationDecisionLatency(
      String method, String coordinationType, double seconds) {
    decisionLatency.observe(seconds, method, coordinationType);
  }

  public void recordSharedEnvStep(String coordinationType) {
    recordSharedEnvSteps(coordinationType, 1);
  }

  public void recordSharedEnvSteps(String coordinationType, long steps) {
    envSteps.inc(steps, coordinationType);
  }

  public void recordSharedEnvConflict(String conflictType, String coordinationType) {
    conflicts.inc(1, conflictType, coordinationType);
  }

  public void recordMultiAgentError(String errorType, String coordinationType) {
    errors.inc(1, errorType, coordinationType);
  }

  /** One agent's episode reward (signed). */
  public void recordInterAgentReward(String coordinationType, double reward) {
    interAgentReward.observe(reward, coordinationType);
  }

  /**
   * Creates the rollout task series of every status at zero, so rate() and alerts work from the
   * start of a run on a cluster.
   */
  public void initializeRolloutTasks() {
    for (RolloutTaskStatus status : RolloutTaskStatus.values()) {
      rolloutTasks.point(status.label());
      rolloutTaskDuration.point(status.label());
    }
  }

  /** A rollout task ended with {@code status} after {@code seconds} of wall time. */
  public void recordRolloutTask(RolloutTaskStatus status, double seconds) {
    rolloutTasks.inc(1, status.label());
    rolloutTaskDuration.observe(seconds, status.label());
  }

  // ---- run lifecycle -------------------------------------------------------------------------

  /** The labels of every PPO diagnostics family. */
  private GaugeFamily ppoGauge(String name, String help, ValueDomain domain) {
    return families.gauge(
        name, help, domain, families.label(CT), families.label("run_id"), families.label("policy"));
  }

  private static void setIfFinite(GaugeFamily family, double value, String... labelValues) {
    if (Double.isFinite(value)) {
      family.set(value, labelValues);
    }
  }

  private void recordRun(RunStatus status, String coordinationType) {
    runs.inc(1, status.label(), coordinationType);
    var gauge = active.point(coordinationType);
    if (gauge == null) {
      return; // rejected label, already counted
    }
    // Lifecycle events are rare; the lock keeps the count and the gauge in step.
    synchronized (runsInProgress) {
      int delta = status == RunStatus.STARTED ? 1 : -1;
      int inProgress = Math.max(0, runsInProgress.getOrDefault(coordinationType, 0) + delta);
      if (inProgress == 0) {
        runsInProgress.remove(coordinationType);
      } else {
        runsInProgress.put(coordinationType, inProgress);
      }
      gauge.set(inProgress > 0 ? 1 : 0);
    }
  }
}
