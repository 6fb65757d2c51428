package org.wealtharena.cli;

import org.wealtharena.training.engine.EngineSetup;
import org.wealtharena.training.engine.EpisodeEngines;
import org.wealtharena.training.trainer.EpisodeEngine;
import picocli.CommandLine.Option;

/**
 * {@code --engine}, for the commands that run episodes: the in-process pool, or an engine a module
 * on the class path provides ({@code spark} from the cluster jar, submitted with spark-submit).
 */
final class EngineOption {

  @Option(
      names = "--engine",
      paramLabel = "NAME",
      defaultValue = EpisodeEngines.LOCAL,
      description =
          "Where episodes run: local (threads of this process) or spark (a Spark cluster, through"
              + " spark-submit with the cluster jar; master and settings from the Spark"
              + " configuration). Default: ${DEFAULT-VALUE}.")
  String name = EpisodeEngines.LOCAL;

  /** Fails, as a usage error, when the chosen engine is not on the class path. */
  void requireAvailable() {
    try {
      EpisodeEngines.requireAvailable(name);
    } catch (EpisodeEngines.EngineUnavailableException e) {
      throw unavailable();
    }
  }

  /** Opens the chosen engine; one that is not on the class path is a usage error. */
  EpisodeEngine open(EngineSetup setup) {
    try {
      return EpisodeEngines.open(name, setup);
    } catch (EpisodeEngines.EngineUnavailableException e) {
      throw unavailable();
    } catch (IllegalArgumentException e) {
      throw new CliException("--engine " + name + ": " + e.getMessage());
    } catch (EpisodeEngine.EngineFailedException e) {
      throw new CliException("--engine " + name + ": " + e.getMessage(), 1, e);
    }
  }

  private CliException unavailable() {
    return new CliException(
        "--engine "
            + name
            + ": no such engine on the class path (expected local, or spark when run through"
            + " spark-submit with the wealtharena-cluster jar; see README, Scale-out)");
  }
}
