package org.wealtharena.training.ppo;

import java.util.SplittableRandom;
import org.wealtharena.training.ppo.nn.Mlp;

/**
 * State-value estimate V(observation): an MLP with one linear output, parameters at the
 * constructor's offset.
 */
public final class ValueFunction {

  private final Mlp network;
  private final int offset;

  public ValueFunction(Mlp network, int offset) {
    if (network.outputSize() != 1) {
      throw new IllegalArgumentException(
          "a value network has one output, got " + network.outputSize());
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }
    this.network = network;
    this.offset = offset;
  }

  public int parameterCount() {
    return network.parameterCount();
  }

  public Workspace newWorkspace() {
    return new Workspace(network.newWorkspace());
  }

  /** Orthogonal hidden layers with gain sqrt(2), output layer with gain 1. */
  public void initialize(double[] params, SplittableRandom rng) {
    network.initialize(params, offset, rng, Math.sqrt(2.0), 1.0);
  }

  /** Leaves the forward pass in the workspace for {@link #accumulateGradient}. */
  public double value(double[] params, double[] observation, int observationOffset, Workspace ws) {
    return network.forward(params, offset, observation, observationOffset, ws.network)[0];
  }

  /** Adds {@code scale * dV/d(params)} for the observation of the last {@link #value} call. */
  public void accumulateGradient(double[] params, double scale, Workspace ws, double[] grad) {
    ws.outputGradient[0] = scale;
    network.backward(params, offset, ws.network, ws.outputGradient, grad, offset);
  }

  /** Scratch space of one thread. */
  public static final class Workspace {
    private final Mlp.Workspace network;
    private final double[] outputGradient = new double[1];

    private Workspace(Mlp.Workspace network) {
      this.network = network;
    }
  }
}
