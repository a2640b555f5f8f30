package io.github.ovhrenewal.core.exception;

/**
 * A renewal plan file cannot be read or written: it is missing, unreadable, not JSON, of a format
 * version this SDK does not read, or its content is not a consistent plan (a missing or invalid
 * field, a ready item without a price, prices that do not add up, a service listed twice, totals
 * that do not match the items). Nothing was sent to OVH.
 *
 * <p>The message names the file, the place in the document as a JSON path (e.g. {@code
 * $.items[3].period}) and what was expected there; it quotes at most a short excerpt of the file.
 */
public final class PlanFileException extends OvhException {
  private static final long serialVersionUID = 1L;

  /** The file (or what the JSON was read from). */
  private final String source;
  /** Where in the document, or null when the document itself could not be read or written. */
  private final String jsonPath;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, where, and what was expected
   * @param source the file, or what the JSON was read from
   * @param jsonPath where in the document, e.g. {@code $.items[3].period}, or null
   * @param cause the underlying failure, or null
   */
  public PlanFileException(String message, String source, String jsonPath, Throwable cause) {
    super(message, cause);
    this.source = source;
    this.jsonPath = jsonPath;
  }

  /**
   * The file, or what the JSON was read from.
   *
   * @return e.g. {@code plan.json}
   */
  public String source() {
    return source;
  }

  /**
   * Where in the document the problem is.
   *
   * @return a JSON path such as {@code $.items[3].period}, or null when the file itself could not
   *     be read or written
   */
  public String jsonPath() {
    return jsonPath;
  }
}
