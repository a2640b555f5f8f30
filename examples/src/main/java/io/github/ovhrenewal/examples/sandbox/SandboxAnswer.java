package io.github.ovhrenewal.examples.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the sandbox answers, before it becomes a MockResponse: kept free of mockwebserver types so
 * that handlers stay plain functions of the state.
 *
 * @param status HTTP status code
 * @param body the body text, JSON unless {@code contentType} says otherwise; ignored when
 *     {@code stream} is set
 * @param contentType the Content-Type header value
 * @param dropConnection true to close the socket instead of answering (fault injection)
 * @param headers headers beyond Content-Type and X-Ovh-QueryId, in order
 * @param stream a large JSON array written as the client reads it, or null for {@code body}
 */
record SandboxAnswer(
    int status,
    String body,
    String contentType,
    boolean dropConnection,
    Map<String, String> headers,
    SandboxJsonArrayBody stream) {

  static final String JSON = "application/json; charset=utf-8";

  SandboxAnswer {
    headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  SandboxAnswer(int status, String body, String contentType, boolean dropConnection) {
    this(status, body, contentType, dropConnection, Map.of(), null);
  }

  static SandboxAnswer json(int status, String body) {
    return new SandboxAnswer(status, body, JSON, false);
  }

  static SandboxAnswer ok(String body) {
    return json(200, body);
  }

  /** A 200 whose JSON array body is streamed, with these extra headers. */
  static SandboxAnswer streamed(SandboxJsonArrayBody stream, Map<String, String> headers) {
    return new SandboxAnswer(200, "", JSON, false, headers, stream);
  }

  /** OVH answers a JSON {@code null} for operations declared {@code void}. */
  static SandboxAnswer okVoid() {
    return json(200, "null");
  }

  SandboxAnswer dropped() {
    return new SandboxAnswer(status, body, contentType, true, headers, stream);
  }
}
