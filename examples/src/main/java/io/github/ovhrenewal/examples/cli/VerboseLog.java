package io.github.ovhrenewal.examples.cli;

import java.io.PrintWriter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * {@code --verbose}: what the SDK logs (each request and answer, secrets already redacted by the
 * SDK), written to stderr. The SDK logs through System.Logger, whose default backend is
 * java.util.logging, under {@code io.github.ovhrenewal}.
 *
 * <p>This object holds the configured logger until {@link #close()}. java.util.logging keeps
 * loggers weakly: a logger configured and then dropped is collected at the next garbage
 * collection, and the SDK then gets a fresh one without the handler, so nothing would be logged.
 */
final class VerboseLog implements AutoCloseable {
  private static final String SDK_LOGGER = "io.github.ovhrenewal";

  // The strong reference that keeps the configuration alive for the whole run.
  private final Logger logger;
  private final Handler handler;
  private final Level previousLevel;
  private final boolean previousUseParentHandlers;

  private VerboseLog(Logger logger, Handler handler) {
    this.logger = logger;
    this.handler = handler;
    this.previousLevel = logger.getLevel();
    this.previousUseParentHandlers = logger.getUseParentHandlers();
  }

  /**
   * Sends every SDK log record, down to the wire log's most verbose level, to {@code err}.
   *
   * @param err where the lines go, each prefixed {@code ovh-renew: }
   * @return the configuration; close it when the run ends
   */
  static VerboseLog enable(PrintWriter err) {
    Logger logger = Logger.getLogger(SDK_LOGGER);
    VerboseLog log = new VerboseLog(logger, new ErrHandler(err));
    logger.setLevel(Level.ALL);
    logger.setUseParentHandlers(false);
    logger.addHandler(log.handler);
    return log;
  }

  /** Restores the logger as it was, so that a later run in the same JVM is not verbose. */
  @Override
  public void close() {
    logger.removeHandler(handler);
    logger.setLevel(previousLevel);
    logger.setUseParentHandlers(previousUseParentHandlers);
    handler.flush();
  }

  /** One line per record: the message only, never a stack trace. */
  private static final class ErrHandler extends Handler {
    private final PrintWriter err;
    private final SimpleFormatter format = new SimpleFormatter();

    ErrHandler(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void publish(LogRecord record) {
      err.println("ovh-renew: " + format.formatMessage(record));
      err.flush();
    }

    @Override
    public void flush() {
      err.flush();
    }

    @Override
    public void close() {
      err.flush();
    }
  }
}
