package io.github.ovhrenewal.core;

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

  private final int httpStatus;
  private final String errorCode;
  private final String errorClass;
  private final String queryId;
  private final String serverMessage;
  private final String method;
  private final String path;

  /**
   * Creates the exception from an error answer.
   *
   * @param error what the server answered
   */
  public OvhApiException(ErrorResponse error) {
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
}
