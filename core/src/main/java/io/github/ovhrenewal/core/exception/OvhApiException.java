package io.github.ovhrenewal.core.exception;

import java.time.Duration;

/**
 * The OVH API answered with an error status. Carries what OVH support asks for: the HTTP status,
 * OVH's {@code errorCode} or {@code class}, and the {@code X-Ovh-QueryId} of the answer, which also
 * ends the message.
 *
 * <p>Subclasses name the cause: {@link OvhNotFoundException}, {@link OvhBadParametersException},
 * {@link OvhInvalidSignatureException}, {@link OvhNotGrantedException}, {@link OvhConflictException},
 * {@link OvhServiceExpiredException}, {@link OvhRateLimitedException}, {@link OvhServerException}.
 */
public class OvhApiException extends OvhException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status of the answer. */
  private final int httpStatus;
  /** OVH's {@code errorCode}, or null. */
  private final String errorCode;
  /** OVH's error {@code class}, or null. */
  private final String errorClass;
  /** The answer's {@code X-Ovh-QueryId}, or null. */
  private final String queryId;
  /** The server's message, or a description of a non-JSON body. */
  private final String serverMessage;
  /** The HTTP method of the refused request. */
  private final String method;
  /** The path of the refused request, without scheme, host or query. */
  private final String path;

  /**
   * Creates the exception from an error answer.
   *
   * @param error what the server answered
   */
  OvhApiException(ErrorResponse error) {
    super(error.describe(), null, error.attempts());
    this.httpStatus = error.httpStatus();
    this.errorCode = error.errorCode();
    this.errorClass = error.errorClass();
    this.queryId = error.queryId();
    this.serverMessage = error.message();
    this.method = error.method();
    this.path = error.path();
  }

  /**
   * The HTTP status of the answer, e.g. 404.
   *
   * @return the status
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * OVH's {@code errorCode} (e.g. {@code INVALID_SIGNATURE}, {@code NOT_GRANTED_CALL}).
   *
   * @return the code, or null when the answer had none (it may have a {@link #errorClass()})
   */
  public String errorCode() {
    return errorCode;
  }

  /**
   * OVH's error {@code class} (e.g. {@code Client::NotFound}).
   *
   * @return the class, or null when the answer had none
   */
  public String errorClass() {
    return errorClass;
  }

  /**
   * The {@code X-Ovh-QueryId} header of the answer, which OVH support asks for.
   *
   * @return the query id, or null when the answer had none (e.g. from a proxy)
   */
  public String queryId() {
    return queryId;
  }

  /**
   * The server's own message, e.g. {@code "This call has not been granted"}.
   *
   * @return the message, or a description of the non-JSON body
   */
  public String serverMessage() {
    return serverMessage;
  }

  /**
   * The HTTP method of the refused request.
   *
   * @return e.g. {@code "POST"}
   */
  public String method() {
    return method;
  }

  /**
   * The path of the refused request, without scheme, host or query.
   *
   * @return e.g. {@code "/1.0/service/112233/renew"}
   */
  public String path() {
    return path;
  }

  /**
   * The exception for an error answer, by OVH code and HTTP status: an invalid signature or
   * refused timestamp, then 401/403, 404, 409, 429, 460, 5xx, 400, and this class for the rest.
   *
   * @param error what the server answered
   * @param retryAfter the server's {@code Retry-After} delay, or null
   * @return the exception to throw
   */
  public static OvhApiException from(ErrorResponse error, Duration retryAfter) {
    int status = error.httpStatus();
    String code = error.errorCode() == null ? "" : error.errorCode();
    if (code.equals("INVALID_SIGNATURE") || code.equals("QUERY_TIME_OUT")) {
      return new OvhInvalidSignatureException(error);
    }
    if (status == 401 || status == 403) {
      return new OvhNotGrantedException(error);
    }
    if (status == 404) {
      return new OvhNotFoundException(error);
    }
    if (status == 409) {
      return new OvhConflictException(error);
    }
    if (status == 429) {
      return new OvhRateLimitedException(error, retryAfter);
    }
    if (status == 460) {
      return new OvhServiceExpiredException(error);
    }
    if (status >= 500) {
      return new OvhServerException(error);
    }
    if (status == 400) {
      return new OvhBadParametersException(error);
    }
    return new OvhApiException(error);
  }
}
