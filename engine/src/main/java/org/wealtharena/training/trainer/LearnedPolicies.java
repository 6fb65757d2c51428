package org.wealtharena.training.trainer;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wealtharena.coordination.AllocationPolicies;
import org.wealtharena.coordination.AllocationPolicy;
import org.wealtharena.training.ppo.PolicyActor;
import org.wealtharena.training.ppo.PpoAgent;
import org.wealtharena.training.ppo.PpoConfig;
import org.wealtharena.training.ppo.PpoSnapshot;
import org.wealtharena.training.ppo.UpdateResult;

/**
 * One PPO learner per coordinator role (meta-controller, planner, or each agent in decentralized
 * mode), created on first use with the sizes the coordinator asks for and a seed derived from the
 * role and the run, so the same master seed and run always give the same initial parameters.
 *
 * <p>Training goes through {@link EpisodeRollout} (one per episode, run on any thread) and {@link
 * #learn} (between iterations, on one thread, with no rollout in progress).
 *
 * <p>The serial form, what an engine sends to where episodes run, is the settings and every role's
 * {@link #snapshot}: a copy read back acts (and would learn) exactly as the original.
 */
public final class LearnedPolicies implements Serializable {

  private static final long serialVersionUID = 1L;

  private final PpoConfig config;
  private final TrainingSeeds seeds;

  /** Guarded by this; name order keeps updates and snapshots in a fixed order. */
  private final TreeMap<String, PpoAgent> learners = new TreeMap<>();

  /** Restored state of roles no episode has asked for yet; applied when one does. */
  private final TreeMap<String, PpoSnapshot> pendingRestores = new TreeMap<>();

  /**
   * @param seeds the run's seeds, which give each role's initial parameters
   */
  public LearnedPolicies(PpoConfig config, TrainingSeeds seeds) {
    this.config = config;
    this.seeds = seeds;
  }

  /** The same learners at their initial parameters, as they were before any training. */
  public LearnedPolicies untrainedStart() {
    return new LearnedPolicies(config, seeds);
  }

  /**
   * Deterministic policies for evaluation: every role acts with its learner's mean action. Safe to
   * share between concurrent episodes (each {@code policyFor} gets an actor of its own).
   */
  public AllocationPolicies meanActions() {
    return new MeanActions(this);
  }

  /** Serializable (as its learners are), so that evaluation's episodes can run anywhere. */
  private record MeanActions(LearnedPolicies learners) implements AllocationPolicies, Serializable {
    @Override
    public AllocationPolicy policyFor(String role, int observationSize, int actionSize) {
      PolicyActor actor = learners.agentFor(role, observationSize, actionSize).newActor();
      return new AllocationPolicy() {
        @Override
        public void act(double[] observation, double[] action) {
          System.arraycopy(actor.meanAction(observation), 0, action, 0, actionSize);
        }

        @Override
        public void reward(double reward, boolean episodeDone) {
          // evaluation does not learn
        }
      };
    }
  }

  synchronized PpoAgent agentFor(String role, int observationSize, int actionSize) {
    PpoAgent agent = learners.get(role);
    if (agent == null) {
      agent = new PpoAgent(observationSize, actionSize, config, seeds.learner(role));
      PpoSnapshot restored = pendingRestores.remove(role);
      if (restored != null) {
        agent.restore(restored);
      }
      learners.put(role, agent);
    } else if (agent.model().observationSize() != observationSize
        || agent.model().actionSize() != actionSize) {
      throw new IllegalArgumentException(
          "role "
              + role
              + " has observation and action sizes "
              + agent.model().observationSize()
              + " and "
              + agent.model().actionSize()
              + ", asked for "
              + observationSize
              + " and "
              + actionSize);
    }
    return agent;
  }

  /**
   * Feeds every role's steps from {@code episodes} (each episode's trajectories by role) to its
   * learner in episode order (so the result does not depend on which thread finished first), then
   * updates each learner once. A role first seen in these episodes (they ran elsewhere) gets its
   * learner here, as it would have had on first use.
   *
   * @param learningRateScale factor on the learning rate of these updates, in (0, 1]
   * @return the update of each role that had steps, by role name
   */
  synchronized Map<String, UpdateResult> learn(
      List<Map<String, Trajectory>> episodes, double learningRateScale) {
    for (Map<String, Trajectory> episode : episodes) {
      episode.forEach((role, steps) -> agentFor(role, steps.observationSize(), steps.actionSize()));
    }
    Map<String, UpdateResult> updates = new LinkedHashMap<>();
    learners.forEach(
        (role, agent) -> {
          for (Map<String, Trajectory> episode : episodes) {
            Trajectory trajectory = episode.get(role);
            if (trajectory != null) {
              trajectory.recordInto(agent);
            }
          }
          if (!agent.buffer().isEmpty()) {
            updates.put(role, agent.update(learningRateScale));
          }
        });
    return updates;
  }

  /** Every role's learning state, by role name. */
  public synchronized Map<String, PpoSnapshot> snapshot() {
    TreeMap<String, PpoSnapshot> snapshots = new TreeMap<>(pendingRestores);
    learners.forEach((role, agent) -> snapshots.put(role, agent.snapshot()));
    return Collections.unmodifiableMap(snapshots);
  }

  private Object writeReplace() {
    return new SerialForm(config, seeds, new TreeMap<>(snapshot()));
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("learned policies travel as their SerialForm");
  }

  private record SerialForm(
      PpoConfig config, TrainingSeeds seeds, TreeMap<String, PpoSnapshot> roles)
      implements Serializable {
    private Object readResolve() {
      LearnedPolicies policies = new LearnedPolicies(config, seeds);
      policies.restore(roles);
      return policies;
    }
  }

  /** Replaces every role's learning state with {@code snapshots} (from a checkpoint). */
  public synchronized void restore(Map<String, PpoSnapshot> snapshots) {
    snapshots.forEach(
        (role, snapshot) -> {
          PpoAgent agent = learners.get(role);
          if (agent == null) {
            pendingRestores.put(role, snapshot);
          } else {
            agent.restore(snapshot);
          }
        });
  }
}
