package org.wealtharena.training.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConfidenceIntervalTest {

  @Test
  void intervalOfAMeanByHand() {
    // mean 3, s = √2.5, s/√5 = √0.5, t(0.975, 4) = 2.776445105
    ConfidenceInterval interval = ConfidenceInterval.ofMean(new double[] {1, 2, 3, 4, 5}, 0.95);
    double halfWidth = 2.776445105 * Math.sqrt(0.5);

    assertThat(interval.mean()).isEqualTo(3);
    assertThat(interval.lower()).isCloseTo(3 - halfWidth, within(1e-8));
    assertThat(interval.upper()).isCloseTo(3 + halfWidth, within(1e-8));
    assertThat(interval.halfWidth()).isCloseTo(halfWidth, within(1e-8));
    assertThat(interval.samples()).isEqualTo(5);
  }

  @Test
  void aSingleSampleHasAnUnboundedInterval() {
    ConfidenceInterval interval = ConfidenceInterval.ofMean(new double[] {2.5}, 0.95);
    assertThat(interval.mean()).isEqualTo(2.5);
    assertThat(interval.lower()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(interval.upper()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThatThrownBy(() -> ConfidenceInterval.ofMean(new double[0], 0.95))
        .hasMessageContaining("at least one");
  }

  @Test
  void overlapIsSymmetricAndIncludesTouching() {
    ConfidenceInterval a = new ConfidenceInterval(1, 0, 2, 0.95, 10);
    ConfidenceInterval touching = new ConfidenceInterval(3, 2, 4, 0.95, 10);
    ConfidenceInterval apart = new ConfidenceInterval(5, 4, 6, 0.95, 10);
    ConfidenceInterval inside = new ConfidenceInterval(1, 0.5, 1.5, 0.95, 10);

    assertThat(a.overlaps(touching)).isTrue();
    assertThat(touching.overlaps(a)).isTrue();
    assertThat(a.overlaps(inside)).isTrue();
    assertThat(inside.overlaps(a)).isTrue();
    assertThat(a.overlaps(apart)).isFalse();
    assertThat(apart.overlaps(a)).isFalse();
  }

  @Test
  void comparisonSaysWhichPolicyIsAheadOnlyWhenIntervalsAreDisjoint() {
    PolicyEvaluation trained = policy("trained", 10);
    PolicyEvaluation untrained = policy("untrained", 0);
    PolicyEvaluation heuristic = policy("heuristic", 0.5);

    IntervalComparison clear =
        IntervalComparison.of(EvaluationMetric.REWARD, trained, untrained, 0.95).orElseThrow();
    assertThat(clear.overlap()).isFalse();
    assertThat(clear.verdict()).isEqualTo("trained > untrained on reward (95% intervals disjoint)");
    assertThat(
            IntervalComparison.of(EvaluationMetric.REWARD, untrained, trained, 0.95)
                .orElseThrow()
                .verdict())
        .isEqualTo("untrained < trained on reward (95% intervals disjoint)");

    IntervalComparison unclear =
        IntervalComparison.of(EvaluationMetric.REWARD, untrained, heuristic, 0.95).orElseThrow();
    assertThat(unclear.overlap()).isTrue();
    assertThat(unclear.verdict())
        .isEqualTo("untrained ~ heuristic on reward (95% intervals overlap)");
  }

  @Test
  void policyEvaluationGivesAnIntervalPerPublishedFigure() {
    PolicyEvaluation evaluation =
        new PolicyEvaluation(
            "trained",
            List.of(
                new EpisodeScore(1, 10, 150, 0.015, Double.NaN),
                new EpisodeScore(2, 14, -50, -0.005, Double.NaN)),
            1800);

    var intervals = evaluation.intervals(0.95);

    // two episodes: no Sharpe ratio; the agents never ran alone: no coordination value
    assertThat(intervals)
        .containsOnlyKeys(
            EvaluationMetric.REWARD, EvaluationMetric.WIN_RATE, EvaluationMetric.TOTAL_RETURN);
    assertThat(intervals.get(EvaluationMetric.REWARD).mean()).isEqualTo(12);
    assertThat(intervals.get(EvaluationMetric.WIN_RATE).mean()).isEqualTo(0.5);
    assertThat(intervals.get(EvaluationMetric.TOTAL_RETURN).mean()).isCloseTo(0.005, within(1e-15));
    // t(0.975, 1) = 12.7062; s/√n = 2
    assertThat(intervals.get(EvaluationMetric.REWARD).halfWidth())
        .isCloseTo(2 * 12.7062047, within(1e-6));
    assertThat(IntervalComparison.of(EvaluationMetric.SHARPE, evaluation, evaluation, 0.95))
        .as("nothing to compare")
        .isEmpty();
  }

  /** Twenty episodes with rewards spread ±1 around {@code centre}. */
  private static PolicyEvaluation policy(String name, double centre) {
    return new PolicyEvaluation(
        name,
        IntStream.range(0, 20)
            .mapToObj(i -> new EpisodeScore(i, centre + (i % 5 - 2) / 2.0, 0, 0, Double.NaN))
            .toList(),
        1800);
  }
}
