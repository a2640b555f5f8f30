package io.github.ovhrenewal.core.exception;

/** The service has expired (HTTP 460). */
public final class OvhServiceExpiredException extends OvhApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from an error answer.
   *
   * @param error what the server answered
   */
  OvhServiceExpiredException(ErrorResponse error) {
    super(error);
  }
}
