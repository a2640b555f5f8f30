package io.github.ovhrenewal.core.exception;

/** The object asked for does not exist (HTTP 404, {@code Client::NotFound}): a wrong service id, service name or order id. */
public final class OvhNotFoundException extends OvhApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from an error answer.
   *
   * @param error what the server answered
   */
  OvhNotFoundException(ErrorResponse error) {
    super(error);
  }
}
