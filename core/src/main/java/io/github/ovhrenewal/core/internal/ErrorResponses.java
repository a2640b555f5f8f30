package io.github.ovhrenewal.core.internal;

import io.github.ovhrenewal.core.exception.ErrorResponse;
import io.github.ovhrenewal.core.exception.OvhApiException;
import io.github.ovhrenewal.core.exception.OvhBadParametersException;
import io.github.ovhrenewal.core.exception.OvhConflictException;
import io.github.ovhrenewal.core.exception.OvhInvalidSignatureException;
import io.github.ovhrenewal.core.exception.OvhNotFoundException;
import io.github.ovhrenewal.core.exception.OvhNotGrantedException;
import io.github.ovhrenewal.core.exception.OvhRateLimitedException;
import io.github.ovhrenewal.core.exception.OvhServerException;
import io.github.ovhrenewal.core.exception.OvhServiceExpiredException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Turns an error answer into the typed exception of its cause.
 *
 * <p>OVH sends two JSON shapes ({@code class}+{@code message}, or {@code errorCode}+{@code httpCode}+{@code message});
 * proxies send HTML. Whatever the body, the result is an {@link OvhApiException} of the status's
 * type, never a parse failure.
 *
 * <p>Internal: not part of the SDK's API.
 */
final class ErrorResponses {
  /** The header OVH support asks for. */
  public static final String QUERY_ID = "X-Ovh-QueryId";

  private static final int EXCERPT = 200;

  private ErrorResponses() {}

  /**
   * Reads an error answer.
   *
   * @param status the HTTP status
   * @param queryId the {@code X-Ovh-QueryId} header, or null
   * @param contentType the body's content type, or null
   * @param body the body text, or null
   * @param method the request's method
   * @param path the request's path
   * @param attempts how many times the request was sent
   * @return what the server said
   */
  public static ErrorResponse read(
      int status, String queryId, String contentType, String body, String method, String path, int attempts) {
    Map<?, ?> json = JsonObjects.parse(body);
    if (json == null) {
      String what = body == null || body.isBlank()
          ? "empty body"
          : "body is not OVH's JSON (" + (contentType == null ? "no content type" : contentType) + "): " + excerpt(body);
      return new ErrorResponse(status, null, null, what, queryId, method, path, attempts);
    }
    return new ErrorResponse(
        status, JsonObjects.text(json, "errorCode"), JsonObjects.text(json, "class"), JsonObjects.text(json, "message"),
        queryId, method, path, attempts);
  }

  /**
   * The exception for an error answer, by status and OVH code.
   *
   * @param error what the server said
   * @param retryAfter the {@code Retry-After} header, or null
   * @return the exception to throw
   */
  public static OvhApiException toException(ErrorResponse error, String retryAfter) {
    return OvhApiException.from(error, parseRetryAfter(retryAfter));
  }

  /**
   * Reads {@code Retry-After}: delay-seconds or an HTTP date.
   *
   * @param header the header value, or null
   * @return the delay, or null when absent or unreadable
   */
  public static Duration parseRetryAfter(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.trim();
    try {
      long seconds = Long.parseLong(value);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        Duration delay = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
        return delay.isNegative() ? Duration.ZERO : delay;
      } catch (RuntimeException notDate) {
        return null;
      }
    }
  }

  /**
   * The start of a body, on one line, for messages, with secret values (order passwords, tokens)
   * redacted as in the wire log: exception messages end up in logs too.
   *
   * @param body the body
   * @return at most 200 characters
   */
  public static String excerpt(String body) {
    if (body == null) {
      return null;
    }
    String oneLine = WireLog.redact(body.replaceAll("\\s+", " ").trim());
    return oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT) + "…";
  }
}
