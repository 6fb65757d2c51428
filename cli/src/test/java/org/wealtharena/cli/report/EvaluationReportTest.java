package org.wealtharena.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.wealtharena.training.evaluation.EpisodeScore;
import org.wealtharena.training.evaluation.PolicyEvaluation;

class EvaluationReportTest {

  /**
   * Twelve half-hour episodes: rewards 10 and 14 alternating (mean 12), returns +0.02 and -0.01
   * alternating (mean 0.005, sd 0.015667), coordination value 100 dollars each but the last (40).
   */
  private static final PolicyEvaluation TRAINED =
      new PolicyEvaluation(
          "trained, v2",
          IntStream.range(0, 12)
              .mapToObj(
                  i ->
                      new EpisodeScore(
                          i,
                          i % 2 == 0 ? 10 : 14,
                          i % 2 == 0 ? 2000 : -1000,
                          i % 2 == 0 ? 0.02 : -0.01,
                          i == 11 ? 40 : 100))
              .toList(),
          1800);

  private static final PolicyEvaluation HEURISTIC =
      new PolicyEvaluation(
          "heuristic", List.of(new EpisodeScore(1, -3, -100, -0.001, Double.NaN)), 1800);
  private static final EvaluationReport REPORT =
      new EvaluationReport(List.of(TRAINED, HEURISTIC), 0.95);

  @Test
  void jsonHoldsIntervalsTheSharpeRatioWithItsStandardErrorAndComparisons() throws Exception {
    JsonNode json = new ObjectMapper().readTree(REPORT.toJson());

    assertThat(json.get("level").asDouble()).isEqualTo(0.95);
    JsonNode trained = json.get("policies").get(0).get("metrics");
    assertThat(json.get("policies").get(0).get("policy").asText()).isEqualTo("trained, v2");
    assertThat(json.get("policies").get(0).get("episodes").asInt()).isEqualTo(12);
    assertThat(trained.get("reward").get("mean").asDouble()).isEqualTo(12);
    // per episode 0.005 / sd(0.02, -0.01 alternating over 12) = 0.005 / 0.0156670, x sqrt(3276)
    double perEpisode = 0.005 / Math.sqrt(12 * 0.015 * 0.015 / 11);
    assertThat(trained.get("sharpe").get("mean").asDouble())
        .isCloseTo(perEpisode * Math.sqrt(3276), within(1e-9));
    assertThat(trained.get("sharpe").get("standardError").asDouble())
        .isCloseTo(
            Math.sqrt((1 + perEpisode * perEpisode / 2) / 12) * Math.sqrt(3276), within(1e-9));
    assertThat(trained.get("win_rate").get("mean").asDouble()).isEqualTo(0.5);
    assertThat(trained.get("coordination_value_dollars").get("mean").asDouble())
        .isCloseTo(95, within(1e-12));
    JsonNode heuristic = json.get("policies").get(1).get("metrics");
    assertThat(heuristic.get("sharpe").isNull()).as("one episode: not published").isTrue();
    assertThat(heuristic.get("coordination_value_dollars").isNull()).isTrue();
    // one episode: the interval is unbounded, which JSON can only say with null
    assertThat(heuristic.get("reward").get("lower").isNull()).isTrue();
    // reward, win rate and total return; sharpe and coordination value are not published for both
    assertThat(json.get("comparisons")).hasSize(3);
    assertThat(json.get("comparisons").get(0).get("verdict").asText())
        .isEqualTo("trained, v2 ~ heuristic on reward (95% intervals overlap)");
  }

  @Test
  void csvHasOneRowPerPolicyAndPublishedMetricWithQuotedNames() {
    List<String> lines = List.of(REPORT.toCsv().split("\r\n"));

    assertThat(lines).hasSize(1 + 5 + 3);
    assertThat(lines.get(0)).isEqualTo("policy,metric,episodes,mean,lower,upper,level");
    assertThat(lines.get(1)).startsWith("\"trained, v2\",reward,12,12.0,");
    assertThat(lines.get(6)).isEqualTo("heuristic,reward,1,-3.0,-Infinity,Infinity,0.95");
  }

  @Test
  void textTableSaysNotPublishedWhereThereIsNoFigure() {
    String[] lines = REPORT.toText().split("\n");

    assertThat(lines[0]).contains("sharpe", "coordination_value_dollars");
    assertThat(lines[2]).startsWith("trained, v2").doesNotContain("n/a");
    assertThat(lines[3]).startsWith("heuristic").contains("n/a");
    assertThat(lines[4]).contains("n/a under 10 episodes");
  }
}
