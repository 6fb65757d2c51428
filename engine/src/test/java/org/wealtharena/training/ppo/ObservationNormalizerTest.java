package org.wealtharena.training.ppo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ObservationNormalizerTest {

  @Test
  void anObservationPassesThroughUntilTheFirstCommit() {
    ObservationNormalizer normalizer = new ObservationNormalizer(2);
    normalizer.observe(new double[] {5, -3});
    double[] out = new double[2];

    normalizer.normalize(new double[] {0.45, 0.75}, out);

    assertThat(out).containsExactly(0.45, 0.75);
  }

  /** Batches merged one commit at a time give the statistics of all their observations at once. */
  @Property(tries = 200)
  void committedBatchesStandardiseByTheMeanAndDeviationOfAllTheirObservations(
      @ForAll @Size(min = 2, max = 60) List<@DoubleRange(min = -1e3, max = 1e3) Double> values,
      @ForAll @IntRange(min = 1, max = 7) int batch) {
    ObservationNormalizer normalizer = new ObservationNormalizer(1);
    for (int i = 0; i < values.size(); i++) {
      normalizer.observe(new double[] {values.get(i)});
      if ((i + 1) % batch == 0) {
        normalizer.commit();
      }
    }
    normalizer.commit();
    double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double variance =
        values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / values.size();

    double probe = values.get(0);
    double[] out = new double[1];
    normalizer.normalize(new double[] {probe}, out);

    double expected =
        Math.max(
            -ObservationNormalizer.CLIP,
            Math.min(
                ObservationNormalizer.CLIP,
                (probe - mean) / Math.sqrt(variance + ObservationNormalizer.EPSILON)));
    assertThat(out[0]).isCloseTo(expected, within(1e-6 * (1 + Math.abs(expected))));
    assertThat(normalizer.statistics().count()).isEqualTo(values.size());
  }

  @Test
  void aConstantFeatureStandardisesToZeroAndOutliersAreClipped() {
    ObservationNormalizer normalizer = new ObservationNormalizer(2);
    for (int i = 0; i < 100; i++) {
      normalizer.observe(new double[] {3, i % 2});
    }
    normalizer.commit();
    double[] out = new double[2];

    normalizer.normalize(new double[] {3, 1e6}, out);

    assertThat(out[0]).isZero();
    assertThat(out[1]).isEqualTo(ObservationNormalizer.CLIP);
  }

  @Test
  void discardedObservationsLeaveTheStatisticsAsTheyWere() {
    ObservationNormalizer normalizer = new ObservationNormalizer(1);
    normalizer.observe(new double[] {1});
    normalizer.observe(new double[] {3});
    normalizer.commit();
    ObservationStatistics before = normalizer.statistics();

    normalizer.observe(new double[] {1e9});
    normalizer.discardPending();
    normalizer.commit();

    assertThat(normalizer.statistics().mean()).containsExactly(before.mean());
    assertThat(normalizer.statistics().m2()).containsExactly(before.m2());
    assertThat(normalizer.statistics().count()).isEqualTo(2);
  }

  @Test
  void restoredStatisticsStandardiseAsTheOriginalsAndMustFitTheObservation() {
    ObservationNormalizer original = new ObservationNormalizer(2);
    original.observe(new double[] {1, 10});
    original.observe(new double[] {2, 30});
    original.commit();
    ObservationNormalizer restored = new ObservationNormalizer(2);
    restored.observe(new double[] {100, 100});

    restored.restore(original.statistics());
    restored.commit(); // the observation waiting before the restore is forgotten

    double[] a = new double[2];
    double[] b = new double[2];
    original.normalize(new double[] {1.5, 25}, a);
    restored.normalize(new double[] {1.5, 25}, b);
    assertThat(b).containsExactly(a);
    assertThatThrownBy(() -> new ObservationNormalizer(3).restore(original.statistics()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("statistics of 2 features for observations of 3");
  }
}
