package org.wealtharena.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wealtharena.training.evaluation.EpisodeScore;
import org.wealtharena.training.evaluation.PolicyEvaluation;

class EvaluationReportTest {

  // trained: rewards 10 and 14 (mean 12, s/√n = 2, t(0.975, 1) = 12.7062047, half-width 25.4124094)
  private static final PolicyEvaluation TRAINED =
      new PolicyEvaluation(
          "trained, v2",
          List.of(
              new EpisodeScore(1, 10, 1.5, 0.6, 0.02), new EpisodeScore(2, 14, 0.5, 0.4, 0.04)));
  private static final PolicyEvaluation HEURISTIC =
      new PolicyEvaluation("heuristic", List.of(new EpisodeScore(1, -3, 0.1, 0.5, -0.01)));
  private static final EvaluationReport REPORT =
      new EvaluationReport(List.of(TRAINED, HEURISTIC), 0.95);

  @Test
  void jsonHoldsIntervalsAndComparisons() throws Exception {
    JsonNode json = new ObjectMapper().readTree(REPORT.toJson());

    assertThat(json.get("level").asDouble()).isEqualTo(0.95);
    JsonNode trainedReward = json.get("policies").get(0).get("metrics").get("reward");
    assertThat(json.get("policies").get(0).get("policy").asText()).isEqualTo("trained, v2");
    assertThat(json.get("policies").get(0).get("episodes").asInt()).isEqualTo(2);
    assertThat(trainedReward.get("mean").asDouble()).isEqualTo(12);
    assertThat(trainedReward.get("lower").asDouble()).isCloseTo(12 - 25.4124094, within(1e-6));
    assertThat(trainedReward.get("upper").asDouble()).isCloseTo(12 + 25.4124094, within(1e-6));
    // one episode: the interval is unbounded, which JSON can only say with null
    assertThat(json.get("policies").get(1).get("metrics").get("sharpe").get("lower").isNull())
        .isTrue();
    assertThat(json.get("comparisons")).hasSize(4);
    assertThat(json.get("comparisons").get(0).get("verdict").asText())
        .isEqualTo("trained, v2 ~ heuristic on reward (95% intervals overlap)");
  }

  @Test
  void csvHasOneRowPerPolicyAndMetricWithQuotedNames() {
    List<String> lines = List.of(REPORT.toCsv().split("\r\n"));

    assertThat(lines).hasSize(1 + 2 * 4);
    assertThat(lines.get(0)).isEqualTo("policy,metric,episodes,mean,lower,upper,level");
    assertThat(lines.get(1)).startsWith("\"trained, v2\",reward,2,12.0,-13.41240");
    assertThat(lines.get(5)).isEqualTo("heuristic,reward,1,-3.0,-Infinity,Infinity,0.95");
  }

  @Test
  void textTableLinesUpAndEndsWithVerdicts() {
    String text = REPORT.toText();

    assertThat(text)
        .isEqualTo(
            """
        policy       episodes             reward           sharpe         win_rate     total_return
        -----------  --------  -----------------  ---------------  ---------------  ---------------
        trained, v2         2  12.0000 ± 25.4124  1.0000 ± 6.3531  0.5000 ± 1.2706  0.0300 ± 0.1271
        heuristic           1        -3.0000 ± ∞       0.1000 ± ∞       0.5000 ± ∞      -0.0100 ± ∞
        (mean ± half-width of the 95% confidence interval)
        trained, v2 ~ heuristic on reward (95% intervals overlap)
        trained, v2 ~ heuristic on sharpe (95% intervals overlap)
        trained, v2 ~ heuristic on win_rate (95% intervals overlap)
        trained, v2 ~ heuristic on total_return (95% intervals overlap)
        """);
  }
}
