package org.wealtharena.training.ppo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PpoLossTest {

  private static final int OBSERVATION_SIZE = 3;
  private static final int ACTION_SIZE = 2;

  private final ActorCritic model =
      new ActorCritic(OBSERVATION_SIZE, ACTION_SIZE, new int[] {5}, new int[] {4, 3});

  private double[] randomParameters(SplittableRandom rng) {
    double[] params = new double[model.parameterCount()];
    for (int i = 0; i < params.length; i++) {
      params[i] = rng.nextDouble(-0.7, 0.7);
    }
    return params;
  }

  /**
   * A buffer whose rollout-time log-probabilities and values sit at fixed distances from the
   * current ones, so some steps are inside and some outside both clip ranges, each far from the
   * kink where finite differences would straddle two branches.
   */
  private RolloutBuffer bufferAround(double[] params, SplittableRandom rng, int steps) {
    double[] logProbShifts = {-0.6, -0.1, 0.1, 0.6};
    double[] valueShifts = {-1.0, -0.1, 0.1, 1.0};
    GaussianPolicy.Workspace pws = model.policy().newWorkspace();
    ValueFunction.Workspace vws = model.value().newWorkspace();
    RolloutBuffer buffer = new RolloutBuffer(OBSERVATION_SIZE, ACTION_SIZE);
    for (int t = 0; t < steps; t++) {
      double[] observation = {rng.nextDouble(-1, 1), rng.nextDouble(-1, 1), rng.nextDouble(-1, 1)};
      double[] action = {rng.nextDouble(-2, 2), rng.nextDouble(-2, 2)};
      double logProb = model.policy().logProb(params, observation, 0, action, 0, pws);
      double value = model.value().value(params, observation, 0, vws);
      buffer.add(
          observation,
          action,
          logProb + logProbShifts[t % 4],
          0.0,
          value + valueShifts[(t / 4) % 4],
          t % 5 == 4);
      buffer.advantages[t] = rng.nextDouble(-2, 2);
      buffer.returns[t] = value + rng.nextDouble(-2, 2);
    }
    return buffer;
  }

  @ParameterizedTest
  @CsvSource({"0.3, 0.05", "Infinity, 0.0"})
  void totalLossGradientMatchesFiniteDifferences(double valueClipRange, double entropyCoefficient) {
    PpoConfig config =
        PpoConfig.builder()
            .clipRange(0.2)
            .valueClipRange(valueClipRange)
            .valueLossCoefficient(0.7)
            .entropyCoefficient(entropyCoefficient)
            .build();
    PpoLoss loss = new PpoLoss(model, config);
    for (long seed = 1; seed <= 3; seed++) {
      SplittableRandom rng = new SplittableRandom(seed);
      double[] params = randomParameters(rng);
      RolloutBuffer buffer = bufferAround(params, rng, 32);
      int[] order = new int[32];
      for (int i = 0; i < 32; i++) {
        order[i] = (i * 7) % 32; // a permutation, to exercise indirect indexing
      }
      double[] grad = new double[params.length];
      PpoLoss.Terms terms = loss.evaluate(params, buffer, order, 3, 29, grad);
      assertThat(terms.clipFraction()).isBetween(0.2, 0.8);

      double[] scratch = new double[params.length];
      double error =
          FiniteDifferences.maxRelativeError(
              params, grad, p -> loss.evaluate(p, buffer, order, 3, 29, scratch).total());
      System.out.printf(
          "PPO loss gradient (value clip %s, entropy %s, seed %d) max relative error %.2e%n",
          valueClipRange, entropyCoefficient, seed, error);
      assertThat(error).isLessThan(1e-5);
    }
  }

  @ParameterizedTest
  @CsvSource({
    // log-prob shift, advantage, policy gradient expected zero?
    "-0.5,  1.0, true", // ratio e^0.5 > 1+eps and A > 0: gain already taken, clipped
    "-0.5, -1.0, false", // ratio too high but A < 0: pessimistic term still pulls it down
    " 0.5, -1.0, true", // ratio e^-0.5 < 1-eps and A < 0: clipped
    " 0.5,  1.0, false", // ratio too low but A > 0: pulls it up
    " 0.05, 1.0, false"
  }) // inside the trust region
  void ratioOutsideTheClipRangeHasNoGradientInTheClippedDirection(
      double logProbShift, double advantage, boolean expectZero) {
    PpoConfig config =
        PpoConfig.builder()
            .clipRange(0.2)
            .valueLossCoefficient(0.0)
            .entropyCoefficient(0.0)
            .normalizeMinibatchAdvantages(false) // one step would standardise to 0
            .build();
    PpoLoss loss = new PpoLoss(model, config);
    double[] params = randomParameters(new SplittableRandom(5));
    double[] observation = {0.1, 0.2, 0.3};
    double[] action = {0.4, -0.4};
    double logProb =
        model.policy().logProb(params, observation, 0, action, 0, model.policy().newWorkspace());
    RolloutBuffer buffer = new RolloutBuffer(OBSERVATION_SIZE, ACTION_SIZE);
    buffer.add(observation, action, logProb + logProbShift, 0.0, 0.0, true);
    buffer.advantages[0] = advantage;

    double[] grad = new double[params.length];
    PpoLoss.Terms terms = loss.evaluate(params, buffer, new int[] {0}, 0, 1, grad);

    double ratio = Math.exp(-logProbShift);
    assertThat(terms.policyLoss())
        .isCloseTo(
            -Math.min(ratio * advantage, Math.max(0.8, Math.min(1.2, ratio)) * advantage),
            within(1e-12));
    assertThat(terms.clipFraction()).isEqualTo(Math.abs(ratio - 1) > 0.2 ? 1.0 : 0.0);
    double policyGradientNorm = 0;
    for (int i = 0; i < model.policy().parameterCount(); i++) {
      policyGradientNorm += grad[i] * grad[i];
    }
    if (expectZero) {
      assertThat(policyGradientNorm).isZero();
    } else {
      assertThat(policyGradientNorm).isGreaterThan(1e-6);
    }
  }

  @Test
  void klAndClipFractionOfAConstructedMinibatchAreTheirDefinitions() {
    PpoLoss loss = new PpoLoss(model, PpoConfig.builder().clipRange(0.2).build());
    double[] params = randomParameters(new SplittableRandom(12));
    GaussianPolicy.Workspace pws = model.policy().newWorkspace();
    // rollout log-probabilities shifted so that the ratios are e^0.6, e^0.1, e^-0.1, e^-0.6
    double[] shifts = {-0.6, -0.1, 0.1, 0.6};
    RolloutBuffer buffer = new RolloutBuffer(OBSERVATION_SIZE, ACTION_SIZE);
    for (int t = 0; t < 4; t++) {
      double[] observation = {0.1 * t, -0.2, 0.3};
      double[] action = {0.5, -0.1 * t};
      double logProb = model.policy().logProb(params, observation, 0, action, 0, pws);
      buffer.add(observation, action, logProb + shifts[t], 0.0, 0.0, t == 3);
      buffer.advantages[t] = 1.0;
    }

    PpoLoss.Terms terms =
        loss.evaluate(params, buffer, new int[] {0, 1, 2, 3}, 0, 4, new double[params.length]);

    // (r - 1) - log r for each ratio r = e^-shift
    double kl = 0.0;
    for (double shift : shifts) {
      kl += (Math.exp(-shift) - 1.0) + shift;
    }
    assertThat(terms.approxKl()).isCloseTo(kl / 4, within(1e-12));
    // e^0.6 = 1.82 and e^-0.6 = 0.55 lie outside [0.8, 1.2], e^0.1 and e^-0.1 inside
    assertThat(terms.clipFraction()).isEqualTo(0.5);
  }

  @Test
  void minibatchNormalisationMakesTheLossBlindToTheAdvantagesScaleAndShift() {
    PpoConfig perMinibatch = PpoConfig.builder().normalizeMinibatchAdvantages(true).build();
    double[] params = randomParameters(new SplittableRandom(13));
    RolloutBuffer buffer = bufferAround(params, new SplittableRandom(14), 16);
    RolloutBuffer moved = bufferAround(params, new SplittableRandom(14), 16);
    for (int t = 0; t < 16; t++) {
      moved.advantages[t] = 3.0 * buffer.advantages[t] + 5.0;
    }
    int[] order = new int[16];
    for (int i = 0; i < 16; i++) {
      order[i] = (i * 5) % 16;
    }

    double[] grad = new double[params.length];
    double[] movedGrad = new double[params.length];
    PpoLoss normalised = new PpoLoss(model, perMinibatch);
    double policyLoss = normalised.evaluate(params, buffer, order, 2, 12, grad).policyLoss();
    double movedPolicyLoss =
        normalised.evaluate(params, moved, order, 2, 12, movedGrad).policyLoss();
    // equal but for the 1e-8 added to the standard deviation, which does not scale with it
    assertThat(movedPolicyLoss).isCloseTo(policyLoss, within(1e-7));
    for (int i = 0; i < params.length; i++) {
      assertThat(movedGrad[i]).isCloseTo(grad[i], within(1e-7));
    }

    PpoLoss plain =
        new PpoLoss(model, PpoConfig.builder().normalizeMinibatchAdvantages(false).build());
    assertThat(plain.evaluate(params, moved, order, 2, 12, movedGrad).policyLoss())
        .as("without it the shift and scale change the loss")
        .isNotCloseTo(plain.evaluate(params, buffer, order, 2, 12, grad).policyLoss(), within(0.1));
  }

  @Test
  void approximateKlIsZeroForTheRolloutPolicyAndPositiveAfterAChange() {
    PpoLoss loss = new PpoLoss(model, PpoConfig.builder().build());
    SplittableRandom rng = new SplittableRandom(8);
    double[] params = randomParameters(rng);
    RolloutBuffer buffer = new RolloutBuffer(OBSERVATION_SIZE, ACTION_SIZE);
    GaussianPolicy.Workspace pws = model.policy().newWorkspace();
    for (int t = 0; t < 10; t++) {
      double[] observation = {rng.nextDouble(), rng.nextDouble(), rng.nextDouble()};
      double[] action = {rng.nextGaussian(), rng.nextGaussian()};
      buffer.add(
          observation,
          action,
          model.policy().logProb(params, observation, 0, action, 0, pws),
          0,
          0,
          false);
    }
    int[] order = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    double[] grad = new double[params.length];
    assertThat(loss.evaluate(params, buffer, order, 0, 10, grad).approxKl()).isZero();
    params[0] += 0.5;
    assertThat(loss.evaluate(params, buffer, order, 0, 10, grad).approxKl()).isPositive();
  }
}
