package org.wealtharena.metrics.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what a {@link System.Logger} writes while open. Without a logging provider on the class
 * path, System.Logger goes to java.util.logging under the same name, which is where this listens.
 */
public final class LogCapture extends Handler implements AutoCloseable {

  private final Logger logger; // strong reference: JUL keeps loggers only weakly
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();

  private LogCapture(String loggerName) {
    this.logger = Logger.getLogger(loggerName);
    logger.addHandler(this);
  }

  public static LogCapture of(String loggerName) {
    return new LogCapture(loggerName);
  }

  /** Messages logged so far, formatted. */
  public List<String> messages() {
    return records.stream()
        .map(r -> new java.util.logging.SimpleFormatter().formatMessage(r))
        .toList();
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
  }
}
