package org.wealtharena.training.ppo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.wealtharena.coordination.policy.ActionMapping;
import org.wealtharena.training.ppo.optim.AdamConfig;

/**
 * PPO must actually learn: trained policies are compared with their own untrained start on fresh
 * seeded samples, both acting stochastically as they do during training.
 */
class PpoLearningTest {

  private static final PpoConfig SMALL =
      PpoConfig.builder()
          .policyHiddenSizes(16, 16)
          .valueHiddenSizes(16, 16)
          .epochs(10)
          .minibatchSize(64)
          .optimizer(AdamConfig.defaults().withLearningRate(3e-3))
          .build();

  /** One-step episodes: observation x in [-1, 1], best action 0.8 x - 0.3, reward -(a - best)^2. */
  private static final class ContextualBandit {
    static double target(double x) {
      return 0.8 * x - 0.3;
    }

    static double meanReward(PpoAgent agent, long seed, int samples) {
      SplittableRandom rng = new SplittableRandom(seed);
      double total = 0;
      for (int i = 0; i < samples; i++) {
        double[] observation = {rng.nextDouble(-1, 1)};
        double action = agent.act(observation, rng).action()[0];
        total += -Math.pow(action - target(observation[0]), 2);
      }
      return total / samples;
    }
  }

  @Test
  void contextualBanditRewardRises() {
    PpoAgent agent = new PpoAgent(1, 1, SMALL.toBuilder().gamma(0.0).build(), 21);
    double untrained = ContextualBandit.meanReward(agent, 1000, 4000);

    SplittableRandom rng = new SplittableRandom(22);
    for (int update = 0; update < 150; update++) {
      for (int step = 0; step < 256; step++) {
        double[] observation = {rng.nextDouble(-1, 1)};
        ActionSample sample = agent.act(observation, rng);
        double reward = -Math.pow(sample.action()[0] - ContextualBandit.target(observation[0]), 2);
        agent.record(observation, sample, reward, true);
      }
      assertThat(agent.update().skipped()).isFalse();
    }
    double trained = ContextualBandit.meanReward(agent, 1000, 4000);
    System.out.printf(
        "contextual bandit mean reward: untrained %.4f, trained %.4f%n", untrained, trained);

    // the untrained policy (mean ~0, std 1) loses about 1.3 per step; demand most of that back
    assertThat(trained).isGreaterThan(untrained + 0.75 * Math.abs(untrained));
  }

  /**
   * A point on a line moves by 0.1 * clip(action, -1, 1) per step toward a random goal for 20
   * steps; reward -|goal - position| each step. Observation: offset to the goal and time left.
   */
  private static final class PointMass {
    static final int HORIZON = 20;

    static double episodeReturn(PpoAgent agent, SplittableRandom rng, boolean record) {
      double goal = rng.nextDouble(-1, 1);
      double position = rng.nextDouble(-1, 1);
      double total = 0;
      for (int t = 0; t < HORIZON; t++) {
        double[] observation = {goal - position, 1.0 - (double) t / HORIZON};
        ActionSample sample = agent.act(observation, rng);
        position += 0.1 * Math.max(-1.0, Math.min(1.0, sample.action()[0]));
        double reward = -Math.abs(goal - position);
        total += reward;
        if (record) {
          agent.record(observation, sample, reward, t == HORIZON - 1);
        }
      }
      return total;
    }

    static double meanReturn(PpoAgent agent, long seed, int episodes) {
      SplittableRandom rng = new SplittableRandom(seed);
      double total = 0;
      for (int i = 0; i < episodes; i++) {
        total += episodeReturn(agent, rng, false);
      }
      return total / episodes;
    }
  }

  @Test
  void pointMassLearnsToReachTheGoalWithDiscounting() {
    PpoAgent agent = new PpoAgent(2, 1, SMALL.toBuilder().gamma(0.95).gaeLambda(0.95).build(), 31);
    double untrained = PointMass.meanReturn(agent, 2000, 300);

    SplittableRandom rng = new SplittableRandom(32);
    for (int update = 0; update < 150; update++) {
      for (int episode = 0; episode < 16; episode++) {
        PointMass.episodeReturn(agent, rng, true);
      }
      assertThat(agent.update().skipped()).isFalse();
    }
    double trained = PointMass.meanReturn(agent, 2000, 300);
    System.out.printf(
        "point mass mean episode return: untrained %.3f, trained %.3f%n", untrained, trained);

    assertThat(trained).isGreaterThan(untrained + 0.5 * Math.abs(untrained));
  }

  /**
   * The coordinator's decision in miniature, at the embedded market's own scale: each step is calm
   * (3 in 4) or a burst, told apart only by a noisy volatility feature around 0.45 or 0.75 (all
   * positive, as the market's are); the first of three capital logits gives the market maker its
   * share by a softmax, which earns +0.054 a step in calm and loses 0.053 in a burst, with noise of
   * standard deviation 0.15 on its share; the others earn nothing. The best allocation gives the
   * market maker everything in calm and nothing in bursts; the best constant gives it everything.
   */
  private static final class RegimeAllocation {
    static double[] observation(boolean burst, SplittableRandom rng) {
      return new double[] {(burst ? 0.75 : 0.45) + 0.1 * rng.nextGaussian(), 0.5};
    }

    static double marketMakerShare(double[] logits) {
      double[] shares = new double[3];
      ActionMapping.softmax(logits, 0, 1, 3, shares);
      return shares[0];
    }
  }

  @Test
  void defaultsLearnToStandTheMarketMakerAsideInBurstsAtTheMarketsSignalToNoise() {
    PpoAgent agent = new PpoAgent(2, 3, PpoConfig.builder().build(), 41);
    SplittableRandom rng = new SplittableRandom(42);
    // the default training's budget: 100 updates of 8 episodes of 30 allocations
    for (int update = 0; update < 100; update++) {
      for (int step = 0; step < 240; step++) {
        boolean burst = rng.nextDouble() < 0.25;
        double[] observation = RegimeAllocation.observation(burst, rng);
        ActionSample sample = agent.act(observation, rng);
        double share = RegimeAllocation.marketMakerShare(sample.action());
        double reward = share * ((burst ? -0.053 : 0.054) + 0.15 * rng.nextGaussian());
        agent.record(observation, sample, reward, step % 30 == 29);
      }
      assertThat(agent.update().skipped()).isFalse();
    }

    double calm = RegimeAllocation.marketMakerShare(agent.meanAction(new double[] {0.45, 0.5}));
    double burst = RegimeAllocation.marketMakerShare(agent.meanAction(new double[] {0.75, 0.5}));
    System.out.printf("market maker's share: calm %.3f, burst %.3f%n", calm, burst);

    assertThat(calm).isGreaterThan(0.8);
    assertThat(burst).isLessThan(0.3);
  }
}
