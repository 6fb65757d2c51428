package org.wealtharena.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * One of {@code simulate}'s modes: the market alone ({@link MarketOnlySimulation}), specialized
 * agents trading it ({@link AgentsSimulation}), or the team under a coordinator ({@link
 * CoordinatedTeamSimulation}). {@link SimulateCommand} chooses one from the options, gives it the
 * run's metrics and prints what it reports.
 */
interface SimulationMode {

  /** The {@code coordination_type} of the run in {@code wealtharena_run_info}. */
  String coordinationType();

  /**
   * Whether anything records into the metrics while the mode runs; if not, the endpoints start only
   * to linger.
   */
  boolean recordsMetrics();

  Report run(SimulationSetup setup, RunMetrics metrics);

  /**
   * What a mode reports.
   *
   * @param json what {@code --json} prints (a record, written with Jackson)
   * @param table prints the table shown without {@code --json}
   */
  record Report(Object json, Consumer<PrintWriter> table) {}
}
