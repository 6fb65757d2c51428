package org.wealtharena.training.checkpoint;

/**
 * What a checkpoint must match to be resumed by a run: its coordination type and the fingerprint of
 * the settings that change learning ({@link SettingsFingerprint}, over the run's resolved
 * settings).
 */
public record CheckpointKey(String coordination, String configFingerprint) {

  public CheckpointKey {
    Checkpoint.requireText(coordination, "coordination");
    Checkpoint.requireText(configFingerprint, "configFingerprint");
  }
}
