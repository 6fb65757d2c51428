package org.wealtharena.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wealtharena.market.regime.RegimeShares;
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
    assertThat(report.toText())
        .contains("6 training runs", "stratified bootstrap over runs")
        .doesNotContain("regime mix"); // no regime shares known: plain means
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

  /**
   * A run of {@code policy} on a held-out set where a share {@code burst} of every episode is a
   * news burst (regime 1, which costs 4 per episode spent in it) and the rest calm (regime 0); the
   * episodes alternate around that share, and the policy earns {@code edge} on top.
   */
  private static PolicyEvaluation regimeRun(String policy, double burst, double edge) {
    List<EpisodeScore> episodes = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      double share = burst + (i % 2 == 0 ? 0.05 : -0.05) * (1 + i % 3);
      double reward = edge - 4 * share;
      episodes.add(
          new EpisodeScore(
              i,
              reward,
              reward,
              reward / 1000,
              Double.NaN,
              new RegimeShares(new double[] {1 - share, share})));
    }
    return new PolicyEvaluation(policy, episodes, 1800);
  }

  @Test
  void overRunsScoresAreAdjustedToThePooledRegimeMixSoThatHeldOutSetsWithMoreBurstsDoNotDecide() {
    List<PolicyEvaluation> trained = new ArrayList<>();
    List<PolicyEvaluation> constant = new ArrayList<>();
    double[] bursts = {0.2, 0.5, 0.3, 0.6, 0.4};
    for (double burst : bursts) {
      trained.add(regimeRun("trained", burst, 1.0)); // 0.3 ahead on every market
      constant.add(regimeRun("best_constant", burst, 0.7));
    }
    ProtocolReport.Group group =
        new ProtocolReport.Group(
            "hierarchical",
            "held-out",
            List.of("trained", "best_constant"),
            List.of(trained, constant));
    ProtocolReport report = new ProtocolReport(List.of(group), 0.95);

    // plain means: a run with few bursts beats one with many, whatever the policies
    double[] plain = report.unadjustedScores(group, 1);
    assertThat(plain[0]).isGreaterThan(report.unadjustedScores(group, 0)[1]);
    // adjusted to the pooled mix (40 % bursts) every run scores what its policy earns there
    double[] fiveTimes = new double[bursts.length];
    Arrays.fill(fiveTimes, 1.0 - 4 * 0.4);
    assertThat(report.figures(group).get(0).scores()).containsExactly(fiveTimes, within(1e-9));
    Arrays.fill(fiveTimes, 0.7 - 4 * 0.4);
    assertThat(report.figures(group).get(1).scores()).containsExactly(fiveTimes, within(1e-9));
    assertThat(ProtocolReport.regimeMix(group).orElseThrow())
        .containsExactly(new double[] {0.6, 0.4}, within(1e-12));
    ProtocolReport.Comparison comparison = report.comparisons(group).get(0);
    assertThat(comparison.probabilityOfImprovement().lower()).isEqualTo(1.0);
    assertThat(report.toText()).contains("adjusted to the runs' pooled regime mix");
    assertThat(report.toJson()).contains("\"regimeMix\"", "\"unadjustedScores\"");
  }
}
