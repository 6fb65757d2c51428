package org.wealtharena.metrics;

import java.util.Arrays;

/**
 * The multi-agent families bound to one coordination type. Per-step and per-episode calls (steps,
 * conflicts, rewards) write to pre-resolved series; per-iteration and lifecycle calls go through
 * the owner's guide-style methods, whose one map lookup does not matter at that rate.
 */
public final class CoordinationMetrics {

  private final MultiAgentMetrics owner;
  private final String coordinationType;
  private final BoundCounter envSteps;
  private final BoundCounter[] conflicts;
  private final BoundHistogram interAgentReward;
  private final BoundGauge efficiency;
  private final BoundGauge activeAgents;

  CoordinationMetrics(MultiAgentMetrics owner, String coordinationType) {
    owner.initializeCoordination(coordinationType);
    this.owner = owner;
    this.coordinationType = coordinationType;
    this.envSteps = owner.envSteps.bind(coordinationType);
    this.conflicts =
        Arrays.stream(ConflictType.values())
            .map(c -> owner.conflicts.bind(c.label(), coordinationType))
            .toArray(BoundCounter[]::new);
    this.interAgentReward = owner.interAgentReward.bind(coordinationType);
    this.efficiency = owner.efficiency.bind(coordinationType);
    this.activeAgents = owner.activeAgents.bind(coordinationType);
  }

  public String coordinationType() {
    return coordinationType;
  }

  /**
   * The coordination mechanism {@code method} of this coordination type, bound for per-step use.
   */
  public CoordinationMethodMetrics method(String method) {
    return new CoordinationMethodMetrics(owner, coordinationType, method);
  }

  public void trainingStarted() {
    owner.recordMultiAgentTrainingStart(coordinationType);
  }

  public void trainingCompleted() {
    owner.recordMultiAgentTrainingComplete(coordinationType);
  }

  public void trainingFailed() {
    owner.recordMultiAgentTrainingFailed(coordinationType);
  }

  public void trainingInterrupted() {
    owner.recordMultiAgentTrainingInterrupted(coordinationType);
  }

  public void iteration(long iteration, String runId, double episodeRewardMean) {
    owner.recordMultiAgentIteration(coordinationType, iteration, runId, episodeRewardMean);
  }

  /** The last PPO update of {@code policy} (meta_controller, planner or an agent id). */
  public void ppoUpdate(String runId, String policy, PpoUpdateStatistics update) {
    owner.recordMultiAgentPpoUpdate(coordinationType, runId, policy, update);
  }

  /**
   * Held-out evaluation of {@code policy} (trained, untrained, heuristic, best_constant, ...): mean
   * episode reward and the bounds of its 95 % interval.
   */
  public void evaluationReward(
      String runId, String policy, double mean, double lower, double upper) {
    owner.recordMultiAgentEvaluationReward(coordinationType, runId, policy, mean, lower, upper);
  }

  public void performance(
      String agentGroup, double sharpeRatio, double winRatio, double totalReturnRatio) {
    owner.recordMultiAgentPerformance(
        coordinationType, agentGroup, sharpeRatio, winRatio, totalReturnRatio);
  }

  /** Annualised Sharpe ratio of {@code agentGroup} in the last evaluation. */
  public void sharpeRatio(String agentGroup, double sharpeRatio) {
    owner.recordMultiAgentSharpeRatio(coordinationType, agentGroup, sharpeRatio);
  }

  /** Share (0..1) of the last evaluation's episodes in which {@code agentGroup} made money. */
  public void winRate(String agentGroup, double ratio) {
    owner.recordMultiAgentWinRate(coordinationType, agentGroup, ratio);
  }

  /** Mean episode PnL / capital budget of {@code agentGroup} in the last evaluation. */
  public void totalReturn(String agentGroup, double ratio) {
    owner.recordMultiAgentTotalReturn(coordinationType, agentGroup, ratio);
  }

  /** Team PnL minus the agents' PnL trading alone, dollars per episode, of the last evaluation. */
  public void coordinationValue(double dollarsPerEpisode) {
    owner.recordMultiAgentCoordinationValue(coordinationType, dollarsPerEpisode);
  }

  public void agentEpisode(String agentId, String agentType) {
    owner.recordAgentEpisode(agentId, agentType, coordinationType);
  }

  public void error(String errorType) {
    owner.recordMultiAgentError(errorType, coordinationType);
  }

  /** Creates the error series of {@code errorType} at zero, so rate() and alerts see it early. */
  public void initializeError(String errorType) {
    owner.errors.bind(errorType, coordinationType);
  }

  public void environmentStep() {
    envSteps.inc();
  }

  /** Adds {@code count} steps at once, for callers that count them first. */
  public void environmentSteps(long count) {
    envSteps.inc(count);
  }

  public void conflict(ConflictType type) {
    conflicts[type.ordinal()].inc();
  }

  /**
   * Adds {@code count} conflicts of {@code type} at once, for callers that count a step's first.
   */
  public void conflict(ConflictType type, long count) {
    conflicts[type.ordinal()].inc(count);
  }

  /** One agent's episode reward (signed). */
  public void interAgentReward(double reward) {
    interAgentReward.observe(reward);
  }

  /** Share (0..1) of intents executed without conflict or veto in the last iteration. */
  public void efficiency(double ratio) {
    efficiency.set(ratio);
  }

  public void activeAgents(int count) {
    activeAgents.set(count);
  }
}
