package org.wealtharena.metrics;

/**
 * What one PPO update of one policy reports, as the {@code multi_agent_*} PPO families publish it.
 *
 * @param policyLoss clipped surrogate loss
 * @param valueLoss value-function loss
 * @param entropy mean policy entropy, nats
 * @param approxKl approximate KL between the rollout policy and the updated one
 * @param clipFraction share (0..1) of samples whose probability ratio was clipped
 * @param explainedVariance explained variance of the value function on the update's rollout (1 =
 *     perfect, 0 = no better than the mean, can be negative)
 */
public record PpoUpdateStatistics(
    double policyLoss,
    double valueLoss,
    double entropy,
    double approxKl,
    double clipFraction,
    double explainedVariance) {}
