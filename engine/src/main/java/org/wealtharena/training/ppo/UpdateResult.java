package org.wealtharena.training.ppo;

/**
 * Outcome of one PPO update. Losses, entropy, approximate KL, clip fraction and gradient norm are
 * means over the minibatches evaluated (including the one that triggered a KL stop, which was
 * evaluated but not applied). A skipped update changed nothing; its statistics are NaN.
 *
 * @param skipped true if the update was abandoned and all parameters left as they were
 * @param skipReason why it was skipped (which value was not finite, and where); empty otherwise
 * @param policyLoss clipped surrogate loss
 * @param valueLoss 0.5 * squared error of the value network (clipped if configured)
 * @param entropy policy entropy
 * @param approxKl estimate of KL(rollout policy || current policy)
 * @param clipFraction share of steps whose probability ratio lay outside 1 +- clipRange
 * @param explainedVariance how much of the returns' variance the value network's rollout-time
 *     estimates explained, before the update: {@link ExplainedVariance#of}; NaN for constant
 *     returns
 * @param gradientNorm global gradient norm before clipping
 * @param gradientSteps optimiser steps taken
 * @param epochsCompleted full passes over the rollout
 * @param stoppedOnKl whether the approximate KL exceeded the target and ended the update early
 */
public record UpdateResult(
    boolean skipped,
    String skipReason,
    double policyLoss,
    double valueLoss,
    double entropy,
    double approxKl,
    double clipFraction,
    double explainedVariance,
    double gradientNorm,
    int gradientSteps,
    int epochsCompleted,
    boolean stoppedOnKl) {

  static UpdateResult skipped(String reason) {
    return new UpdateResult(
        true,
        reason,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        0,
        0,
        false);
  }
}
