package org.wealtharena.cli.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.wealtharena.training.evaluation.EpisodeScore;
import org.wealtharena.training.evaluation.Estimate;
import org.wealtharena.training.evaluation.PolicyEvaluation;
import org.wealtharena.training.evaluation.RegimeAdjustedMean;
import org.wealtharena.training.evaluation.RunStatistics;
import org.wealtharena.training.evaluation.StratifiedBootstrap;

/**
 * The evaluation of a multi-seed experiment after Agarwal et al. 2021 (rliable): per group (a
 * coordination type on one market) and policy, the mean and the interquartile mean (IQM) of the
 * scores with stratified bootstrap confidence intervals; per baseline, the paired difference
 * trained - baseline and the probability of improvement P(trained > baseline) with theirs, and in
 * words what those intervals support.
 *
 * <p>A score is a run's mean held-out reward when there are two runs or more, adjusted to the
 * regime mix of all the runs' held-out episodes together ({@link RegimeAdjustedMean}) when the
 * market has regimes: independent held-out sets meet different mixes of droughts and news bursts,
 * which move a run's plain mean more than the policies differ. With one run there is nothing to
 * resample over runs, so the report falls back to the held-out episodes: a score is then one
 * episode's reward, differences are paired by episode seed, and the report says so, as such
 * intervals say nothing about another training seed.
 */
public final class ProtocolReport {

  /** Runs under which the report warns that its intervals are too narrow to rely on. */
  static final int FEW_RUNS = 5;

  /**
   * One coordination type on one market.
   *
   * @param policies the policy names, the trained one first
   * @param runs {@code runs.get(p).get(k)}: policy p's evaluation in run k (all of run k's on the
   *     same seeds)
   */
  public record Group(
      String coordination,
      String market,
      List<String> policies,
      List<List<PolicyEvaluation>> runs) {

    public Group {
      policies = List.copyOf(policies);
      runs = runs.stream().map(List::copyOf).toList();
      if (policies.size() != runs.size() || policies.isEmpty()) {
        throw new IllegalArgumentException(
            policies.size() + " policies with " + runs.size() + " run lists");
      }
      int count = runs.get(0).size();
      if (count == 0 || runs.stream().anyMatch(r -> r.size() != count)) {
        throw new IllegalArgumentException("every policy needs the same, non-zero number of runs");
      }
    }

    int runCount() {
      return runs.get(0).size();
    }
  }

  /** One policy's figures in a group. */
  public record PolicyFigures(String policy, double[] scores, Estimate mean, Estimate iqm) {}

  /** The trained policy against one baseline in a group. */
  public record Comparison(
      String trained, String baseline, Estimate difference, Estimate probabilityOfImprovement) {}

  private final List<Group> groups;
  private final double level;
  private final StratifiedBootstrap bootstrap;
  private final boolean overRuns;

  /** Each group's figures and comparisons, bootstrapped once, by group. */
  private final Map<Group, List<PolicyFigures>> figures = new IdentityHashMap<>();

  private final Map<Group, List<Comparison>> comparisons = new IdentityHashMap<>();

  /** Each group's {@link #regimeMix}, pooled once. */
  private final Map<Group, Optional<double[]>> mixes = new IdentityHashMap<>();

