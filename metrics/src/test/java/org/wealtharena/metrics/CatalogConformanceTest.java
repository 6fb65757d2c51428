package org.wealtharena.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.testing.Catalog;
import org.wealtharena.metrics.testing.PromTool;
import org.wealtharena.metrics.testing.Scrape;

/**
 * Each endpoint exposes exactly its catalog families (listed in {@link Catalog}) with the catalog's
 * types and label names, and nothing of the other endpoint. The expected tables ({@link Catalog})
 * are typed in from the catalog on purpose: they must not be derived from the code under test.
 *
 * <p>Every call passes each label's own name as its value (except labels with a fixed set of
 * values), so a label value landing under the wrong label name is caught too.
 */
class CatalogConformanceTest {

  static final Map<String, String> MULTI_AGENT_CATALOG = multiAgentFamilies();
  static final Map<String, String> SPECIALIZED_CATALOG = Catalog.SPECIALIZED;

  /** Labels whose values the catalog fixes; the calls below use one of the allowed values. */
  private static final Map<String, Set<String>> FIXED_VALUES =
      Map.of(
          "status", Set.of("started", "completed", "failed", "success", "partial"),
          "side", Set.of("bid", "ask"),
          "severity", Set.of("warning", "critical"),
          "state", Set.of("active", "reducing", "halted"),
          "horizon", Set.of("1s", "10s", "60s"),
          "bound", Set.of("mean", "lower", "upper"));

  private static final Pattern TYPE_LINE = Pattern.compile("# TYPE (\\S+) (\\S+)");
  private static final Pattern SAMPLE_LINE =
      Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? \\S+");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  /**
   * One sample in every endpoint 1 family, through the guide-style API. Each label's value is its
   * name (registered where the label has a list of values), so a value in the wrong place shows.
   */
  static void recordEveryFamily(MultiAgentMetrics m) {
    allowLabelNamesAsValues(m);
    String ct = "coordination_type";
    m.recordMultiAgentTrainingStart(ct);
    m.recordMultiAgentIteration(ct, 3, "run_id", -1.5);
    m.recordAgentCommunication("from_agent", "to_agent", "message_type");
    m.recordCoordinationOverhead(ct, "method", 4e-6);
    m.recordCoordinationEfficiency(ct, 0.9);
    m.recordSharedResourceUtilization("resource_type", 0.5);
    m.recordMultiAgentPerformance(ct, "agent_group", 1.2, 0.55, -0.03);
    m.recordInterAgentReward(ct, -2.0);
    m.recordActiveAgentsCount(ct, 4);
    m.recordAgentEpisode("agent_id", "agent_type", ct);
    m.recordCoordinationMethodUsage("method", ct);
    m.recordCoordinationDecisionLatency("method", ct, 2e-5);
    m.recordSharedEnvStep(ct);
    m.recordSharedEnvConflict("conflict_type", ct);
    m.recordMultiAgentError("error_type", ct);
    m.recordMultiAgentCoordinationValue(ct, -120.5);
    m.recordRolloutTask(RolloutTaskStatus.SUCCESS, 0.25);
    m.recordMultiAgentPpoUpdate(
        ct, "run_id", "policy", new PpoUpdateStatistics(-0.01, 0.4, 1.2, 0.008, 0.1, -0.3));
    m.recordMultiAgentEvaluationReward(ct, "run_id", "policy", 20.4, 19.4, 21.4);
  }

