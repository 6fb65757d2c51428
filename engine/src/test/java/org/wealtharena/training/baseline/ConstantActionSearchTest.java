package org.wealtharena.training.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.wealtharena.coordination.TeamEpisodeRunner;
import org.wealtharena.market.Seeds;
import org.wealtharena.training.trainer.EpisodePool;

class ConstantActionSearchTest {

  /** A toy environment whose best constant is known: a noisy concave bowl around {@code best}. */
  private static final double[] BEST = {2.5, -4.0, 0.5};

  private static double toyEpisode(double[] action, long seed, TeamEpisodeRunner unused) {
    double distance = 0;
    for (int d = 0; d < BEST.length; d++) {
      distance += (action[d] - BEST[d]) * (action[d] - BEST[d]);
    }
    // The market's noise: the same for every action on one seed, as on a real episode seed.
    double noise = 5 * new SplittableRandom(seed).nextGaussian();
    return noise - distance;
  }

  /** The toy plays no team episode. */
  private static final TeamEpisodeRunner NO_TEAM =
      (spec, policies) -> {
        throw new AssertionError("the toy search plays no team episode");
      };

  private static long toySeed(int generation, int episode) {
    return Seeds.derive(11, "toy", generation, episode);
  }

  private static ConstantActionSearch.Result search(int threads, int budget) throws Exception {
    try (EpisodePool pool = new EpisodePool(threads, NO_TEAM)) {
      return new ConstantActionSearch(ConstantActionSearch.Settings.defaults(), 7)
          .search(
              List.of(new double[BEST.length]),
              budget,
              ConstantActionSearchTest::toyEpisode,
              ConstantActionSearchTest::toySeed,
              pool);
    }
  }

  @Test
  void findsTheKnownBestConstantOfAToyEnvironment() throws Exception {
    ConstantActionSearch.Result result = search(2, 800);

    for (int d = 0; d < BEST.length; d++) {
      assertThat(result.action()[d]).as("coordinate %d", d).isCloseTo(BEST[d], within(0.3));
    }
    assertThat(result.episodesUsed()).isEqualTo(800);
  }

  @Test
  void neverSpendsMoreThanItsBudgetInWholeGenerations() throws Exception {
    ConstantActionSearch.Result result = search(1, 250);

    assertThat(result.episodesUsed()).isEqualTo(240); // 3 generations of 16 x 5
    assertThat(result.meanScorePerGeneration()).hasSize(3);
  }

  @Test
  void resultDoesNotDependOnTheThreadCount() throws Exception {
    assertThat(search(1, 400).action()).containsExactly(search(2, 400).action());
  }

  @Test
  void staysWithinTheBoundEvenWhenTheOptimumLiesOutside() throws Exception {
    ConstantActionSearch.Settings tight = new ConstantActionSearch.Settings(16, 5, 0.25, 3, 0.1, 1);
    try (EpisodePool pool = new EpisodePool(1, NO_TEAM)) {
      double[] action =
          new ConstantActionSearch(tight, 3)
              .search(
                  List.of(new double[BEST.length]),
                  400,
                  ConstantActionSearchTest::toyEpisode,
                  ConstantActionSearchTest::toySeed,
                  pool)
              .action();
      assertThat(action[0]).isCloseTo(1, within(0.15));
      assertThat(action[1]).isCloseTo(-1, within(0.15));
    }
  }

  /**
   * A toy whose best constant is a corner of the action space, (10, -10), with a lower local
   * optimum around the neutral start: a Gaussian started in the middle climbs the local hill.
   */
  private static double cornerEpisode(double[] action, long seed, TeamEpisodeRunner unused) {
    double nearStart = 1 - (action[0] * action[0] + action[1] * action[1]) / 4;
    double towardsCorner = 2 - ((10 - action[0]) + (10 + action[1])) / 2;
    double noise = new SplittableRandom(seed).nextGaussian();
    return noise + Math.max(nearStart, towardsCorner);
  }

  private static double[] cornerSearch(List<double[]> starts) throws Exception {
    try (EpisodePool pool = new EpisodePool(2, NO_TEAM)) {
      return new ConstantActionSearch(ConstantActionSearch.Settings.defaults(), 5)
          .search(
              starts,
              800,
              ConstantActionSearchTest::cornerEpisode,
              ConstantActionSearchTest::toySeed,
              pool)
          .action();
    }
  }

  @Test
  void reachesACornerOptimumFromTheBestOfItsStarts() throws Exception {
    double[] neutral = {0, 0};
    double[] otherCorner = {-10, 10};
    double[] corner = {10, -10};

    double[] fromTheMiddle = cornerSearch(List.of(neutral));
    double[] fromTheStarts = cornerSearch(List.of(neutral, otherCorner, corner));

    assertThat(fromTheMiddle[0])
        .as("the local optimum holds a search from the middle")
        .isLessThan(5);
    assertThat(fromTheStarts[0]).isCloseTo(10, within(0.5));
    assertThat(fromTheStarts[1]).isCloseTo(-10, within(0.5));
  }

  @Test
  void scoresItsStartsOutOfTheBudget() throws Exception {
    try (EpisodePool pool = new EpisodePool(1, NO_TEAM)) {
      ConstantActionSearch.Result result =
          new ConstantActionSearch(ConstantActionSearch.Settings.defaults(), 5)
              .search(
                  List.of(new double[2], new double[] {10, -10}),
                  400,
                  ConstantActionSearchTest::cornerEpisode,
                  ConstantActionSearchTest::toySeed,
                  pool);

      // a generation's 80 episodes for the 2 starts, 40 each, 2 generations of 80, and the final
      // check's 2 x 80
      assertThat(result.episodesUsed()).isEqualTo(400);
      assertThat(result.meanScorePerGeneration()).hasSize(2);
    }
  }

  private static final double[] GOOD_START = {3, -3};

  /**
   * A toy where only the good start itself pays (by 1), under noise five times that: the elites of
   * every generation are the lucky draws, so the mean drifts away from the start.
   */
  private static double sharpEpisode(double[] action, long seed, TeamEpisodeRunner unused) {
    double noise = 5 * new SplittableRandom(seed).nextGaussian();
    boolean atTheStart =
        Math.abs(action[0] - GOOD_START[0]) < 1e-9 && Math.abs(action[1] - GOOD_START[1]) < 1e-9;
    return noise + (atTheStart ? 1 : 0);
  }

  private static double[] sharpSearch(int budget) throws Exception {
    try (EpisodePool pool = new EpisodePool(2, NO_TEAM)) {
      return new ConstantActionSearch(ConstantActionSearch.Settings.defaults(), 5)
          .search(
              List.of(new double[2], GOOD_START),
              budget,
              ConstantActionSearchTest::sharpEpisode,
              ConstantActionSearchTest::toySeed,
              pool)
          .action();
    }
  }

  @Test
  void keepsItsBestStartWhenTheSearchOnlyDriftedAwayFromIt() throws Exception {
    // 240: no room for the final check, the drifted mean is the answer
    assertThat(sharpSearch(240)).isNotEqualTo(GOOD_START);
    assertThat(sharpSearch(800)).containsExactly(GOOD_START);
  }
}
