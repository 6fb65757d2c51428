package org.wealtharena.training.checkpoint;

/**
 * What a checkpoint must match to be resumed by a run: its coordination type and the fingerprint of
 * the settings that change learning ({@link ResolvedSettings}, of the run's resolved settings).
 */
public record CheckpointKey(String coordination, ResolvedSettings settings) {

  public CheckpointKey {
    Checkpoint.requireText(coordination, "coordination");
    if (settings == null) {
      throw new IllegalArgumentException("settings are missing");
    }
  }
}
