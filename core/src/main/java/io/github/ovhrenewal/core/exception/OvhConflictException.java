package io.github.ovhrenewal.core.exception;

/** The request conflicts with the object's state (HTTP 409), e.g. an order that is already paid. */
public final class OvhConflictException extends OvhApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from an error answer.
   *
   * @param error what the server answered
   */
  OvhConflictException(ErrorResponse error) {
    super(error);
  }
}
