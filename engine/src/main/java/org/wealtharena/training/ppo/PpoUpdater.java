package org.wealtharena.training.ppo;

import java.util.SplittableRandom;
import org.wealtharena.training.ppo.optim.Adam;
import org.wealtharena.training.ppo.optim.AdamState;

/**
 * One PPO update: GAE over the rollout, then several epochs of Adam steps on shuffled minibatches
 * of the clipped loss, stopping early when the policy has drifted too far (approximate KL).
 *
 * <p>Any non-finite input, advantage, loss or gradient abandons the whole update: parameters and
 * optimiser state are put back as they were and the result says why. Everything runs in one thread
 * in a fixed order, so equal inputs give bit-identical outputs.
 */
final class PpoUpdater {

  private final PpoConfig config;
  private final PpoLoss loss;
  private final double[] gradient;
  private final double[] parametersBeforeUpdate;
  private int[] order = new int[0];

  PpoUpdater(ActorCritic model, PpoConfig config) {
    this.config = config;
    this.loss = new PpoLoss(model, config);
    this.gradient = new double[model.parameterCount()];
    this.parametersBeforeUpdate = new double[model.parameterCount()];
  }

  /**
   * @param lastValue value estimate of the state after the buffer's last step (ignored if that step
   *     is done)
   * @param shuffleRng source of the minibatch order
   * @param learningRateScale factor on the optimiser's learning rate for this update, in (0, 1]
   */
  UpdateResult update(
      double[] params,
      Adam adam,
      RolloutBuffer buffer,
      double lastValue,
      SplittableRandom shuffleRng,
      double learningRateScale) {
    int size = buffer.size();
    if (size == 0) {
      throw new IllegalStateException("cannot update from an empty rollout buffer");
    }
    String badInput = buffer.firstNonFiniteScalar();
    if (badInput == null && !Double.isFinite(lastValue)) {
      badInput = "bootstrap value after the last step is " + lastValue;
    }
    if (badInput != null) {
      return UpdateResult.skipped(badInput);
    }
    GeneralizedAdvantageEstimation.compute(
        buffer.rewards,
        buffer.values,
        buffer.dones,
        size,
        lastValue,
        config.gamma(),
        config.gaeLambda(),
        buffer.advantages,
        buffer.returns);
    for (int t = 0; t < size; t++) {
      if (!Double.isFinite(buffer.advantages[t]) || !Double.isFinite(buffer.returns[t])) {
        return UpdateResult.skipped("advantage or return at step " + t + " overflowed");
      }
    }
    double explainedVariance = ExplainedVariance.of(buffer.values, buffer.returns, size);
    if (config.normalizeAdvantages()) {
      GeneralizedAdvantageEstimation.normalize(buffer.advantages, size);
    }
    if (order.length < size) {
      order = new int[size];
    }
    for (int t = 0; t < size; t++) {
      order[t] = t;
    }
    System.arraycopy(params, 0, parametersBeforeUpdate, 0, params.length);
    AdamState optimizerBeforeUpdate = adam.state();

    Statistics stats = new Statistics();
    int minibatchSize = config.minibatchSize();
    boolean stoppedOnKl = false;
    int epoch = 0;
    for (; epoch < config.epochs() && !stoppedOnKl; epoch++) {
      shuffle(size, shuffleRng);
      for (int from = 0; from < size; from += minibatchSize) {
        int to = Math.min(size, from + minibatchSize);
        PpoLoss.Terms terms = loss.evaluate(params, buffer, order, from, to, gradient);
        double gradientNorm = Adam.l2Norm(gradient);
        String problem =
            !Double.isFinite(terms.total())
                ? "loss is "
                    + terms.total()
                    + " (policy "
                    + terms.policyLoss()
                    + ", value "
                    + terms.valueLoss()
                    + ")"
                : !Double.isFinite(gradientNorm) ? "gradient norm is " + gradientNorm : null;
        if (problem != null) {
          System.arraycopy(parametersBeforeUpdate, 0, params, 0, params.length);
          adam.restore(optimizerBeforeUpdate);
          return UpdateResult.skipped(
              problem + " in epoch " + epoch + ", minibatch starting at " + from);
        }
        stats.add(terms, gradientNorm);
        if (terms.approxKl() > config.targetKl()) {
          stoppedOnKl = true;
          break;
        }
        adam.step(params, gradient, learningRateScale);
        stats.gradientSteps++;
      }
    }
    int epochsCompleted = stoppedOnKl ? epoch - 1 : epoch;
    return stats.result(explainedVariance, epochsCompleted, stoppedOnKl);
  }

  /** Fisher-Yates over the first {@code size} entries of {@code order}. */
  private void shuffle(int size, SplittableRandom rng) {
    for (int i = size - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
  }

  /** Running sums over evaluated minibatches. */
  private static final class Statistics {
    private int minibatches;
    private int gradientSteps;
    private double policyLoss;
    private double valueLoss;
    private double entropy;
    private double approxKl;
    private double clipFraction;
    private double gradientNorm;

    void add(PpoLoss.Terms terms, double norm) {
      minibatches++;
      policyLoss += terms.policyLoss();
      valueLoss += terms.valueLoss();
      entropy += terms.entropy();
      approxKl += terms.approxKl();
      clipFraction += terms.clipFraction();
      gradientNorm += norm;
    }

    UpdateResult result(double explainedVariance, int epochsCompleted, boolean stoppedOnKl) {
      double n = minibatches;
      return new UpdateResult(
          false,
          "",
          policyLoss / n,
          valueLoss / n,
          entropy / n,
          approxKl / n,
          clipFraction / n,
          explainedVariance,
          gradientNorm / n,
          gradientSteps,
          epochsCompleted,
          stoppedOnKl);
    }
  }
}
