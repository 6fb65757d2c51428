/**
 * Multi-agent coordination: the contract with the trainer ({@link
 * org.wealtharena.coordination.TeamEpisodeRunner}, {@link
 * org.wealtharena.coordination.AllocationPolicies}, ...) and its implementation.
 *
 * <ul>
 *   <li>{@code env}: {@link org.wealtharena.coordination.env.TeamEnvironment}, the runner: a fresh
 *       market, team and coordinator per episode.
 *   <li>{@code coordinator}: one {@link org.wealtharena.coordination.coordinator.Coordinator} (the
 *       agents' {@code IntentRouting}) whose allocation and routing rules follow the coordination
 *       type: hierarchical (meta-controller sets budgets, budgets enforced), centralized (planner
 *       sets budgets, budgets enforced, crossing orders netted), decentralized (independent
 *       learners set their own aggressiveness, conflicts only counted). The decision problem its
 *       policies learn (observation, action, reward, episode) is {@code AllocationProblem}; what an
 *       episode did is {@link org.wealtharena.coordination.coordinator.EpisodeStatistics}.
 *   <li>{@code bus}: the message bus all intents, vetoes, allocations and fill reports travel on,
 *       delivered to the handlers of their receivers.
 *   <li>{@code budget}: the team's capital, risk budget and order rate, split across agents.
 *   <li>{@code conflict}: the team's live orders and the conflict classification of a step.
 *   <li>{@code policy}: observation/action layouts, the action mapping, heuristic and neutral
 *       policies.
 * </ul>
 *
 * <p>Who records what on endpoint 1, so no family is written by two owners:
 *
 * <ul>
 *   <li>the environment (per step and per episode, labelled with the episode's coordination type):
 *       agent_communication_total, shared_environment_steps_total,
 *       shared_environment_conflicts_total, shared_resource_utilization, active_agents_count,
 *       agent_coordination_overhead_seconds, coordination_decision_latency_seconds,
 *       coordination_method_usage_total, multi_agent_errors_total (agents' and policies'
 *       exceptions), agent_episodes_total, inter_agent_reward_distribution, and
 *       agent_coordination_efficiency (of the episode that finished last);
 *   <li>the aggregator of episodes (the trainer for training and evaluation, {@code simulate} for
 *       its run): multi_agent_sharpe_ratio, multi_agent_win_rate, multi_agent_total_return, from
 *       the episodes' figures, plus the trainer's lifecycle and iteration families.
 * </ul>
 */
package org.wealtharena.coordination;
