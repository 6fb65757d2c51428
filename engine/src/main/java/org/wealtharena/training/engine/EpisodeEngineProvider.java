package org.wealtharena.training.engine;

import org.wealtharena.training.trainer.EpisodeEngine;

/**
 * An engine found at run time through {@link java.util.ServiceLoader}, so that a module such as
 * {@code cluster} can add one without the command line depending on it.
 */
public interface EpisodeEngineProvider {

  /** The name {@code --engine} takes, e.g. {@code spark}. */
  String name();

  /**
   * Opens the engine; the caller closes it.
   *
   * @throws IllegalArgumentException if its settings are wrong, naming setting, value and what was
   *     expected
   */
  EpisodeEngine open(EngineSetup setup);
}
