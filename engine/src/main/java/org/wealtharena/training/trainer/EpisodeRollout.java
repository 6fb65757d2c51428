package org.wealtharena.training.trainer;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.wealtharena.coordination.AllocationPolicies;
import org.wealtharena.coordination.AllocationPolicy;
import org.wealtharena.coordination.TeamEpisodeResult;
import org.wealtharena.coordination.TeamEpisodeRunner;
import org.wealtharena.coordination.TeamEpisodeSpec;
import org.wealtharena.training.ppo.ActionSample;
import org.wealtharena.training.ppo.PolicyActor;

/**
 * The learners as one training episode sees them: each role samples from its learner's current
 * parameters through an actor of its own, with a generator derived from the episode's seed, and
 * records its steps in a trajectory of its own. Nothing is shared with other episodes but the
 * (read-only during rollouts) parameters, so episodes can run on any thread in any order.
 */
final class EpisodeRollout implements AllocationPolicies {

  /**
   * An iteration's training episodes as a batch for an {@link EpisodeEngine}: the learners (whose
   * serial form is their snapshot) and each episode's spec, the spec's seed being the episode's.
   */
  record Batch(LearnedPolicies policies, List<TeamEpisodeSpec> specs) implements Serializable {
    Batch {
      specs = List.copyOf(specs);
    }
  }

  /** What one training episode gave: its result and each role's steps, by role name. */
  record Played(TeamEpisodeResult result, Map<String, Trajectory> trajectories)
      implements Serializable {}

  /** Plays episode {@code episode} of {@code batch} on {@code runner}. */
  static Played play(Batch batch, int episode, TeamEpisodeRunner runner) {
    TeamEpisodeSpec spec = batch.specs().get(episode);
    EpisodeRollout rollout = new EpisodeRollout(batch.policies(), spec.seed());
    return new Played(runner.run(spec, rollout), rollout.trajectories);
  }

  private final LearnedPolicies learners;
  private final long episodeSeed;
  private final TreeMap<String, Trajectory> trajectories = new TreeMap<>();

  private EpisodeRollout(LearnedPolicies learners, long episodeSeed) {
    this.learners = learners;
    this.episodeSeed = episodeSeed;
  }

  @Override
  public AllocationPolicy policyFor(String role, int observationSize, int actionSize) {
    if (trajectories.containsKey(role)) {
      throw new IllegalStateException(
          "the policy of role " + role + " was asked for twice in one episode");
    }
    PolicyActor actor = learners.agentFor(role, observationSize, actionSize).newActor();
    SplittableRandom rng = TrainingSeeds.actions(episodeSeed, role);
    Trajectory trajectory = new Trajectory(observationSize, actionSize);
    trajectories.put(role, trajectory);
    return new AllocationPolicy() {
      @Override
      public void act(double[] observation, double[] action) {
        ActionSample sample = actor.act(observation, rng);
        System.arraycopy(sample.action(), 0, action, 0, actionSize);
        trajectory.acted(observation, sample);
      }

      @Override
      public void reward(double reward, boolean episodeDone) {
        trajectory.rewarded(reward, episodeDone);
      }
    };
  }
}
