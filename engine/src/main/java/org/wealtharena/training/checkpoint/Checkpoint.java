package org.wealtharena.training.checkpoint;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.wealtharena.training.ppo.PpoSnapshot;

/**
 * Everything a training run needs to go on after {@code iteration} completed iterations. Maps are
 * copied into name order (and made unmodifiable), so equal content always encodes to the same
 * bytes.
 *
 * @param runId identifies the run across resumes
 * @param coordination coordination type (hierarchical, centralized, decentralized)
 * @param settings the settings that change learning, and their fingerprint a resume must match
 * @param iteration iterations completed when the checkpoint was taken
 * @param policies PPO state per learner name (e.g. "meta-controller", "market-maker")
 * @param randomness seed and counters all random streams are derived from
 * @param history per-iteration metric series needed to continue (e.g. "meanReward")
 */
public record Checkpoint(
    String runId,
    String coordination,
    ResolvedSettings settings,
    int iteration,
    Map<String, PpoSnapshot> policies,
    RunRandomState randomness,
    Map<String, double[]> history) {

  public Checkpoint {
    requireText(runId, "runId");
    requireText(coordination, "coordination");
    if (settings == null) {
      throw new IllegalArgumentException("settings are missing");
    }
    if (iteration < 0) {
      throw new IllegalArgumentException("iteration must not be negative, got " + iteration);
    }
    if (randomness == null) {
      throw new IllegalArgumentException("randomness is missing");
    }
    policies = Collections.unmodifiableMap(new TreeMap<>(policies));
    history = copyHistory(history);
    policies.keySet().forEach(name -> requireText(name, "policy name"));
    history.keySet().forEach(name -> requireText(name, "history series name"));
  }

  /** The metric series by name, in name order; the arrays are copies. */
  @Override
  public Map<String, double[]> history() {
    return copyHistory(history);
  }

  public CheckpointKey key() {
    return new CheckpointKey(coordination, settings);
  }

  private static Map<String, double[]> copyHistory(Map<String, double[]> history) {
    TreeMap<String, double[]> copy = new TreeMap<>();
    history.forEach((name, values) -> copy.put(name, values.clone()));
    return Collections.unmodifiableMap(copy);
  }

  static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
