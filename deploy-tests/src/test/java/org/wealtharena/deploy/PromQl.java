package org.wealtharena.deploy;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough PromQL handling for checking what rules and dashboards refer to. */
final class PromQl {

  private static final Pattern LABEL_VALUES =
      Pattern.compile(
          "^\\s*label_values\\((.*),\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*\\)\\s*$", Pattern.DOTALL);
  private static final Pattern STRING =
      Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");
  private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
  private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
  private static final Pattern LABEL_LISTS =
      Pattern.compile(
          "\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)",
          Pattern.CASE_INSENSITIVE);

  /**
   * An identifier not preceded by a word character, '.', ':' or '$' (numbers, durations,
   * variables).
   */
  private static final Pattern IDENTIFIER =
      Pattern.compile("(?<![\\w.:$])([a-zA-Z_:][a-zA-Z0-9_:]*)");

  private static final Set<String> KEYWORDS =
      Set.of(
          "sum",
          "avg",
          "min",
          "max",
          "count",
          "stddev",
          "stdvar",
          "topk",
          "bottomk",
          "quantile",
          "count_values",
          "group",
          "and",
          "or",
          "unless",
          "by",
          "without",
          "on",
          "ignoring",
          "group_left",
          "group_right",
          "offset",
          "bool",
          "atan2",
          "inf",
          "nan");

  private PromQl() {}

  /** Grafana's {@code label_values(selector, label)}: the selector, as a PromQL query. */
  static Optional<String> labelValuesSelector(String variableQuery) {
    Matcher m = LABEL_VALUES.matcher(variableQuery);
    return m.matches() ? Optional.of(m.group(1).trim()) : Optional.empty();
  }

  /** Grafana's {@code label_values(selector, label)}: the label. */
  static Optional<String> labelValuesLabel(String variableQuery) {
    Matcher m = LABEL_VALUES.matcher(variableQuery);
    return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
  }

  /**
   * A Grafana expression made evaluable by Prometheus: interval macros become fixed durations,
   * template variables become {@code .*} (they are only used in regex matchers).
   */
  static String substituteGrafanaVariables(String expr) {
    return expr.replace("$__rate_interval", "5m")
        .replace("${__rate_interval}", "5m")
        .replace("$__interval", "1m")
        .replace("${__interval}", "1m")
        .replace("$__range", "1h")
        .replace("${__range}", "1h")
        .replaceAll("\\$\\{[a-zA-Z_][a-zA-Z0-9_]*(:[a-z]+)?}", ".*")
        .replaceAll("\\$[a-zA-Z_][a-zA-Z0-9_]*", ".*");
  }

  /**
   * Names of the metrics an expression selects (identifiers that are not functions or keywords).
   */
  static Set<String> metricNames(String expr) {
    String s = STRING.matcher(expr).replaceAll("\"\"");
    s = MATCHERS.matcher(s).replaceAll(" ");
    s = RANGES.matcher(s).replaceAll(" ");
    s = LABEL_LISTS.matcher(s).replaceAll(" $1 ");
    Set<String> names = new LinkedHashSet<>();
    Matcher m = IDENTIFIER.matcher(s);
    while (m.find()) {
      String name = m.group(1);
      int next = m.end();
      while (next < s.length() && Character.isWhitespace(s.charAt(next))) {
        next++;
      }
      boolean function = next < s.length() && s.charAt(next) == '(';
      if (!function && !KEYWORDS.contains(name.toLowerCase())) {
        names.add(name);
      }
    }
    return names;
  }
}
