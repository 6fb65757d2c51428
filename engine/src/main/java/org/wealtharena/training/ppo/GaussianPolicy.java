package org.wealtharena.training.ppo;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.wealtharena.training.ppo.nn.Mlp;

/**
 * Diagonal Gaussian policy over unbounded real actions: the mean comes from an MLP of the
 * observation, the log standard deviations are free parameters that do not depend on the state.
 *
 * <p>Not squashed: actions are raw samples in (-inf, inf). Mapping them to bounded quantities
 * (softmax to capital shares, sigmoid to risk budgets, clipping to a velocity) is the caller's job,
 * which keeps log-probabilities exact and the policy generic.
 *
 * <p>Parameters sit in a flat vector at the constructor's offset: first the mean network, then one
 * log standard deviation per action dimension.
 */
public final class GaussianPolicy {

  private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2.0 * Math.PI);

  private final Mlp meanNetwork;
  private final int offset;
  private final int logStdOffset;

  public GaussianPolicy(Mlp meanNetwork, int offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }
    this.meanNetwork = meanNetwork;
    this.offset = offset;
    this.logStdOffset = offset + meanNetwork.parameterCount();
  }

  public int observationSize() {
    return meanNetwork.inputSize();
  }

  public int actionSize() {
    return meanNetwork.outputSize();
  }

  public int parameterCount() {
    return meanNetwork.parameterCount() + actionSize();
  }

  public Mlp meanNetwork() {
    return meanNetwork;
  }

  public Workspace newWorkspace() {
    return new Workspace(meanNetwork.newWorkspace(), actionSize());
  }

  /**
   * Orthogonal mean network with a small output gain (0.01), so the untrained policy's means are
   * near zero and exploration comes from the log-std; all log-stds set to {@code initialLogStd}.
   */
  public void initialize(double[] params, SplittableRandom rng, double initialLogStd) {
    meanNetwork.initialize(params, offset, rng, Math.sqrt(2.0), 0.01);
    Arrays.fill(params, logStdOffset, logStdOffset + actionSize(), initialLogStd);
  }

  /** Mean action for {@code observation[observationOffset ..]}; the array is the workspace's. */
  public double[] mean(double[] params, double[] observation, int observationOffset, Workspace ws) {
    requireParameters(params);
    double[] mean = meanNetwork.forward(params, offset, observation, observationOffset, ws.network);
    System.arraycopy(mean, 0, ws.mean, 0, mean.length);
    return ws.mean;
  }

  /** Draws an action into {@code actionOut} and returns its log-probability. */
  public double sample(
      double[] params,
      double[] observation,
      SplittableRandom rng,
      double[] actionOut,
      Workspace ws) {
    if (actionOut.length != actionSize()) {
      throw new IllegalArgumentException(
          "action array has length "
              + actionOut.length
              + ", policy acts in "
              + actionSize()
              + " dimensions");
    }
    double[] mean = mean(params, observation, 0, ws);
    double logProb = 0.0;
    for (int i = 0; i < mean.length; i++) {
      double logStd = params[logStdOffset + i];
      double z = rng.nextGaussian();
      actionOut[i] = mean[i] + Math.exp(logStd) * z;
      logProb += -0.5 * z * z - logStd - HALF_LOG_TWO_PI;
    }
    return logProb;
  }

  /**
   * Log-density of {@code action[actionOffset ..]} given the observation. Leaves the forward pass
   * in the workspace for {@link #accumulateLogProbGradient}.
   */
  public double logProb(
      double[] params,
      double[] observation,
      int observationOffset,
      double[] action,
      int actionOffset,
      Workspace ws) {
    if (actionOffset < 0 || actionOffset + actionSize() > action.length) {
      throw new IllegalArgumentException(
          "action array of length "
              + action.length
              + " at offset "
              + actionOffset
              + " does not hold "
              + actionSize()
              + " values");
    }
    double[] mean = mean(params, observation, observationOffset, ws);
    double logProb = 0.0;
    for (int i = 0; i < mean.length; i++) {
      double logStd = params[logStdOffset + i];
      double z = (action[actionOffset + i] - mean[i]) * Math.exp(-logStd);
      logProb += -0.5 * z * z - logStd - HALF_LOG_TWO_PI;
    }
    return logProb;
  }

  /**
   * Adds {@code scale * d(logProb)/d(params)} to {@code grad} for the observation of the last
   * {@link #logProb} call on this workspace and the same action.
   */
  public void accumulateLogProbGradient(
      double[] params,
      double[] action,
      int actionOffset,
      double scale,
      Workspace ws,
      double[] grad) {
    requireParameters(grad);
    double[] mean = ws.mean;
    double[] meanGrad = ws.meanGradient;
    for (int i = 0; i < mean.length; i++) {
      double logStd = params[logStdOffset + i];
      double invStd = Math.exp(-logStd);
      double z = (action[actionOffset + i] - mean[i]) * invStd;
      meanGrad[i] = scale * z * invStd; // d/dmean = (a - mean) / std^2
      grad[logStdOffset + i] += scale * (z * z - 1.0); // d/dlogStd = z^2 - 1
    }
    meanNetwork.backward(params, offset, ws.network, meanGrad, grad, offset);
  }

  /** Differential entropy, the same in every state: sum of logStd + (1 + log 2 pi) / 2. */
  public double entropy(double[] params) {
    requireParameters(params);
    double entropy = 0.0;
    for (int i = 0; i < actionSize(); i++) {
      entropy += params[logStdOffset + i] + 0.5 + HALF_LOG_TWO_PI;
    }
    return entropy;
  }

  /** Adds {@code scale * d(entropy)/d(params)}: one per log-std, nothing for the mean network. */
  public void accumulateEntropyGradient(double scale, double[] grad) {
    requireParameters(grad);
    for (int i = 0; i < actionSize(); i++) {
      grad[logStdOffset + i] += scale;
    }
  }

  /** For a parameter vector or a gradient laid out like one. */
  private void requireParameters(double[] vector) {
    if (vector.length < offset + parameterCount()) {
      throw new IllegalArgumentException(
          "vector of length "
              + vector.length
              + " ends before the policy's "
              + parameterCount()
              + " parameters at offset "
              + offset);
    }
  }

  /** Scratch space of one thread: network activations, mean, gradient of the mean. */
  public static final class Workspace {
    private final Mlp.Workspace network;
    private final double[] mean;
    private final double[] meanGradient;

    private Workspace(Mlp.Workspace network, int actionSize) {
      this.network = network;
      this.mean = new double[actionSize];
      this.meanGradient = new double[actionSize];
    }
  }
}
