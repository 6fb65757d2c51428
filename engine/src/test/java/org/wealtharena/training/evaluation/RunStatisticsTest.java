package org.wealtharena.training.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RunStatisticsTest {

  @Test
  void interquartileMeanDropsTheLowestAndHighestQuarterAsScipysTrimMean() {
    // scipy.stats.trim_mean(x, 0.25): floor(n/4) scores cut at each end
    assertThat(RunStatistics.interquartileMean(new double[][] {{8, 1, 7, 2, 6, 3, 5, 4}}))
        .isEqualTo(4.5);
    assertThat(RunStatistics.interquartileMean(new double[][] {{1, 2, 3, 4, 5}})).isEqualTo(3);
    assertThat(RunStatistics.interquartileMean(new double[][] {{1, 2, 3, 100}})).isEqualTo(2.5);
    assertThat(RunStatistics.interquartileMean(new double[][] {{10, 1}})).isEqualTo(5.5);
    // pooled over tasks
    assertThat(RunStatistics.interquartileMean(new double[][] {{1, 100}, {2, 3}})).isEqualTo(2.5);
  }

  @Test
  void meanPoolsEveryTask() {
    assertThat(RunStatistics.mean(new double[][] {{1, 2}, {3, 6}})).isEqualTo(3);
  }

  @Test
  void probabilityOfImprovementIsTheMannWhitneyShareAveragedOverTasks() {
    // pairs of (1,2,3) against (0,2,4): 1>0, 2>0, 2=2 (a half), 3>0, 3>2 -> 4.5 of 9
    assertThat(
            RunStatistics.probabilityOfImprovement(
                new double[][] {{1, 2, 3}}, new double[][] {{0, 2, 4}}))
        .isEqualTo(0.5);
    assertThat(
            RunStatistics.probabilityOfImprovement(
                new double[][] {{3, 4}}, new double[][] {{1, 2}}))
        .isEqualTo(1);
    assertThat(
            RunStatistics.probabilityOfImprovement(
                new double[][] {{1}, {0}, {5}}, new double[][] {{0}, {1}, {4}}))
        .isCloseTo(2.0 / 3, within(1e-15));
  }

  @Test
  void pairedDifferencesAreRunByRun() {
    assertThat(
            RunStatistics.pairedDifferences(
                new double[][] {{3, 5}, {1, 1}}, new double[][] {{1, 1}, {2, 0}}))
        .isDeepEqualTo(new double[][] {{2, 4}, {-1, 1}});
  }

  @Test
  void percentileInterpolatesLikeNumpy() {
    double[] sorted = {1, 2, 3, 4};
    assertThat(StratifiedBootstrap.percentile(sorted, 0.25)).isEqualTo(1.75);
    assertThat(StratifiedBootstrap.percentile(sorted, 0.5)).isEqualTo(2.5);
    assertThat(StratifiedBootstrap.percentile(sorted, 0)).isEqualTo(1);
    assertThat(StratifiedBootstrap.percentile(sorted, 1)).isEqualTo(4);
  }

  @Test
  void theBootstrapIntervalOfAMeanMatchesTheNormalTheoryOneOnALargeSample() {
    SplittableRandom random = new SplittableRandom(3);
    double[] sample = new double[400];
    for (int i = 0; i < sample.length; i++) {
      sample[i] = 10 + 2 * gaussian(random);
    }
    double mean = RunStatistics.mean(new double[][] {sample});
    double squares = 0;
    for (double x : sample) {
      squares += (x - mean) * (x - mean);
    }
    double halfWidth = 1.959964 * Math.sqrt(squares / (sample.length - 1) / sample.length);

    Estimate estimate =
        StratifiedBootstrap.of(0.95).estimate(new double[][] {sample}, RunStatistics::mean);

    assertThat(estimate.value()).isEqualTo(mean);
    assertThat(estimate.lower()).isCloseTo(mean - halfWidth, within(0.1 * halfWidth));
    assertThat(estimate.upper()).isCloseTo(mean + halfWidth, within(0.1 * halfWidth));
  }

  @Test
  void resamplingIsWithinEachTaskSoATaskNeverStandsInForAnother() {
    // stratified: every resample keeps three runs of each task, so the pooled mean stays 0.5; a
    // bootstrap over the pooled runs would move it
    Estimate estimate =
        StratifiedBootstrap.of(0.95)
            .estimate(new double[][] {{0, 0, 0}, {1, 1, 1}}, RunStatistics::mean);
    assertThat(estimate.lower()).isEqualTo(0.5);
    assertThat(estimate.upper()).isEqualTo(0.5);
  }

  @Test
  void intervalsDependOnTheScoresAloneAndCoverThePointEstimate() {
    double[][] x = {{0.3, 1.2, 0.8, 2.0, 1.1}};
    double[][] y = {{0.2, 0.9, 1.0, 0.4, 0.6}};
    StratifiedBootstrap bootstrap = StratifiedBootstrap.of(0.95);
    Estimate first = bootstrap.estimate(x, y, RunStatistics::probabilityOfImprovement);
    Estimate second = bootstrap.estimate(x, y, RunStatistics::probabilityOfImprovement);
    assertThat(second).isEqualTo(first);
    assertThat(first.value()).isEqualTo(RunStatistics.probabilityOfImprovement(x, y));
    assertThat(first.lower()).isLessThan(first.value()).isGreaterThanOrEqualTo(0);
    assertThat(first.upper()).isGreaterThan(first.value()).isLessThanOrEqualTo(1);
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
        * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
