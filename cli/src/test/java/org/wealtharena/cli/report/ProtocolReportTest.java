package org.wealtharena.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wealtharena.training.evaluation.EpisodeScore;
import org.wealtharena.training.evaluation.PolicyEvaluation;

class ProtocolReportTest {

  /** A run of {@code policy} whose episodes scored {@code rewards}. */
  private static PolicyEvaluation run(String policy, double... rewards) {
    List<EpisodeScore> episodes = new ArrayList<>();
    for (int i = 0; i < rewards.length; i++) {
      episodes.add(new EpisodeScore(i, rewards[i], rewards[i], rewards[i] / 1000, Double.NaN));
    }
    return new PolicyEvaluation(policy, episodes, 1800);
  }

  @Test
  void overRunsAScoreIsARunsMeanRewardAndClearDifferencesAreSaidInWords() {
    List<PolicyEvaluation> trained = new ArrayList<>();
    List<PolicyEvaluation> weak = new ArrayList<>();
    List<PolicyEvaluation> even = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      trained.add(run("trained", 10 + k, 12 + k));
      weak.add(run("weak", k, 2 + k));
      even.add(run("even", 10 + (5 - k), 12 + (5 - k)));
    }
    ProtocolReport report =
        new ProtocolReport(
            List.of(
                new ProtocolReport.Group(
                    "hierarchical",
                    "held-out",
                    List.of("trained", "weak", "even"),
                    List.of(trained, weak, even))),
            0.95);
    ProtocolReport.Group group = report.groups().get(0);

    assertThat(report.unit()).isEqualTo("run");
    ProtocolReport.PolicyFigures figures = report.figures(group).get(0);
    assertThat(figures.scores()).containsExactly(11, 12, 13, 14, 15, 16);
    assertThat(figures.mean().value()).isEqualTo(13.5);
    assertThat(figures.iqm().value()).isEqualTo(13.5); // the middle four of six
    List<ProtocolReport.Comparison> comparisons = report.comparisons(group);
    assertThat(comparisons.get(0).difference().value()).isEqualTo(10);
    assertThat(comparisons.get(0).probabilityOfImprovement().value()).isEqualTo(1);
    assertThat(ProtocolReport.sentence(comparisons.get(0)))
        .contains(
            "P(trained > weak) = 1.0000 [1.0000, 1.0000]: trained better than weak: supported")
        .contains("trained scores higher than weak");
    // the same scores in another order: no difference on average, nothing established
    assertThat(comparisons.get(1).probabilityOfImprovement().value()).isEqualTo(0.5);
    assertThat(ProtocolReport.sentence(comparisons.get(1)))
        .contains(": not established;")
        .endsWith("no difference established");
    assertThat(report.toText()).contains("6 training runs", "stratified bootstrap over runs");
    assertThat(report.toCsv().lines()).hasSize(1 + 2 * 3 + 2 * 2);
  }

  @Test
  void oneRunFallsBackToItsEpisodesAndSaysSo() {
    ProtocolReport report =
        new ProtocolReport(
            List.of(
                new ProtocolReport.Group(
                    "centralized",
                    "volatility x2",
                    List.of("trained", "heuristic"),
                    List.of(
                        List.of(run("trained", 1, 2, 3, 4)),
                        List.of(run("heuristic", 5, 6, 7, 8))))),
            0.95);
    ProtocolReport.Group group = report.groups().get(0);

    assertThat(report.unit()).isEqualTo("episode");
    assertThat(report.figures(group).get(0).scores()).containsExactly(1, 2, 3, 4);
    assertThat(report.comparisons(group).get(0).difference().value()).isEqualTo(-4);
    assertThat(report.toText())
        .contains("one training run", "per-episode fallback", "heuristic better than trained");
    assertThat(report.toJson()).contains("\"unit\" : \"episode\"");
    // in the documented order, the same in every JVM (the comparison is compared byte for byte)
    assertThat(report.toJson())
        .containsPattern("\"bootstrap\" : \\{\\s*\"resamples\" : \\d+,\\s*\"seed\" : \\d+\\s*}");
  }
}
