package org.wealtharena.training.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RegimeAdjustedMeanTest {

  private static final int REGIMES = 4;

  /** What a regime pays per episode spent wholly in it. */
  private static final double[] PAYS = {1.0, -3.0, 4.0, 0.5};

  /** The long-run mix of {@link #shares}: regime r leads with probability LEAD[r]. */
  private static final double[] LEAD = {0.4, 0.3, 0.2, 0.1};

  /**
   * An episode's shares: a leading regime drawn from {@link #LEAD}, then the rest of the episode in
   * another drawn the same way, from a uniform switch time.
   */
  private static double[] shares(SplittableRandom random) {
    double[] x = new double[REGIMES];
    double lead = random.nextDouble();
    x[draw(random)] += lead;
    x[draw(random)] += 1 - lead;
    return x;
  }

  private static int draw(SplittableRandom random) {
    double u = random.nextDouble();
    for (int r = 0; r < REGIMES; r++) {
      if (u < LEAD[r]) {
        return r;
      }
      u -= LEAD[r];
    }
    return REGIMES - 1;
  }

  private static double pays(double[] x) {
    double reward = 0;
    for (int r = 0; r < REGIMES; r++) {
      reward += PAYS[r] * x[r];
    }
    return reward;
  }

  @Test
  void rewardsThatTheSharesExplainExactlyAreAdjustedToWhatTheTargetMixPays() {
    SplittableRandom random = new SplittableRandom(3);
    int n = 50;
    double[][] x = new double[n][];
    double[] rewards = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = shares(random);
      rewards[i] = 2.0 + pays(x[i]);
    }
    double[] target = {0.1, 0.2, 0.3, 0.4};
    assertThat(RegimeAdjustedMean.of(rewards, x, target))
        .isCloseTo(2.0 + pays(target), within(1e-9));
  }

  @Test
  void overManySamplesItEstimatesTheMeanWithoutBiasAndWithASmallerSpreadThanThePlainMean() {
    SplittableRandom random = new SplittableRandom(11);
    double truth = pays(LEAD); // E[x] = LEAD: both halves of an episode draw from it
    int samples = 400;
    int n = 200;
    double[] plain = new double[samples];
    double[] adjusted = new double[samples];
    for (int s = 0; s < samples; s++) {
      double[][] x = new double[n][];
      double[] rewards = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = shares(random);
        rewards[i] = pays(x[i]) + random.nextGaussian();
      }
      plain[s] = Arrays.stream(rewards).average().orElseThrow();
      adjusted[s] = RegimeAdjustedMean.of(rewards, x, LEAD);
    }
    double plainSd = sd(plain);
    double adjustedSd = sd(adjusted);
    assertThat(mean(adjusted)).isCloseTo(truth, within(3 * adjustedSd / Math.sqrt(samples)));
    assertThat(mean(plain)).isCloseTo(truth, within(3 * plainSd / Math.sqrt(samples)));
    // the regimes explain about four fifths of an episode's variance here
    assertThat(adjustedSd).isLessThan(0.6 * plainSd);
  }

  @Test
  void sharesThatDoNotVaryAndTooFewEpisodesLeaveThePlainMean() {
    double[] rewards = new double[7 * RegimeAdjustedMean.MIN_EPISODES_PER_REGIME];
    for (int i = 0; i < rewards.length; i++) {
      rewards[i] = i % 7 + 1;
    }
    double[][] same = new double[rewards.length][];
    Arrays.fill(same, new double[] {0.5, 0.5, 0, 0});
    assertThat(RegimeAdjustedMean.of(rewards, same, new double[] {0.1, 0.2, 0.3, 0.4}))
        .isCloseTo(4.0, within(1e-12));

    SplittableRandom random = new SplittableRandom(1);
    double[][] few = new double[RegimeAdjustedMean.MIN_EPISODES_PER_REGIME * REGIMES - 1][];
    double[] fewRewards = new double[few.length];
    for (int i = 0; i < few.length; i++) {
      few[i] = shares(random);
      fewRewards[i] = pays(few[i]);
    }
    double plain = Arrays.stream(fewRewards).average().orElseThrow();
    assertThat(plain).isNotCloseTo(pays(LEAD), within(0.01)); // what a fit would have returned
    assertThat(RegimeAdjustedMean.of(fewRewards, few, LEAD)).isCloseTo(plain, within(1e-12));
  }

  @Test
  void refusesSharesThatDoNotMatchTheRewardsOrTheTarget() {
    assertThatThrownBy(
            () -> RegimeAdjustedMean.of(new double[] {1, 2}, new double[1][4], new double[4]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 rewards with 1 share vectors");
    double[][] x = new double[80][4];
    x[3] = new double[3];
    assertThatThrownBy(() -> RegimeAdjustedMean.of(new double[80], x, new double[4]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 regime shares, the target 4");
  }

  @Test
  void thePooledMixIsTheMeanOfTheShares() {
    assertThat(
            RegimeAdjustedMean.pooledMix(new double[][] {{1, 0, 0}, {0, 0.5, 0.5}, {0.5, 0.5, 0}}))
        .containsExactly(new double[] {0.5, 1.0 / 3, 1.0 / 6}, within(1e-12));
  }

  private static double mean(double[] values) {
    return Arrays.stream(values).average().orElseThrow();
  }

  private static double sd(double[] values) {
    double m = mean(values);
    return Math.sqrt(Arrays.stream(values).map(v -> (v - m) * (v - m)).sum() / (values.length - 1));
  }
}
