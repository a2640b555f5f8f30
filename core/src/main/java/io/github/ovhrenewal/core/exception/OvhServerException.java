package io.github.ovhrenewal.core.exception;

/** The server failed (HTTP 5xx), or a proxy in front of it answered. */
public final class OvhServerException extends OvhApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from an error answer.
   *
   * @param error what the server answered
   */
  OvhServerException(ErrorResponse error) {
    super(error);
  }
}
