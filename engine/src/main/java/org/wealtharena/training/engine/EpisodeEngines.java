package org.wealtharena.training.engine;

import java.util.ServiceLoader;
import org.wealtharena.training.trainer.EpisodeEngine;
import org.wealtharena.training.trainer.EpisodePool;

/** Opens an engine by name: {@value #LOCAL} is the in-process pool, others come from providers. */
public final class EpisodeEngines {

  public static final String LOCAL = "local";

  private EpisodeEngines() {}

  /**
   * @throws EngineUnavailableException when no provider of that name is on the class path
   */
  public static EpisodeEngine open(String name, EngineSetup setup) {
    if (LOCAL.equals(name)) {
      return new EpisodePool(
          setup.threads(), setup.environment().runner(setup.multiAgent(), setup.specialized()));
    }
    return provider(name).open(setup);
  }

  /**
   * Fails as {@link #open} would for an engine that is not on the class path, before anything is
   * set up for it.
   */
  public static void requireAvailable(String name) {
    if (!LOCAL.equals(name)) {
      provider(name);
    }
  }

  private static EpisodeEngineProvider provider(String name) {
    for (EpisodeEngineProvider provider : ServiceLoader.load(EpisodeEngineProvider.class)) {
      if (provider.name().equals(name)) {
        return provider;
      }
    }
    throw new EngineUnavailableException(name);
  }

  /** No engine of the name asked for is on the class path. */
  public static final class EngineUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EngineUnavailableException(String name) {
      super("engine " + name + " is not on the class path");
    }
  }
}
