package org.wealtharena.training.ppo;

import java.util.Arrays;

/**
 * The PPO objective on one minibatch and its exact gradient:
 *
 * <pre>
 *   loss = mean(-min(r A, clip(r, 1-eps, 1+eps) A))      clipped surrogate, r = pi(a|s) / pi_old(a|s)
 *        + c_v * mean(0.5 (V(s) - R)^2)                   value loss, optionally clipped around V_old
 *        - c_e * entropy                                  exploration bonus
 * </pre>
 *
 * Advantages A (standardised within the minibatch if so configured) and returns R are read from the
 * buffer, where the update left them. One instance per thread: it holds the networks' workspaces.
 */
final class PpoLoss {

  private final ActorCritic model;
  private final PpoConfig config;
  private final GaussianPolicy.Workspace policyWorkspace;
  private final ValueFunction.Workspace valueWorkspace;

  PpoLoss(ActorCritic model, PpoConfig config) {
    this.model = model;
    this.config = config;
    this.policyWorkspace = model.policy().newWorkspace();
    this.valueWorkspace = model.value().newWorkspace();
  }

  /**
   * Overwrites {@code grad} with d(loss)/d(params) over the steps {@code order[from .. to)} of the
   * buffer and returns the loss and its diagnostics.
   */
  Terms evaluate(
      double[] params, RolloutBuffer batch, int[] order, int from, int to, double[] grad) {
    if (from < 0 || to > order.length || from >= to) {
      throw new IllegalArgumentException(
          "minibatch [" + from + ", " + to + ") is empty or outside " + order.length + " indices");
    }
    Arrays.fill(grad, 0.0);
    GaussianPolicy policy = model.policy();
    ValueFunction value = model.value();
    int observationSize = model.observationSize();
    int actionSize = model.actionSize();
    double epsilon = config.clipRange();
    double valueEpsilon = config.valueClipRange();
    double valueCoefficient = config.valueLossCoefficient();
    double perSample = 1.0 / (to - from);
    double advantageShift = 0.0;
    double advantageScale = 1.0;
    if (config.normalizeMinibatchAdvantages()) {
      double sum = 0.0;
      for (int k = from; k < to; k++) {
        sum += batch.advantages[order[k]];
      }
      advantageShift = sum * perSample;
      double squares = 0.0;
      for (int k = from; k < to; k++) {
        double d = batch.advantages[order[k]] - advantageShift;
        squares += d * d;
      }
      // population standard deviation plus 1e-8, as GeneralizedAdvantageEstimation.normalize
      advantageScale = 1.0 / (Math.sqrt(squares * perSample) + 1e-8);
    }

    double policyLossSum = 0.0;
    double valueLossSum = 0.0;
    double klSum = 0.0;
    int clipped = 0;
    for (int k = from; k < to; k++) {
      int t = order[k];
      int observationOffset = t * observationSize;
      int actionOffset = t * actionSize;

      double logProb =
          policy.logProb(
              params,
              batch.observations,
              observationOffset,
              batch.actions,
              actionOffset,
              policyWorkspace);
      double logRatio = logProb - batch.logProbs[t];
      double ratio = Math.exp(logRatio);
      double advantage = (batch.advantages[t] - advantageShift) * advantageScale;
      double unclippedObjective = ratio * advantage;
      double clippedObjective = Math.max(1.0 - epsilon, Math.min(1.0 + epsilon, ratio)) * advantage;
      // The minimum picks the clipped term only when the ratio has left [1-eps, 1+eps] in the
      // direction the advantage rewards; there the objective is flat and the gradient zero.
      if (unclippedObjective <= clippedObjective) {
        policyLossSum -= unclippedObjective;
        // d(-r A)/d(log pi) = -r A, since dr/d(log pi) = r
        policy.accumulateLogProbGradient(
            params,
            batch.actions,
            actionOffset,
            -unclippedObjective * perSample,
            policyWorkspace,
            grad);
      } else {
        policyLossSum -= clippedObjective;
      }
      klSum += (ratio - 1.0) - logRatio; // non-negative, low-variance estimator of KL(old || new)
      if (Math.abs(ratio - 1.0) > epsilon) {
        clipped++;
      }

      double prediction =
          value.value(params, batch.observations, observationOffset, valueWorkspace);
      double target = batch.returns[t];
      double error = prediction - target;
      double valueLoss = 0.5 * error * error;
      double valueLossGradient = error;
      if (config.clipsValueLoss()) {
        double previous = batch.values[t];
        double clippedPrediction =
            previous + Math.max(-valueEpsilon, Math.min(valueEpsilon, prediction - previous));
        double clippedError = clippedPrediction - target;
        double clippedLoss = 0.5 * clippedError * clippedError;
        if (clippedLoss > valueLoss) {
          // only possible with the prediction outside the clip range, where the clipped term is
          // constant
          valueLoss = clippedLoss;
          valueLossGradient = 0.0;
        }
      }
      valueLossSum += valueLoss;
      value.accumulateGradient(
          params, valueCoefficient * valueLossGradient * perSample, valueWorkspace, grad);
    }
    double entropy = policy.entropy(params);
    policy.accumulateEntropyGradient(-config.entropyCoefficient(), grad);

    double policyLoss = policyLossSum * perSample;
    double valueLoss = valueLossSum * perSample;
    double total =
        policyLoss + valueCoefficient * valueLoss - config.entropyCoefficient() * entropy;
    return new Terms(total, policyLoss, valueLoss, entropy, klSum * perSample, clipped * perSample);
  }

  /** Loss of one minibatch and its parts; approxKl and clipFraction are means over its steps. */
  record Terms(
      double total,
      double policyLoss,
      double valueLoss,
      double entropy,
      double approxKl,
      double clipFraction) {}
}
