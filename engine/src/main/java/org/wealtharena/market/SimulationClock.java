package org.wealtharena.market;

/** Simulated time in nanoseconds since the session start; only the event loop moves it. */
@FunctionalInterface
public interface SimulationClock {
  long SECOND = 1_000_000_000L;
  long MINUTE = 60 * SECOND;
  long HOUR = 60 * MINUTE;

  /** One regular US equity session, 9:30 to 16:00. */
  long SESSION = 6 * HOUR + 30 * MINUTE;

  long now();
}
