package org.wealtharena.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A training config file small enough for a test: a few short episodes per iteration. */
final class TinyTraining {
  private TinyTraining() {}

  /**
   * Writes {@code training.yaml} into {@code directory}: 2 episodes of {@code episodeDuration}, 2
   * held out.
   */
  static Path config(Path directory, String episodeDuration) throws IOException {
    return Files.writeString(
        directory.resolve("training.yaml"),
        """
        episodesPerIteration: 2
        episodeDuration: %s
        evaluationEpisodes: 2
        """
            .formatted(episodeDuration));
  }
}
