package org.wealtharena.cli;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Waits for SIGINT or SIGTERM so a long-running command can close its endpoints and exit 0.
 *
 * <p>A plain shutdown hook cannot do this: the JVM then exits with 128+signal whatever the hook
 * does. {@code sun.misc.Signal} (module jdk.unsupported, present in every OpenJDK build) lets the
 * command handle the signal itself and return normally.
 */
final class ShutdownSignal {

  private static final String[] SIGNALS = {"INT", "TERM"};

  private final CountDownLatch received = new CountDownLatch(1);
  private volatile String name;

  /** Installs handlers for INT and TERM; from now on those signals release {@link #await()}. */
  static ShutdownSignal install() {
    ShutdownSignal signal = new ShutdownSignal();
    for (String s : SIGNALS) {
      Signal.handle(new Signal(s), sig -> signal.release("SIG" + sig.getName()));
    }
    return signal;
  }

  /**
   * Until the returned scope closes, SIGINT and SIGTERM interrupt {@code thread} instead of ending
   * the JVM, so a training loop can count its run as interrupted and the command can close its
   * endpoints and make the final push; closing puts the previous handlers back.
   */
  static Interruption interruptOnSignal(Thread thread) {
    return new Interruption(thread);
  }

  /** A scope in which SIGINT/SIGTERM interrupt one thread; see {@link #interruptOnSignal}. */
  static final class Interruption implements AutoCloseable {
    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();
    private volatile String received;

    private Interruption(Thread thread) {
      for (String s : SIGNALS) {
        Signal signal = new Signal(s);
        previous.put(
            signal,
            Signal.handle(
                signal,
                sig -> {
                  received = "SIG" + sig.getName();
                  thread.interrupt();
                }));
      }
    }

    /** The signal that interrupted the thread, e.g. {@code SIGTERM}; empty if none came. */
    Optional<String> received() {
      return Optional.ofNullable(received);
    }

    @Override
    public void close() {
      previous.forEach(Signal::handle);
    }
  }

  /** Exit code of a command stopped by {@code signalName}, as a shell reports it: 128 + number. */
  static int exitCode(String signalName) {
    return 128 + new Signal(signalName.substring("SIG".length())).getNumber();
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
