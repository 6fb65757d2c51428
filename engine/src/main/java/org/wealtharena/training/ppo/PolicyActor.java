package org.wealtharena.training.ppo;

import java.util.SplittableRandom;

/**
 * Acts with an agent's current parameters through workspaces of its own, so each rollout thread can
 * hold one (from {@link PpoAgent#newActor()}) while the agent itself is shared. The parameters are
 * read live: do not act while the agent updates.
 */
public final class PolicyActor {

  private final ActorCritic model;
  private final double[] parameters;
  private final GaussianPolicy.Workspace policyWorkspace;
  private final ValueFunction.Workspace valueWorkspace;

  PolicyActor(ActorCritic model, double[] parameters) {
    this.model = model;
    this.parameters = parameters;
    this.policyWorkspace = model.policy().newWorkspace();
    this.valueWorkspace = model.value().newWorkspace();
  }

  /** Samples an action with {@code rng} and reports its log-probability and the state's value. */
  public ActionSample act(double[] observation, SplittableRandom rng) {
    requireObservation(observation);
    double[] action = new double[model.actionSize()];
    double logProb = model.policy().sample(parameters, observation, rng, action, policyWorkspace);
    double value = model.value().value(parameters, observation, 0, valueWorkspace);
    return new ActionSample(action, logProb, value);
  }

  /** The policy's mean action, for evaluation without exploration noise. */
  public double[] meanAction(double[] observation) {
    requireObservation(observation);
    return model.policy().mean(parameters, observation, 0, policyWorkspace).clone();
  }

  public double value(double[] observation) {
    requireObservation(observation);
    return model.value().value(parameters, observation, 0, valueWorkspace);
  }

  private void requireObservation(double[] observation) {
    Require.finiteVector(observation, model.observationSize(), "observation");
  }
}
