package org.wealtharena.cli;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import sun.misc.Signal;

/**
 * Waits for SIGINT or SIGTERM so a long-running command can close its endpoints and exit 0.
 *
 * <p>A plain shutdown hook cannot do this: the JVM then exits with 128+signal whatever the hook
 * does. {@code sun.misc.Signal} (module jdk.unsupported, present in every OpenJDK build) lets the
 * command handle the signal itself and return normally.
 */
final class ShutdownSignal {

  private final CountDownLatch received = new CountDownLatch(1);
  private volatile String name;

  /** Installs handlers for INT and TERM; from now on those signals release {@link #await()}. */
  static ShutdownSignal install() {
    ShutdownSignal signal = new ShutdownSignal();
    for (String s : new String[] {"INT", "TERM"}) {
      Signal.handle(new Signal(s), sig -> signal.release("SIG" + sig.getName()));
    }
    return signal;
  }

  /** Releases the waiter as a signal would; used by tests and by in-process callers. */
  void release(String reason) {
    name = reason;
    received.countDown();
  }

  /** Blocks until a signal arrives; returns its name, e.g. {@code SIGTERM}. */
  String await() throws InterruptedException {
    received.await();
    return name;
  }

  /**
   * Blocks until a signal arrives or {@code timeout} passes; the signal's name, empty on timeout.
   */
  Optional<String> await(Duration timeout) throws InterruptedException {
    return received.await(timeout.toNanos(), TimeUnit.NANOSECONDS)
        ? Optional.of(name)
        : Optional.empty();
  }
}
