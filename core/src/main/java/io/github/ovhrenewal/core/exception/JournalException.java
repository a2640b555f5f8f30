package io.github.ovhrenewal.core.exception;

/**
 * The journal of a fleet apply cannot be used: it cannot be opened, locked, read or written, or a
 * line of it is malformed. The message names the file (and the line, for a malformed one).
 *
 * <p>Nothing is ordered without its journal line: when a line cannot be written the run stops
 * ordering at once, and the item whose line was not written is not sent. Orders already sent keep
 * the outcome the journal recorded; one whose answer could not be recorded is reconciled from the
 * account's orders by the next run with the same journal.
 */
public final class JournalException extends OvhException {
  private static final long serialVersionUID = 1L;

  /** The journal file, as given. */
  private final String file;

  /**
   * Creates the exception.
   *
   * @param message what failed, naming the file
   * @param file the journal file
   * @param cause the underlying failure, or null
   */
  public JournalException(String message, String file, Throwable cause) {
    super(message, cause);
    this.file = file;
  }

  /**
   * The journal file.
   *
   * @return its path, as given to the apply
   */
  public String file() {
    return file;
  }
}
