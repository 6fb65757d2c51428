package org.wealtharena.training.checkpoint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings a run learned under, as a checkpoint keeps them: their {@link SettingsFingerprint}
 * and each setting's value by dotted path (e.g. {@code seed} = {@code 3}, {@code
 * ppo.optimizer.learningRate} = {@code 0.01}), in the settings record's order. The fingerprint
 * decides whether a checkpoint may be resumed; the values say which settings differ when it may
 * not.
 *
 * @param fingerprint SHA-256 of the canonical settings text
 * @param values each setting's value as text, by path; empty when not recorded (checkpoints of
 *     format version 1 stored only the fingerprint)
 */
public record ResolvedSettings(String fingerprint, Map<String, String> values) {

  /** Shown for a setting one side has and the other has not (added or removed since). */
  static final String ABSENT = "(absent)";

  public ResolvedSettings {
    Checkpoint.requireText(fingerprint, "settings fingerprint");
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * The settings of {@code settings} but the {@code excluded} paths ({@link SettingsFingerprint}).
   */
  public static ResolvedSettings of(Record settings, Set<String> excluded) {
    return SettingsFingerprint.resolve(settings, excluded);
  }

  /**
   * The settings of {@code settings} but the {@code excluded} paths, then the {@code beside}
   * entries (e.g. {@code run} = the run's index among the runs of one master seed), which are part
   * of the fingerprint as well.
   */
  public static ResolvedSettings of(Record settings, Set<String> excluded, Map<String, ?> beside) {
    return SettingsFingerprint.resolve(settings, excluded, beside);
  }

  /** Settings known only by their fingerprint. */
  public static ResolvedSettings unrecorded(String fingerprint) {
    return new ResolvedSettings(fingerprint, Map.of());
  }

  public boolean matches(ResolvedSettings other) {
    return fingerprint.equals(other.fingerprint);
  }

  /** One setting with another value here than in the run's settings. */
  public record Difference(String path, String here, String run) {}

  /**
   * The settings whose value differs from {@code run}'s, in order; empty when neither side can tell
   * (no values recorded, or values equal as text).
   */
  public List<Difference> differencesFrom(ResolvedSettings run) {
    if (values.isEmpty() || run.values.isEmpty()) {
      return List.of();
    }
    Set<String> paths = new LinkedHashSet<>(values.keySet());
    paths.addAll(run.values.keySet());
    List<Difference> differences = new ArrayList<>();
    for (String path : paths) {
      String mine = values.getOrDefault(path, ABSENT);
      String theirs = run.values.getOrDefault(path, ABSENT);
      if (!mine.equals(theirs)) {
        differences.add(new Difference(path, mine, theirs));
      }
    }
    return differences;
  }
}
