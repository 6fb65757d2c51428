package org.wealtharena.training.ppo;

/**
 * GAE(lambda) (Schulman et al. 2016) over a sequence of steps that may span several episodes.
 *
 * <p>{@code dones[t]} means the episode ended with step t: nothing after it is bootstrapped and the
 * advantage recursion restarts. If the last step is not done, {@code lastValue} estimates the value
 * of the state that follows it.
 */
public final class GeneralizedAdvantageEstimation {

  private GeneralizedAdvantageEstimation() {}

  /**
   * Fills {@code advantagesOut[0 .. length)} with GAE advantages and {@code returnsOut} with
   * lambda-returns (advantage + value), the value network's regression targets. With lambda = 1 the
   * returns are the discounted Monte-Carlo returns.
   */
  public static void compute(
      double[] rewards,
      double[] values,
      boolean[] dones,
      int length,
      double lastValue,
      double gamma,
      double lambda,
      double[] advantagesOut,
      double[] returnsOut) {
    Require.unitInterval(gamma, "gamma");
    Require.unitInterval(lambda, "lambda");
    requireCapacity(rewards.length, length, "rewards");
    requireCapacity(values.length, length, "values");
    requireCapacity(dones.length, length, "dones");
    requireCapacity(advantagesOut.length, length, "advantagesOut");
    requireCapacity(returnsOut.length, length, "returnsOut");
    double nextValue = lastValue;
    double nextAdvantage = 0.0;
    for (int t = length - 1; t >= 0; t--) {
      double notDone = dones[t] ? 0.0 : 1.0;
      double delta = rewards[t] + gamma * nextValue * notDone - values[t];
      double advantage = delta + gamma * lambda * notDone * nextAdvantage;
      advantagesOut[t] = advantage;
      returnsOut[t] = advantage + values[t];
      nextValue = values[t];
      nextAdvantage = advantage;
    }
  }

  /**
   * Shifts and scales {@code values[0 .. length)} to mean 0 and standard deviation 1 (population
   * standard deviation, plus 1e-8 so a constant batch does not divide by zero).
   */
  public static void normalize(double[] values, int length) {
    requireCapacity(values.length, length, "values");
    if (length == 0) {
      return;
    }
    double sum = 0.0;
    for (int i = 0; i < length; i++) {
      sum += values[i];
    }
    double mean = sum / length;
    double squares = 0.0;
    for (int i = 0; i < length; i++) {
      double d = values[i] - mean;
      squares += d * d;
    }
    double scale = 1.0 / (Math.sqrt(squares / length) + 1e-8);
    for (int i = 0; i < length; i++) {
      values[i] = (values[i] - mean) * scale;
    }
  }

  private static void requireCapacity(int arrayLength, int length, String name) {
    if (length < 0 || arrayLength < length) {
      throw new IllegalArgumentException(name + " has " + arrayLength + " entries, need " + length);
    }
  }
}