  /** One sample in every endpoint 2 family, as for endpoint 1. */
  static void recordEveryFamily(SpecializedAgentMetrics m) {
    allowLabelNamesAsValues(m);
    String id = "agent_id";
    String pair = "market_pair";
    m.recordMarketMakerSpread(id, "symbol", 0.05);
    m.recordMarketMakerQuote(id, "symbol", "bid");
    m.recordMarketMakerFillRate(id, "symbol", 0.75);
    m.recordMarketMakerInventory(id, "symbol", -200);
    m.recordMarketMakerPnl(id, "symbol", 12.5);
    m.recordMarketMakerQuoteLatency(id, 3e-6);
    m.recordMarketMakerMarkout(id, "symbol", "60s", -0.004);
    m.recordArbitrageOpportunity(id, pair);
    m.recordArbitrageExecution(id, pair, "success");
    m.recordArbitrageProfit(id, pair, 100.5);
    m.recordArbitrageExecutionLatency(id, pair, 0.002);
    m.recordArbitrageSpread(id, pair, 0.03);
    m.recordArbitrageSuccessRate(id, pair, 0.8);
    m.recordArbitrageRealizedEdge(id, pair, 0.004);
    m.recordPortfolioOptimizationRun(id, "optimization_type");
    m.recordPortfolioSharpeRatio(id, 2.5);
    m.recordPortfolioDiversification(id, 0.7);
    m.recordPortfolioTurnover(id, 0.1);
    m.recordPortfolioRebalance(id, "trigger");
    m.recordPortfolioOptimizationLatency(id, "optimization_type", 0.04);
    m.recordPortfolioRiskMetric(id, "risk_type", 0.02);
    m.recordRiskManagerCheck(id, "check_type");
    m.recordRiskViolation(id, "violation_type", "warning");
    m.recordRiskLimit(id, "limit_type", 1000);
    m.recordRiskExposure(id, "exposure_type", 500);
    m.recordRiskManagerAction(id, "action_type");
    m.recordRiskCheckLatency(id, "check_type", 1e-6);
    m.recordRiskTradingState(id, "halted");
    m.recordSpecializedAgentReward(id, "agent_type", -0.4);
    m.recordSpecializedAgentEpisode(id, "agent_type");
    m.recordSpecializedAgentError(id, "agent_type", "error_type");
  }

  @Test
  void multiAgentEndpointExposesExactlyItsCatalog() {
    MultiAgentMetrics metrics =
        new MultiAgentMetrics(MetricsOptions.builder().strict(true).build());
    recordEveryFamily(metrics);
    assertExposes(metrics.registry(), MULTI_AGENT_CATALOG);
  }

  @Test
  void specializedEndpointExposesExactlyItsCatalog() {
    SpecializedAgentMetrics metrics =
        new SpecializedAgentMetrics(MetricsOptions.builder().strict(true).build());
    recordEveryFamily(metrics);
    assertExposes(metrics.registry(), SPECIALIZED_CATALOG);
  }

  @Test
  void catalogsDoNotOverlap() {
    assertThat(MULTI_AGENT_CATALOG).hasSize(28 + 2);
    assertThat(SPECIALIZED_CATALOG).hasSize(31);
    assertThat(MULTI_AGENT_CATALOG.keySet())
        .doesNotContainAnyElementsOf(SPECIALIZED_CATALOG.keySet());
  }

  @Test
  void expositionPassesPromtool() {
    PromTool promtool = PromTool.require();
    MultiAgentMetrics multi = new MultiAgentMetrics();
    SpecializedAgentMetrics specialized = new SpecializedAgentMetrics();
    recordEveryFamily(multi);
    recordEveryFamily(specialized);
    // a rejection too, so the rejected counter family is linted as well
    specialized.recordMarketMakerFillRate("mm_1", "AAPL", 7);
    // The catalog fixes this name; users' dashboards query it.
    promtool.assertValidMetrics(
        Scrape.text(multi.registry()),
        "active_agents_count non-histogram and non-summary metrics should not have \"_count\" suffix");
    promtool.assertValidMetrics(Scrape.text(specialized.registry()));
  }

  @Test
  void latencyBucketsSpanNanosecondsToSecondsAndRewardBucketsAreSigned() {
    MultiAgentMetrics metrics = new MultiAgentMetrics();
    recordEveryFamily(metrics);
    Set<Double> latency =
        bucketBounds(Scrape.text(metrics.registry()), "agent_coordination_overhead_seconds");
    // in-process calls: from 25 ns (risk checks take 20-60 ns) to 1 s
    assertThat(latency).contains(1e-7, 1e-6, 1e-5, 1e-3, 1.0, Double.POSITIVE_INFINITY);
    assertThat(Collections.min(latency)).isEqualTo(2.5e-8);
    SpecializedAgentMetrics specialized = new SpecializedAgentMetrics();
    specialized.recordArbitrageExecutionLatency("arb_1", "AAPL-NASDAQ", 3e-4);
    Set<Double> crossVenue =
        bucketBounds(Scrape.text(specialized.registry()), "arbitrage_execution_latency_seconds");
    // cross-venue executions: 50 µs steps where their mass is, 100 µs to 1 ms
    for (double bound = 1e-4; bound <= 5e-4 + 1e-12; bound += 5e-5) {
      assertThat(crossVenue).contains(Math.round(bound * 1e6) / 1e6);
    }
    Set<Double> reward =
        bucketBounds(Scrape.text(metrics.registry()), "inter_agent_reward_distribution");
    assertThat(reward).contains(-100.0, -1.0, 0.0, 1.0, 100.0);
    // the -2.0 recorded above lands in a negative bucket
    assertThat(Scrape.text(metrics.registry()))
        .contains(
            "inter_agent_reward_distribution_bucket{coordination_type=\"coordination_type\",le=\"-1.0\"} 1");
  }

