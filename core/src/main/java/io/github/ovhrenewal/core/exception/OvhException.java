package io.github.ovhrenewal.core.exception;

/**
 * The root of every exception this SDK throws for a failed call (all unchecked).
 *
 * <ul>
 *   <li>{@link OvhApiException}: the server answered with an error; its subclasses say why.
 *   <li>{@link OvhTransportException}: no answer came (connection refused, timeout, reset).
 *   <li>{@link OrderOutcomeUnknownException}: an order or payment was sent and no answer came back;
 *       it may exist. Never retried by the SDK.
 *   <li>{@link OvhDecodingException}: an answer came but is not what the API reference says.
 * </ul>
 *
 * Bad arguments fail earlier, with {@link IllegalArgumentException}, before anything is sent.
 * No message of this tree ever contains a secret.
 */
public class OvhException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** How many times the call was sent, at least 1. */
  private final int attempts;

  /**
   * Creates an exception for a call tried once.
   *
   * @param message what failed, without secrets
   * @param cause the underlying failure, or null
   */
  OvhException(String message, Throwable cause) {
    this(message, cause, 1);
  }

  /**
   * Creates an exception.
   *
   * @param message what failed, without secrets
   * @param cause the underlying failure, or null
   * @param attempts how many times the call was sent, retries included
   */
  OvhException(String message, Throwable cause, int attempts) {
    super(message, cause);
    this.attempts = Math.max(1, attempts);
  }

  /**
   * How many times the failed call was sent, retries included.
   *
   * @return at least 1
   */
  public int attempts() {
    return attempts;
  }
}
