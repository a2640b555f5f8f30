package io.github.ovhrenewal.examples.sandbox;

/**
 * The error bodies OVH sends, in its two shapes: {@code {"class","message"}} for business errors
 * and {@code {"errorCode","httpCode","message"}} for authentication errors.
 */
final class SandboxErrors {

  private SandboxErrors() {}

  static SandboxException invalidKey() {
    return authError(403, "INVALID_KEY", "Invalid application key");
  }

  static SandboxException invalidCredential() {
    return authError(403, "INVALID_CREDENTIAL", "This credential does not exist");
  }

  static SandboxException queryTimeOut() {
    return authError(400, "QUERY_TIME_OUT", "Query out of time");
  }

  static SandboxException invalidSignature() {
    return authError(400, "INVALID_SIGNATURE", "Invalid signature");
  }

  /** What OVH answers when a credential stops being valid, e.g. expired or revoked mid-call. */
  static SandboxException unauthorized() {
    return authError(401, "INVALID_CREDENTIAL", "This credential is not valid");
  }

  static SandboxException notGranted() {
    return authError(403, "NOT_GRANTED_CALL", "This call has not been granted");
  }

  static SandboxException invalidUrl() {
    return notFound("Got an invalid (or empty) URL");
  }

  static SandboxException notFound(String message) {
    return classError(404, "Client::NotFound", message);
  }

  static SandboxException badRequest(String message) {
    return classError(400, "Client::BadRequest", message);
  }

  static SandboxException conflict(String message) {
    return classError(409, "Client::Conflict", message);
  }

  static SandboxException internal() {
    return classError(500, "Server::InternalServerError", "Internal server error");
  }

  private static SandboxException authError(int status, String errorCode, String message) {
    String httpCode = status + " " + SandboxDispatcher.reason(status);
    return new SandboxException(SandboxAnswer.json(status, SandboxJson.write(w -> {
      w.beginObject();
      w.name("errorCode").value(errorCode);
      w.name("httpCode").value(httpCode);
      w.name("message").value(message);
      w.endObject();
    })));
  }

  private static SandboxException classError(int status, String errorClass, String message) {
    return new SandboxException(SandboxAnswer.json(status, SandboxJson.write(w -> {
      w.beginObject();
      w.name("class").value(errorClass);
      w.name("message").value(message);
      w.endObject();
    })));
  }
}
