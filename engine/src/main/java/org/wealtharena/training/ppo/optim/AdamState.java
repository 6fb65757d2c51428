package org.wealtharena.training.ppo.optim;

/**
 * Everything {@link Adam} remembers between steps, as plain values for a checkpoint.
 *
 * @param step number of steps taken (drives the bias correction)
 * @param firstMoment running average of gradients, one entry per parameter
 * @param secondMoment running average of squared gradients, one entry per parameter
 */
public record AdamState(long step, double[] firstMoment, double[] secondMoment)
    implements java.io.Serializable {

  public AdamState {
    if (step < 0) {
      throw new IllegalArgumentException("step must not be negative, got " + step);
    }
    if (firstMoment.length != secondMoment.length) {
      throw new IllegalArgumentException(
          "first moment has "
              + firstMoment.length
              + " entries but second moment has "
              + secondMoment.length);
    }
    firstMoment = firstMoment.clone();
    secondMoment = secondMoment.clone();
  }

  @Override
  public double[] firstMoment() {
    return firstMoment.clone();
  }

  @Override
  public double[] secondMoment() {
    return secondMoment.clone();
  }
}
