package io.github.ovhrenewal.core.exception;

import io.github.ovhrenewal.core.config.AccessRules;

/**
 * An error answer of the OVH API, as read from its status, headers and body. Both body shapes
 * OVH sends are read: {@code {"class":"Client::NotFound","message":"…"}} and
 * {@code {"errorCode":"INVALID_SIGNATURE","httpCode":"400 Bad Request","message":"…"}}.
 *
 * @param httpStatus the HTTP status
 * @param errorCode OVH's {@code errorCode}, or null
 * @param errorClass OVH's {@code class}, or null
 * @param message the server's message, or a description of a body that is not OVH's JSON
 * @param queryId the {@code X-Ovh-QueryId} header, or null
 * @param method the request's HTTP method
 * @param path the request's path
 * @param attempts how many times the request was sent, retries included
 */
public record ErrorResponse(
    int httpStatus,
    String errorCode,
    String errorClass,
    String message,
    String queryId,
    String method,
    String path,
    int attempts) {

  /**
   * The exception message: what failed, the server's words, the code, and the query id last. For
   * {@code NOT_GRANTED_CALL}, it also says which method and path the credentials lack a rule for
   * and how to check and fix their rules.
   *
   * @return e.g. {@code "GET /1.0/service/9 failed: HTTP 404, Client::NotFound: The requested object does not exist [queryId: EU.ext-1.abc]"}
   */
  public String describe() {
    StringBuilder text = new StringBuilder();
    text.append(method).append(' ').append(path).append(" failed");
    if (attempts > 1) {
      text.append(" after ").append(attempts).append(" attempts");
    }
    text.append(": HTTP ").append(httpStatus);
    if (errorCode != null) {
      text.append(", ").append(errorCode);
    }
    if (errorClass != null) {
      text.append(", ").append(errorClass);
    }
    if (message != null && !message.isBlank()) {
      text.append(": ").append(message);
    }
    if (isNotGrantedCall()) {
      // The most common support question: say what was refused and how to check and fix it.
      text.append(". The credentials have no access rule for ").append(method).append(' ').append(rulePath(path))
          .append(": list the consumer key's rules with client.auth().currentCredential() (or `ovh-renew whoami`);")
          .append(" a consumer key with every rule renewing needs is created with")
          .append(" client.auth().createConsumerKey(AccessRules.renewal(), …) (or `ovh-renew create-consumer-key --rules renewal`);")
          .append(" an OAuth2 service account needs the action allowed by an IAM policy");
    }
    text.append(" [queryId: ").append(queryId == null ? "none" : queryId).append(']');
    return text.toString();
  }

  private boolean isNotGrantedCall() {
    return "NOT_GRANTED_CALL".equals(errorCode)
        || (errorCode == null && httpStatus == 403 && message != null && message.contains("has not been granted"));
  }

  /** Access rules name paths without the API version prefix: {@code /1.0/service/1} is ruled as {@code /service/1}. */
  private static String rulePath(String path) {
    return path == null ? "" : path.replaceFirst("^/(1\\.0|v1|v2)(?=/)", "");
  }
}
