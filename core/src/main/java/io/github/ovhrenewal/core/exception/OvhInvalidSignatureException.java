package io.github.ovhrenewal.core.exception;

/**
 * The server refused the request's signature (HTTP 400 {@code INVALID_SIGNATURE}) or its timestamp
 * ({@code QUERY_TIME_OUT}). Usual causes: a wrong application secret, a consumer key that was
 * never validated, or a clock far from OVH's.
 */
public final class OvhInvalidSignatureException extends OvhApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from an error answer.
   *
   * @param error what the server answered
   */
  OvhInvalidSignatureException(ErrorResponse error) {
    super(error);
  }

  /**
   * Whether the timestamp, not the signature, was refused.
   *
   * @return true for {@code QUERY_TIME_OUT}
   */
  public boolean isQueryTimeOut() {
    return "QUERY_TIME_OUT".equals(errorCode());
  }
}
