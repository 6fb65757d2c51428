package org.wealtharena.training.ppo;

import java.util.SplittableRandom;
import org.wealtharena.training.ppo.optim.Adam;

/**
 * A PPO learner: a Gaussian policy and a value network in one flat parameter vector, a rollout
 * buffer, and an update that runs GAE and the clipped PPO objective with Adam.
 *
 * <pre>
 *   ActionSample s = agent.act(observation, rng);
 *   ... environment step with s.action() ...
 *   agent.record(observation, s, reward, done);
 *   ... after enough steps ...
 *   UpdateResult r = agent.update();          // or update(nextObservation) mid-episode
 * </pre>
 *
 * <p>Deterministic: equal seed, configuration and recorded data give bit-identical parameters. Not
 * thread-safe. For parallel rollouts give each thread a {@link #newActor()} and its own seeded
 * generator, collect steps per episode, and record them into this agent in a fixed order (say, by
 * episode seed) so the result does not depend on the thread count.
 */
public final class PpoAgent {

  private final ActorCritic model;
  private final PpoConfig config;
  private final double[] parameters;
  private final Adam optimizer;
  private final RolloutBuffer buffer;
  private final PpoUpdater updater;
  private final PolicyActor actor;
  private final ObservationNormalizer normalizer;
  private long seed;
  private long updateCount;

  /** Parameters are initialised from {@code seed}; the same seed also drives minibatch shuffles. */
  public PpoAgent(int observationSize, int actionSize, PpoConfig config, long seed) {
    this.model =
        new ActorCritic(
            observationSize, actionSize, config.policyHiddenSizes(), config.valueHiddenSizes());
    this.config = config;
    this.seed = seed;
    this.parameters = model.initialParameters(new SplittableRandom(seed), config.initialLogStd());
    this.optimizer = new Adam(parameters.length, config.optimizer());
    this.buffer = new RolloutBuffer(observationSize, actionSize);
    this.updater = new PpoUpdater(model, config);
    this.normalizer = new ObservationNormalizer(observationSize);
    this.actor = new PolicyActor(model, parameters, activeNormalizer());
  }

  /** The normalizer the networks' inputs go through, or null when the config turns it off. */
  private ObservationNormalizer activeNormalizer() {
    return config.normalizeObservations() ? normalizer : null;
  }

  public ActorCritic model() {
    return model;
  }

  public PpoConfig config() {
    return config;
  }

  public RolloutBuffer buffer() {
    return buffer;
  }

  public long updateCount() {
    return updateCount;
  }

  /** A copy of the flat parameter vector. */
  public double[] parameters() {
    return parameters.clone();
  }

  /** Samples an action with {@code rng} and reports its log-probability and the state's value. */
  public ActionSample act(double[] observation, SplittableRandom rng) {
    return actor.act(observation, rng);
  }

  /** The policy's mean action, for evaluation without exploration noise. */
  public double[] meanAction(double[] observation) {
    return actor.meanAction(observation);
  }

  public double value(double[] observation) {
    return actor.value(observation);
  }

  /** An actor with its own workspaces over this agent's live parameters, for one rollout thread. */
  public PolicyActor newActor() {
    return new PolicyActor(model, parameters, activeNormalizer());
  }

  /**
   * Appends a step taken with {@code sample} from (raw) {@code observation} to the rollout buffer,
   * which keeps the observation as the networks saw it; the observation statistics take it in after
   * the next update.
   */
  public void record(double[] observation, ActionSample sample, double reward, boolean done) {
    buffer.add(
        actor.input(observation), sample.action(), sample.logProb(), reward, sample.value(), done);
    normalizer.observe(observation);
  }

  /**
   * Updates from the buffer, whose last step must end an episode, then empties the buffer.
   *
   * @throws IllegalStateException if the buffer is empty or its last step is not done
   */
  public UpdateResult update() {
    return update(1.0);
  }

  /**
   * {@link #update()} with the learning rate times {@code learningRateScale}, in (0, 1], for a
   * schedule such as {@link PpoConfig#learningRateScale}.
   */
  public UpdateResult update(double learningRateScale) {
    if (!buffer.lastStepDone()) {
      throw new IllegalStateException(
          buffer.isEmpty()
              ? "cannot update from an empty rollout buffer"
              : "the last recorded step does not end an episode; call update(nextObservation)");
    }
    return runUpdate(0.0, learningRateScale);
  }

  /**
   * Updates from the buffer, bootstrapping the unfinished episode with the value of {@code
   * nextObservation} (the observation after the last recorded step), then empties the buffer.
   */
  public UpdateResult update(double[] nextObservation) {
    return runUpdate(value(nextObservation), 1.0);
  }

  /**
   * Both outcomes empty the buffer: after a skip its data is suspect, and PPO is on-policy anyway,
   * so fresh steps are needed.
   */
  private UpdateResult runUpdate(double lastValue, double learningRateScale) {
    // Each update shuffles with its own generator derived from (seed, update number), so a
    // restored agent continues exactly as the original would have.
    SplittableRandom shuffleRng =
        new SplittableRandom(new SplittableRandom(seed + updateCount).nextLong());
    boolean learned = false;
    try {
      UpdateResult result =
          updater.update(parameters, optimizer, buffer, lastValue, shuffleRng, learningRateScale);
      learned = !result.skipped();
      return result;
    } finally {
      if (learned) {
        normalizer.commit();
      } else {
        normalizer.discardPending();
      }
      buffer.clear();
      updateCount++;
    }
  }

  public PpoSnapshot snapshot() {
    return new PpoSnapshot(
        parameters, optimizer.state(), updateCount, seed, normalizer.statistics());
  }

  /**
   * Replaces all learnable state with the snapshot's, the observation statistics included; the seed
   * for future shuffles comes from it too. The rollout buffer is left as it is.
   */
  public void restore(PpoSnapshot snapshot) {
    double[] restored = snapshot.parameters();
    if (restored.length != parameters.length) {
      throw new IllegalArgumentException(
          "snapshot has "
              + restored.length
              + " parameters, this agent has "
              + parameters.length
              + " (different sizes or hidden layers?)");
    }
    for (int i = 0; i < restored.length; i++) {
      if (!Double.isFinite(restored[i])) {
        throw new IllegalArgumentException("snapshot parameter " + i + " is " + restored[i]);
      }
    }
    normalizer.restore(snapshot.observations());
    System.arraycopy(restored, 0, parameters, 0, parameters.length);
    optimizer.restore(snapshot.optimizer());
    updateCount = snapshot.updateCount();
    seed = snapshot.seed();
  }
}
