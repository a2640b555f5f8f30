package io.github.ovhrenewal.examples.sandbox;

/**
 * What the sandbox answers, before it becomes a MockResponse: kept free of mockwebserver types so
 * that handlers stay plain functions of the state.
 *
 * @param status HTTP status code
 * @param body the body text, JSON unless {@code contentType} says otherwise
 * @param contentType the Content-Type header value
 * @param dropConnection true to close the socket instead of answering (fault injection)
 */
record SandboxAnswer(int status, String body, String contentType, boolean dropConnection) {

  static final String JSON = "application/json; charset=utf-8";

  static SandboxAnswer json(int status, String body) {
    return new SandboxAnswer(status, body, JSON, false);
  }

  static SandboxAnswer ok(String body) {
    return json(200, body);
  }

  /** OVH answers a JSON {@code null} for operations declared {@code void}. */
  static SandboxAnswer okVoid() {
    return json(200, "null");
  }

  SandboxAnswer dropped() {
    return new SandboxAnswer(status, body, contentType, true);
  }
}
