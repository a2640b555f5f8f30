package io.github.ovhrenewal.core.exception;

/** The server refused the request's parameters (HTTP 400, {@code Client::BadRequest}), e.g. a period or a set of services that is not offered. */
public final class OvhBadParametersException extends OvhApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from an error answer.
   *
   * @param error what the server answered
   */
  OvhBadParametersException(ErrorResponse error) {
    super(error);
  }
}
