package io.github.ovhrenewal.core;

/** The service has expired (HTTP 460). */
public class OvhServiceExpiredException extends OvhApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from an error answer.
   *
   * @param error what the server answered
   */
  public OvhServiceExpiredException(ErrorResponse error) {
    super(error);
  }
}
