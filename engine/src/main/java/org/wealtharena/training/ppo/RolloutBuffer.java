package org.wealtharena.training.ppo;

import java.util.Arrays;

/**
 * Steps collected with the current policy, in order: observation, action, the action's
 * log-probability and the value estimate at acting time, the reward received and whether the
 * episode ended. Grows by doubling, so steady-state collection allocates nothing.
 *
 * <p>Observations and actions must be finite (a NaN there is a bug upstream). Rewards, values and
 * log-probabilities are stored as given: a non-finite one makes the next PPO update skip with a
 * reason, which the trainer can count instead of crashing.
 */
public final class RolloutBuffer {

  private static final int INITIAL_CAPACITY = 256;

  private final int observationSize;
  private final int actionSize;
  private int size;
  double[] observations;
  double[] actions;
  double[] logProbs;
  double[] rewards;
  double[] values;
  boolean[] dones;

  /** Filled by the update from rewards, values and dones. */
  double[] advantages;

  double[] returns;

  public RolloutBuffer(int observationSize, int actionSize) {
    if (observationSize <= 0 || actionSize <= 0) {
      throw new IllegalArgumentException(
          "observation and action sizes must be positive, got "
              + observationSize
              + " and "
              + actionSize);
    }
    this.observationSize = observationSize;
    this.actionSize = actionSize;
    allocate(INITIAL_CAPACITY);
  }

  public int observationSize() {
    return observationSize;
  }

  public int actionSize() {
    return actionSize;
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** Whether the last stored step ended its episode (false when empty). */
  public boolean lastStepDone() {
    return size > 0 && dones[size - 1];
  }

  public void add(
      double[] observation,
      double[] action,
      double logProb,
      double reward,
      double value,
      boolean done) {
    Require.finiteVector(observation, observationSize, "observation");
    Require.finiteVector(action, actionSize, "action");
    if (size == rewards.length) {
      allocate(2 * size);
    }
    System.arraycopy(observation, 0, observations, size * observationSize, observationSize);
    System.arraycopy(action, 0, actions, size * actionSize, actionSize);
    logProbs[size] = logProb;
    rewards[size] = reward;
    values[size] = value;
    dones[size] = done;
    size++;
  }

  public void clear() {
    size = 0;
  }

  /** Checks the scalars an update consumes; returns a description of the first bad one, or null. */
  String firstNonFiniteScalar() {
    for (int t = 0; t < size; t++) {
      if (!Double.isFinite(rewards[t])) {
        return "reward at step " + t + " is " + rewards[t];
      }
      if (!Double.isFinite(values[t])) {
        return "value estimate at step " + t + " is " + values[t];
      }
      if (!Double.isFinite(logProbs[t])) {
        return "log-probability at step " + t + " is " + logProbs[t];
      }
    }
    return null;
  }

  private void allocate(int capacity) {
    observations = grow(observations, capacity * observationSize);
    actions = grow(actions, capacity * actionSize);
    logProbs = grow(logProbs, capacity);
    rewards = grow(rewards, capacity);
    values = grow(values, capacity);
    dones = dones == null ? new boolean[capacity] : Arrays.copyOf(dones, capacity);
    advantages = grow(advantages, capacity);
    returns = grow(returns, capacity);
  }

  private static double[] grow(double[] array, int length) {
    return array == null ? new double[length] : Arrays.copyOf(array, length);
  }
}
