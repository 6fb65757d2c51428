package org.wealtharena.cli;

import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Mixin;

/**
 * The metrics options of every command, in one mixin: the two endpoints ({@link
 * MetricsEndpointOptions}), pushing ({@link PushOptions}) and {@code --linger} ({@link
 * LingerOption}). {@link #start} turns them into the run's {@link RunMetrics}.
 */
final class RunMetricsOptions {

  @Mixin MetricsEndpointOptions endpoints;

  @Mixin PushOptions push;

  @Mixin LingerOption linger;

  /** The run's metrics with both endpoints serving; {@code notes} gets their URLs. */
  RunMetrics start(RunMetrics.Mode mode, PrintWriter notes) {
    return RunMetrics.start(this, mode, true, linger.linger(), null, notes);
  }

  /**
   * The run's metrics, serving both endpoints only when {@code --linger} is given: for a run that
   * records nothing into them while it runs.
   */
  RunMetrics startServingOnlyToLinger(RunMetrics.Mode mode, PrintWriter notes) {
    return RunMetrics.start(this, mode, linger.linger().isPresent(), linger.linger(), null, notes);
  }

  /**
   * For a command that only serves: lingers until SIGINT/SIGTERM unless {@code --linger} gives a
   * time, with the signal handled from before the endpoints are up.
   */
  RunMetrics startOnlyToServe(PrintWriter notes) {
    return RunMetrics.start(
        this,
        RunMetrics.Mode.SERVE,
        true,
        linger.linger().or(() -> Optional.of(LingerOption.Linger.untilSignal())),
        ShutdownSignal.install(),
        notes);
  }
}
