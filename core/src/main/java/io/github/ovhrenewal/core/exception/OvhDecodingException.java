package io.github.ovhrenewal.core.exception;

/**
 * The server answered, but not with what the API reference describes: truncated or malformed
 * JSON, wrong types, an HTML page, an empty body. Carries the query id and a short excerpt.
 */
public final class OvhDecodingException extends OvhException {
  private static final long serialVersionUID = 1L;

  /** The answer's {@code X-Ovh-QueryId}, or null. */
  private final String queryId;
  /** The start of the body that could not be read, or null. */
  private final String excerpt;

  /**
   * Creates the exception.
   *
   * @param message what could not be read, ending with the query id
   * @param queryId the answer's {@code X-Ovh-QueryId}, or null
   * @param excerpt the start of the body, or null
   * @param cause the parser's failure
   */
  public OvhDecodingException(String message, String queryId, String excerpt, Throwable cause) {
    super(message, cause);
    this.queryId = queryId;
    this.excerpt = excerpt;
  }

  /**
   * The answer's {@code X-Ovh-QueryId}.
   *
   * @return the query id, or null
   */
  public String queryId() {
    return queryId;
  }

  /**
   * The start of the body that could not be read.
   *
   * @return at most a few hundred characters, or null
   */
  public String excerpt() {
    return excerpt;
  }
}
