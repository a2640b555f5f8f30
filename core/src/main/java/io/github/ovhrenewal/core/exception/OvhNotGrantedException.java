package io.github.ovhrenewal.core.exception;

/** The credentials may not make this call (HTTP 401 or 403: {@code NOT_GRANTED_CALL}, {@code NOT_CREDENTIAL}, {@code INVALID_KEY}, {@code INVALID_CREDENTIAL}, {@code FORBIDDEN}). For {@code NOT_GRANTED_CALL} the consumer key lacks a rule for this method and path: {@code GET /auth/currentCredential} lists its rules. */
public final class OvhNotGrantedException extends OvhApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from an error answer.
   *
   * @param error what the server answered
   */
  OvhNotGrantedException(ErrorResponse error) {
    super(error);
  }
}
