package org.wealtharena.training.ppo;

import java.util.SplittableRandom;

/**
 * Acts with an agent's current parameters through workspaces of its own, so each rollout thread can
 * hold one (from {@link PpoAgent#newActor()}) while the agent itself is shared. The parameters and
 * the observation statistics are read live: do not act while the agent updates.
 */
public final class PolicyActor {

  private final ActorCritic model;
  private final double[] parameters;
  private final GaussianPolicy.Workspace policyWorkspace;
  private final ValueFunction.Workspace valueWorkspace;
  private final ObservationNormalizer normalizer;
  private final double[] input;

  /**
   * @param normalizer standardises what the networks see; null: they see the raw observation
   */
  PolicyActor(ActorCritic model, double[] parameters, ObservationNormalizer normalizer) {
    this.model = model;
    this.parameters = parameters;
    this.policyWorkspace = model.policy().newWorkspace();
    this.valueWorkspace = model.value().newWorkspace();
    this.normalizer = normalizer;
    this.input = new double[model.observationSize()];
  }

  /** Samples an action with {@code rng} and reports its log-probability and the state's value. */
  public ActionSample act(double[] observation, SplittableRandom rng) {
    double[] in = input(observation);
    double[] action = new double[model.actionSize()];
    double logProb = model.policy().sample(parameters, in, rng, action, policyWorkspace);
    double value = model.value().value(parameters, in, 0, valueWorkspace);
    return new ActionSample(action, logProb, value);
  }

  /** The policy's mean action, for evaluation without exploration noise. */
  public double[] meanAction(double[] observation) {
    return model.policy().mean(parameters, input(observation), 0, policyWorkspace).clone();
  }

  public double value(double[] observation) {
    return model.value().value(parameters, input(observation), 0, valueWorkspace);
  }

  /** What the networks see of {@code observation}: it standardised, or itself. */
  double[] input(double[] observation) {
    Require.finiteVector(observation, model.observationSize(), "observation");
    if (normalizer == null) {
      return observation;
    }
    normalizer.normalize(observation, input);
    return input;
  }
}
