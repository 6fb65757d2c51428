package org.wealtharena.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one home of the values each enumerated label takes by default: the catalog's lists, and where
 * the catalog only gives examples ("e.g.", "...") the values of the built-in agents, coordinator
 * and trainer, so what they record passes. An unknown value is rejected as {@code unknown_value},
 * which is what turns two swapped label arguments into a counted rejection instead of a new series.
 * Users add their own values with {@link EndpointMetrics#allowLabelValues}.
 */
final class LabelVocabulary {

  private LabelVocabulary() {}

  private static final List<String> AGENT_TYPES =
      List.of("market_maker", "arbitrage", "portfolio", "risk_manager");

  private static final List<String> CHECK_TYPES = labelList(RiskCheckType.values());

  /** Labels whose values are enumerated and may be extended, with their default values. */
  static final Map<String, List<String>> DEFAULTS =
      Map.ofEntries(
          Map.entry("coordination_type", List.of("hierarchical", "centralized", "decentralized")),
          Map.entry(
              "method",
              List.of(
                  "routing",
                  "meta_allocation",
                  "central_allocation",
                  "independent",
                  "central_netting",
                  "budget_enforcement",
                  "risk_veto")),
          Map.entry(
              "message_type",
              List.of("intent", "veto", "allocation", "fill_report", "coordination")),
          Map.entry("conflict_type", labelList(ConflictType.values())),
          Map.entry(
              "error_type",
              List.of(
                  "illegal_argument",
                  "illegal_state",
                  "arithmetic",
                  "null_pointer",
                  "index_out_of_bounds",
                  "other",
                  "episode_failed",
                  "non_finite_update")),
          Map.entry("resource_type", List.of("capital", "risk_budget", "order_rate")),
          Map.entry("agent_type", AGENT_TYPES),
          Map.entry("agent_group", concat(List.of("all"), AGENT_TYPES)),
          Map.entry(
              "optimization_type", List.of("sharpe_maximization", "min_variance", "risk_parity")),
          Map.entry("trigger", labelList(RebalanceTrigger.values())),
          Map.entry("risk_type", List.of("var_95", "cvar_95", "volatility", "max_drawdown")),
          Map.entry("check_type", CHECK_TYPES),
          // a violation is of the limit a check type checks
          Map.entry("violation_type", CHECK_TYPES),
          Map.entry("limit_type", labelList(RiskLimitType.values())),
          Map.entry("exposure_type", labelList(ExposureType.values())),
          Map.entry("action_type", labelList(RiskAction.values())));

  static Set<String> labels(LabelValue[] values) {
    return Arrays.stream(values).map(LabelValue::label).collect(Collectors.toUnmodifiableSet());
  }

  private static List<String> labelList(LabelValue[] values) {
    return Arrays.stream(values).map(LabelValue::label).toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