  public ProtocolReport(List<Group> groups, double level) {
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("nothing was evaluated");
    }
    this.groups = List.copyOf(groups);
    this.level = level;
    this.bootstrap = StratifiedBootstrap.of(level);
    this.overRuns = groups.get(0).runCount() > 1;
  }

  /** "runs" (scores are runs' mean rewards) or "episodes" (one run: scores are episodes). */
  public String unit() {
    return overRuns ? "run" : "episode";
  }

  /** The scores of policy {@code p} of {@code group}, as one task of runs (or episodes). */
  double[][] scores(Group group, int p) {
    List<PolicyEvaluation> runs = group.runs().get(p);
    if (overRuns) {
      Optional<double[]> mix = mix(group);
      return new double[][] {
        runs.stream()
            .mapToDouble(
                run ->
                    mix.map(target -> regimeAdjustedReward(run, target))
                        .orElseGet(() -> meanReward(run)))
            .toArray()
      };
    }
    return new double[][] {
      runs.get(0).episodes().stream().mapToDouble(EpisodeScore::reward).toArray()
    };
  }

  private Optional<double[]> mix(Group group) {
    return mixes.computeIfAbsent(group, ProtocolReport::regimeMix);
  }

  /** Each run's plain mean held-out reward, before the regime adjustment. */
  double[] unadjustedScores(Group group, int p) {
    return group.runs().get(p).stream().mapToDouble(ProtocolReport::meanReward).toArray();
  }

  /**
   * The regime mix of every run's held-out episodes together, which the run scores are adjusted to;
   * empty when a run has too few episodes to fit the adjustment ({@link
   * RegimeAdjustedMean#adjusts}), an episode's regime shares are not known, or every episode met
   * the same. Every policy plays the same seeds, so the trained policy's episodes give the mix of
   * all.
   */
  static Optional<double[]> regimeMix(Group group) {
    List<EpisodeScore> episodes =
        group.runs().get(0).stream().flatMap(run -> run.episodes().stream()).toList();
    double[] first = episodes.get(0).regimeShares().values();
    boolean fits =
        group.runs().get(0).stream()
            .allMatch(run -> RegimeAdjustedMean.adjusts(run.episodes().size(), first.length));
    if (!fits
        || episodes.stream().anyMatch(e -> e.regimeShares().values().length != first.length)
        || episodes.stream().allMatch(e -> Arrays.equals(e.regimeShares().values(), first))) {
      // too few episodes per run, shares not known, or a market without regimes
      return Optional.empty();
    }
    return Optional.of(
        RegimeAdjustedMean.pooledMix(
            episodes.stream().map(e -> e.regimeShares().values()).toArray(double[][]::new)));
  }

  private static double regimeAdjustedReward(PolicyEvaluation evaluation, double[] mix) {
    List<EpisodeScore> episodes = evaluation.episodes();
    return RegimeAdjustedMean.of(
        episodes.stream().mapToDouble(EpisodeScore::reward).toArray(),
        episodes.stream().map(e -> e.regimeShares().values()).toArray(double[][]::new),
        mix);
  }

  private static double meanReward(PolicyEvaluation evaluation) {
    return evaluation.episodes().stream().mapToDouble(EpisodeScore::reward).average().orElseThrow();
  }

  public List<PolicyFigures> figures(Group group) {
    return figures.computeIfAbsent(group, this::computeFigures);
  }

  private List<PolicyFigures> computeFigures(Group group) {
    List<PolicyFigures> figures = new ArrayList<>();
    for (int p = 0; p < group.policies().size(); p++) {
      double[][] scores = scores(group, p);
      figures.add(
          new PolicyFigures(
              group.policies().get(p),
              scores[0],
              bootstrap.estimate(scores, RunStatistics::mean),
              bootstrap.estimate(scores, RunStatistics::interquartileMean)));
    }
    return figures;
  }

  public List<Comparison> comparisons(Group group) {
    return comparisons.computeIfAbsent(group, this::computeComparisons);
  }

  private List<Comparison> computeComparisons(Group group) {
    double[][] trained = scores(group, 0);
    List<Comparison> comparisons = new ArrayList<>();
    for (int p = 1; p < group.policies().size(); p++) {
      double[][] baseline = scores(group, p);
      comparisons.add(
          new Comparison(
              group.policies().get(0),
              group.policies().get(p),
              bootstrap.estimate(
                  RunStatistics.pairedDifferences(trained, baseline), RunStatistics::mean),
              bootstrap.estimate(trained, baseline, RunStatistics::probabilityOfImprovement)));
    }
    return comparisons;
  }

  public List<Group> groups() {
    return groups;
  }

  /** What the difference's interval supports, in words. */
  static String differenceVerdict(Comparison comparison) {
    if (comparison.difference().above(0)) {
      return comparison.trained() + " scores higher than " + comparison.baseline();
    }
    if (comparison.difference().below(0)) {
      return comparison.trained() + " scores lower than " + comparison.baseline();
    }
    return "no difference established";
  }

  /** What the probability of improvement's interval supports, in words. */
  static String improvementVerdict(Comparison comparison) {
    if (comparison.probabilityOfImprovement().above(0.5)) {
      return comparison.trained() + " better than " + comparison.baseline() + ": supported";
    }
    if (comparison.probabilityOfImprovement().below(0.5)) {
      return comparison.baseline() + " better than " + comparison.trained() + ": supported";
    }
    return "not established";
  }

  /** Per group a table of every policy, then a sentence per baseline. */
  public String toText() {
    StringBuilder text = new StringBuilder();
    String percent = String.format(Locale.ROOT, "%.0f%%", 100 * level);
    for (Group group : groups) {
      text.append(
          String.format(
              Locale.ROOT,
              "%n%s on %s: %s%n",
              group.coordination(),
              group.market(),
              overRuns
                  ? group.runCount()
                      + " training runs; score = a run's mean held-out reward"
                      + (mix(group).isPresent() ? ", adjusted to the runs' pooled regime mix" : "")
                  : "one training run; score = one held-out episode's reward (per-episode"
                      + " fallback: the intervals are over episodes, not over training seeds)"));
      List<String> header =
          List.of(
              "policy",
              "mean [" + percent + " CI]",
              "IQM [" + percent + " CI]",
              "trained - policy",
              "P(trained > policy)");
      List<List<String>> rows = new ArrayList<>();
      List<Comparison> comparisons = comparisons(group);
      List<PolicyFigures> figures = figures(group);
      for (int p = 0; p < figures.size(); p++) {
        PolicyFigures f = figures.get(p);
        rows.add(
            List.of(
                f.policy(),
                interval(f.mean()),
                interval(f.iqm()),
                p == 0 ? "" : interval(comparisons.get(p - 1).difference()),
                p == 0 ? "" : interval(comparisons.get(p - 1).probabilityOfImprovement())));
      }
      text.append(TextTable.of(header, rows));
      if (overRuns && group.runCount() < FEW_RUNS) {
        text.append(
            String.format(
                Locale.ROOT,
                "(%d runs give the bootstrap few distinct resamples: the intervals understate the"
                    + " uncertainty; run --seeds %d or more)%n",
                group.runCount(),
                FEW_RUNS));
      }
      for (Comparison comparison : comparisons) {
        text.append(sentence(comparison)).append('\n');
      }
    }
    text.append(
        String.format(
            Locale.ROOT,
            "(%s percentile intervals of a stratified bootstrap over %ss, %d resamples;"
                + " differences paired by %s)%n",
            percent,
            unit(),
            StratifiedBootstrap.DEFAULT_RESAMPLES,
            overRuns ? "run (the same held-out seeds)" : "episode seed"));
    return text.toString();
  }

  /** E.g. "P(trained > best_constant) = 0.62 [0.41, 0.80]: not established; trained - ...". */
  static String sentence(Comparison comparison) {
    return String.format(
        Locale.ROOT,
        "P(%s > %s) = %s: %s; %s - %s = %s: %s",
        comparison.trained(),
        comparison.baseline(),
        interval(comparison.probabilityOfImprovement()),
        improvementVerdict(comparison),
        comparison.trained(),
        comparison.baseline(),
        interval(comparison.difference()),
        differenceVerdict(comparison));
  }

  private static String interval(Estimate estimate) {
    return String.format(
        Locale.ROOT, "%.4f [%.4f, %.4f]", estimate.value(), estimate.lower(), estimate.upper());
  }

  /**
   * {"level", "unit", "bootstrap": {"resamples", "seed"}, "groups": [{"coordination", "market",
   * "runs", "regimeMix" (over runs: the mix the scores are adjusted to, by regime ordinal, or
   * null), "policies": [{"policy", "scores", "unadjustedScores" (over runs: the plain means),
   * "mean": {"value", "lower", "upper"}, "iqm"}], "comparisons": [{"trained", "baseline",
   * "difference", "probabilityOfImprovement", "verdict"}]}]}.
   */
  public String toJson() {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("level", level);
    document.put("unit", unit());
    // ordered (Map.of would iterate in an order drawn afresh by every JVM)
    Map<String, Object> bootstrapJson = new LinkedHashMap<>();
    bootstrapJson.put("resamples", StratifiedBootstrap.DEFAULT_RESAMPLES);
    bootstrapJson.put("seed", StratifiedBootstrap.DEFAULT_SEED);
    document.put("bootstrap", bootstrapJson);
    List<Map<String, Object>> groupsJson = new ArrayList<>();
    for (Group group : groups) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("coordination", group.coordination());
      json.put("market", group.market());
      json.put("runs", group.runCount());
      if (overRuns) {
        json.put("regimeMix", mix(group).orElse(null));
      }
      json.put(
          "policies",
          figures(group).stream()
              .map(
                  f -> {
                    Map<String, Object> policy = new LinkedHashMap<>();
                    policy.put("policy", f.policy());
                    policy.put("scores", f.scores());
                    if (overRuns) {
                      policy.put(
                          "unadjustedScores",
                          unadjustedScores(group, group.policies().indexOf(f.policy())));
                    }
                    policy.put("mean", estimateJson(f.mean()));
                    policy.put("iqm", estimateJson(f.iqm()));
                    return policy;
                  })
              .toList());
      json.put(
          "comparisons",
          comparisons(group).stream()
              .map(
                  c -> {
                    Map<String, Object> comparison = new LinkedHashMap<>();
                    comparison.put("trained", c.trained());
                    comparison.put("baseline", c.baseline());
                    comparison.put("difference", estimateJson(c.difference()));
                    comparison.put(
                        "probabilityOfImprovement", estimateJson(c.probabilityOfImprovement()));
                    comparison.put("verdict", sentence(c));
                    return comparison;
                  })
              .toList());
      groupsJson.add(json);
    }
    document.put("groups", groupsJson);
    return Json.of(document);
  }

  /**
   * One row per group, policy and statistic (mean, iqm, and against the trained policy difference
   * and probability_of_improvement): coordination,market,policy,statistic,value,lower,upper,level,
   * unit,count.
   */
  public String toCsv() {
    List<List<String>> rows = new ArrayList<>();
    for (Group group : groups) {
      String count = Integer.toString(overRuns ? group.runCount() : scores(group, 0)[0].length);
      for (PolicyFigures f : figures(group)) {
        rows.add(row(group, f.policy(), "mean", f.mean(), count));
        rows.add(row(group, f.policy(), "iqm", f.iqm(), count));
      }
      for (Comparison c : comparisons(group)) {
        rows.add(row(group, c.baseline(), "difference", c.difference(), count));
        rows.add(
            row(
                group,
                c.baseline(),
                "probability_of_improvement",
                c.probabilityOfImprovement(),
                count));
      }
    }
    return Csv.of(
        List.of(
            "coordination",
            "market",
            "policy",
            "statistic",
            "value",
            "lower",
            "upper",
            "level",
            "unit",
            "count"),
        rows);
  }

  private List<String> row(
      Group group, String policy, String statistic, Estimate estimate, String count) {
    return List.of(
        group.coordination(),
        group.market(),
        policy,
        statistic,
        Double.toString(estimate.value()),
        Double.toString(estimate.lower()),
        Double.toString(estimate.upper()),
        Double.toString(level),
        unit(),
        count);
  }

  private static Map<String, Object> estimateJson(Estimate estimate) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("value", estimate.value());
    json.put("lower", estimate.lower());
    json.put("upper", estimate.upper());
    return json;
  }
}
