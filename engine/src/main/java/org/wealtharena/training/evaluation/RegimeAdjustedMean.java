package org.wealtharena.training.evaluation;

import org.ojalgo.matrix.decomposition.SingularValue;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;

/**
 * A policy's mean episode reward adjusted to a reference regime mix: the regression (control
 * variate) estimator {@code ȳ - β·(x̄ - target)}, where x are the episodes' regime shares and β the
 * least-squares slopes of the reward on them (Glasserman, <i>Monte Carlo Methods in Financial
 * Engineering</i>, 4.1).
 *
 * <p>Why: the regimes an episode meets come from the market's own generator, whatever the policy
 * does, and they move a 20-minute episode's reward far more than the policies differ (a drought
 * pays a market maker, a news burst costs it). Two runs' held-out sets, drawn independently, meet
 * different mixes, so comparing their plain means over runs compares the mixes as much as the
 * policies. Adjusted to one mix, each run's score estimates what its policy earns on that mix with
 * the part of the episode-to-episode spread the regimes explain removed. The estimator is unbiased
 * for a known β and nearly so (O(1/n)) for a fitted one.
 *
 * <p>Shares sum to 1, so the covariates are collinear; the slopes are the minimum-norm
 * least-squares solution (a pseudo-inverse), whose adjustment is the same as any other
 * least-squares solution's because {@code x̄ - target} also sums to 0. A regime no episode met, or
 * that every episode spent the same share in, adjusts nothing.
 */
public final class RegimeAdjustedMean {

  /** Singular values below this fraction of the largest count as zero (collinear shares). */
  private static final double RANK_TOLERANCE = 1e-10;

  /**
   * Nor do those below this times sqrt(episodes): a spread of shares (which lie in [0, 1]) that
   * small is the rounding of their mean, not a difference between episodes.
   */
  private static final double SPREAD_TOLERANCE = 1e-9;

  /**
   * Episodes per regime below which the slopes are not fitted: with fewer, their error adds more
   * spread than the regimes take out (the usual ten observations per fitted coefficient).
   */
  public static final int MIN_EPISODES_PER_REGIME = 10;

  private RegimeAdjustedMean() {}

  /** Whether {@link #of} fits the slopes for {@code episodes} episodes over {@code regimes}. */
  public static boolean adjusts(int episodes, int regimes) {
    return episodes >= MIN_EPISODES_PER_REGIME * regimes;
  }

  /**
   * @param rewards each episode's reward
   * @param shares each episode's regime shares, all of {@code target}'s length
   * @param target the regime mix to adjust to
   * @return the adjusted mean; the plain mean when there are too few episodes to fit the slopes
   *     ({@link #adjusts})
   */
  public static double of(double[] rewards, double[][] shares, double[] target) {
    int n = rewards.length;
    int k = target.length;
    if (n == 0 || shares.length != n) {
      throw new IllegalArgumentException(
          n + " rewards with " + shares.length + " share vectors; need as many, at least one");
    }
    for (double[] x : shares) {
      if (x.length != k) {
        throw new IllegalArgumentException(
            "an episode has " + x.length + " regime shares, the target " + k);
      }
    }
    double meanReward = RunStatistics.mean(new double[][] {rewards});
    if (!adjusts(n, k)) {
      return meanReward;
    }
    double[] meanShares = pooledMix(shares);
    R064Store centred = R064Store.FACTORY.make(n, k);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        centred.set(i, j, shares[i][j] - meanShares[j]);
      }
    }
    double[] slopes = leastSquares(centred, rewards, meanReward);
    double adjustment = 0;
    for (int j = 0; j < k; j++) {
      adjustment += slopes[j] * (meanShares[j] - target[j]);
    }
    return meanReward - adjustment;
  }

  /**
   * The regime mix of all {@code shares} together: the target a group of runs' scores are adjusted
   * to.
   */
  public static double[] pooledMix(double[][] shares) {
    if (shares.length == 0) {
      throw new IllegalArgumentException("no episodes to pool");
    }
    double[] mix = new double[shares[0].length];
    for (double[] x : shares) {
      for (int j = 0; j < mix.length; j++) {
        mix[j] += x[j] / shares.length;
      }
    }
    return mix;
  }

  /** Minimum-norm β of (rewards - meanReward) ≈ centred β, through the SVD's pseudo-inverse. */
  private static double[] leastSquares(R064Store centred, double[] rewards, double meanReward) {
    int n = rewards.length;
    int k = (int) centred.countColumns();
    SingularValue<Double> svd = SingularValue.R064.make(centred);
    double[] slopes = new double[k];
    if (!svd.decompose(centred)) {
      return slopes;
    }
    MatrixStore<Double> u = svd.getU();
    MatrixStore<Double> v = svd.getV();
    double[] sigma = new double[(int) Math.min(u.countColumns(), v.countColumns())];
    svd.getSingularValues(sigma);
    double largest = 0;
    for (double s : sigma) {
      largest = Math.max(largest, s);
    }
    double threshold = Math.max(RANK_TOLERANCE * largest, SPREAD_TOLERANCE * Math.sqrt(n));
    for (int r = 0; r < sigma.length; r++) {
      if (!(sigma[r] > threshold)) {
        continue;
      }
      double projection = 0;
      for (int i = 0; i < n; i++) {
        projection += u.doubleValue(i, r) * (rewards[i] - meanReward);
      }
      double coefficient = projection / sigma[r];
      for (int j = 0; j < k; j++) {
        slopes[j] += v.doubleValue(j, r) * coefficient;
      }
    }
    return slopes;
  }
}
