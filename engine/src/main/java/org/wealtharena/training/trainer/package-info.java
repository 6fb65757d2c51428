/**
 * Training runs: {@link org.wealtharena.training.trainer.Trainer} runs iterations of parallel,
 * individually seeded episodes on an {@link org.wealtharena.training.trainer.EpisodeEngine} (the
 * in-process {@link org.wealtharena.training.trainer.EpisodePool}, or a cluster's) through a {@link
 * org.wealtharena.coordination.TeamEpisodeRunner}, with {@link
 * org.wealtharena.training.trainer.LearnedPolicies} (one PPO learner per coordinator role) as the
 * coordinator's {@link org.wealtharena.coordination.AllocationPolicies}; it records the run's
 * lifecycle and iterations and saves checkpoints on a {@link
 * org.wealtharena.training.trainer.CheckpointSchedule}. {@link
 * org.wealtharena.training.trainer.HeldOutEvaluation} plays policies on seeds no training episode
 * used.
 *
 * <p>Who records what on endpoint 1: the trainer records training runs, iterations, the mean
 * episode reward, errors of its own ({@code episode_failed}, {@code non_finite_update}) and the
 * team performance gauges (agent group {@code all}: iteration means while training, the trained
 * policy's held-out evaluation at the end); the episodes record the agent, episode, step, conflict
 * and coordination families.
 */
package org.wealtharena.training.trainer;
