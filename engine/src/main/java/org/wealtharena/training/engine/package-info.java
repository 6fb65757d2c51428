/**
 * Engines beyond the in-process pool: {@link org.wealtharena.training.engine.EpisodeEngines} opens
 * one by name ({@code local}, or a {@link org.wealtharena.training.engine.EpisodeEngineProvider}
 * found through {@link java.util.ServiceLoader}); an {@link
 * org.wealtharena.training.engine.EpisodeEnvironment} says how to build the team where episodes
 * run, and {@link org.wealtharena.training.engine.RecordedOutcome} is one episode run there, with
 * what it recorded, on its way back to the serving endpoints.
 */
package org.wealtharena.training.engine;
