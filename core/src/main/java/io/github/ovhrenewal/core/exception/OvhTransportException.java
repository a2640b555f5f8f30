package io.github.ovhrenewal.core.exception;

/**
 * No answer came from the server: the connection was refused, reset or timed out, or the host is
 * unknown. For a call that changes nothing it is safe to try again; an order or a payment whose
 * answer was lost is reported as {@link OrderOutcomeUnknownException} instead.
 */
public final class OvhTransportException extends OvhException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was being done, without secrets
   * @param cause the I/O failure
   */
  public OvhTransportException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates the exception for a call sent several times.
   *
   * @param message what was being done, without secrets
   * @param cause the last I/O failure
   * @param attempts how many times the call was sent
   */
  public OvhTransportException(String message, Throwable cause, int attempts) {
    super(message, cause, attempts);
  }
}
