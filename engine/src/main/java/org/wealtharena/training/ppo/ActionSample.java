package org.wealtharena.training.ppo;

/**
 * What {@link PpoAgent#act} decided: the raw (unsquashed) action, its log-probability under the
 * policy that drew it, and the value estimate of the observation. Keep all three for the rollout.
 * The action array is freshly allocated for the caller.
 */
public record ActionSample(double[] action, double logProb, double value)
    implements java.io.Serializable {}
