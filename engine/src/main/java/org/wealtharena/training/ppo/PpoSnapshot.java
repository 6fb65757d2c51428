package org.wealtharena.training.ppo;

import org.wealtharena.training.ppo.optim.AdamState;

/**
 * All learnable and learning state of a {@link PpoAgent}, as plain values for a checkpoint. The
 * configuration is not included: restore into an agent built with the same one.
 *
 * @param parameters flat vector [policy mean network | log-stds | value network]
 * @param optimizer Adam's moments and step count
 * @param updateCount updates done so far (seeds the next update's minibatch shuffle)
 * @param seed the agent's seed
 * @param observations the statistics its observations are standardised by
 */
public record PpoSnapshot(
    double[] parameters,
    AdamState optimizer,
    long updateCount,
    long seed,
    ObservationStatistics observations)
    implements java.io.Serializable {

  public PpoSnapshot {
    if (optimizer.firstMoment().length != parameters.length) {
      throw new IllegalArgumentException(
          "optimizer state has "
              + optimizer.firstMoment().length
              + " entries for "
              + parameters.length
              + " parameters");
    }
    if (updateCount < 0) {
      throw new IllegalArgumentException("updateCount must not be negative, got " + updateCount);
    }
    if (observations == null) {
      throw new IllegalArgumentException("observation statistics are required (none() for none)");
    }
    parameters = parameters.clone();
  }

  @Override
  public double[] parameters() {
    return parameters.clone();
  }
}