  /** The catalog's endpoint 1 families and those of the cluster engine. */
  private static Map<String, String> multiAgentFamilies() {
    Map<String, String> families = new TreeMap<>(Catalog.MULTI_AGENT);
    families.putAll(Catalog.MULTI_AGENT_CLUSTER);
    return Collections.unmodifiableMap(families);
  }

  static void allowLabelNamesAsValues(EndpointMetrics m) {
    LabelVocabulary.DEFAULTS.keySet().forEach(label -> m.allowLabelValues(label, label));
  }

  private static void assertExposes(PrometheusRegistry registry, Map<String, String> catalog) {
    String text = Scrape.text(registry);
    Map<String, String> types = new TreeMap<>();
    Matcher type = TYPE_LINE.matcher(text);
    while (type.find()) {
      types.put(familyName(type.group(1), type.group(2)), type.group(2));
    }
    Map<String, String> expectedTypes = new TreeMap<>();
    catalog.forEach((name, spec) -> expectedTypes.put(name, spec.split(" ")[0]));
    assertThat(types).as("families and types in%n%s", text).isEqualTo(expectedTypes);

    Map<String, Set<String>> labelNames = new TreeMap<>();
    for (String line : text.split("\n")) {
      Matcher sample = SAMPLE_LINE.matcher(line);
      if (line.startsWith("#") || !sample.matches()) {
        continue;
      }
      String family = familyOf(sample.group(1), types.keySet());
      Set<String> names = labelNames.computeIfAbsent(family, f -> new TreeSet<>());
      Matcher label = LABEL.matcher(sample.group(2) == null ? "" : sample.group(2));
      while (label.find()) {
        String name = label.group(1);
        String value = label.group(2);
        if (name.equals("le")) {
          continue;
        }
        names.add(name);
        if (FIXED_VALUES.containsKey(name)) {
          assertThat(FIXED_VALUES.get(name)).as("%s in %s", name, line).contains(value);
        } else {
          assertThat(value).as("value of label %s in %s", name, line).isEqualTo(name);
        }
      }
    }
    Map<String, Set<String>> expectedLabels = new TreeMap<>();
    catalog.forEach(
        (name, spec) ->
            expectedLabels.put(name, new TreeSet<>(Arrays.asList(spec.split(" ")[1].split(",")))));
    assertThat(labelNames).as("label names in%n%s", text).isEqualTo(expectedLabels);
  }

  /** Counters are typed under their _total name in the Prometheus text format, or without it. */
  private static String familyName(String typed, String type) {
    return type.equals("counter") && !typed.endsWith("_total") ? typed + "_total" : typed;
  }

  private static String familyOf(String sampleName, Set<String> families) {
    if (families.contains(sampleName)) {
      return sampleName;
    }
    for (String suffix : List.of("_bucket", "_count", "_sum")) {
      if (sampleName.endsWith(suffix)) {
        String base = sampleName.substring(0, sampleName.length() - suffix.length());
        if (families.contains(base)) {
          return base;
        }
      }
    }
    throw new AssertionError("sample " + sampleName + " belongs to no TYPE'd family");
  }

  private static Set<Double> bucketBounds(String text, String histogram) {
    Set<Double> bounds = new TreeSet<>();
    Matcher m =
        Pattern.compile(Pattern.quote(histogram) + "_bucket\\{[^}]*le=\"([^\"]+)\"").matcher(text);
    while (m.find()) {
      bounds.add(
          m.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(m.group(1)));
    }
    return bounds;
  }
}
