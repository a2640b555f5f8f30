package io.github.ovhrenewal.examples.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import com.squareup.moshi.Moshi;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A minimal OVH client for the sandbox tests: plain OkHttp and its own signing, so that the tests
 * do not depend on the SDK. Immutable; the {@code with*} methods derive variants.
 */
final class SandboxTestClient {

  /** Reads an answer as it streams, for bodies too large to hold. */
  interface StreamReader<T> {
    T read(Response response) throws IOException;
  }

  /** One answer, fully read. */
  record Answer(int code, String body, Headers headers) {

    Object json() {
      try {
        return new Moshi.Builder().build().adapter(Object.class).fromJson(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object() {
      return (Map<String, Object>) json();
    }

    @SuppressWarnings("unchecked")
    List<Object> array() {
      return (List<Object>) json();
    }

    /** The field {@code name} of every object of a JSON array answer. */
    List<Object> pluck(String name) {
      return array().stream().map(item -> ((Map<?, ?>) item).get(name)).collect(Collectors.toList());
    }
  }

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  // No retry on connection failure: a dropped POST must surface as an IOException, once.
  private static final OkHttpClient HTTP =
      new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

  private final OkHttpClient http;
  private final String baseUrl;
  private final String applicationKey;
  private final String secret;
  private final String consumerKey;
  private final Long timestamp;

  private SandboxTestClient(
      OkHttpClient http,
      String baseUrl,
      String applicationKey,
      String secret,
      String consumerKey,
      Long timestamp) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.applicationKey = applicationKey;
    this.secret = secret;
    this.consumerKey = consumerKey;
    this.timestamp = timestamp;
  }

  static SandboxTestClient of(OvhSandbox sandbox) {
    return new SandboxTestClient(
        HTTP,
        sandbox.baseUrl(), sandbox.applicationKey(), sandbox.applicationSecret(),
        sandbox.consumerKey(), null);
  }

  SandboxTestClient withApplicationKey(String key) {
    return new SandboxTestClient(http, baseUrl, key, secret, consumerKey, timestamp);
  }

  SandboxTestClient withSecret(String newSecret) {
    return new SandboxTestClient(http, baseUrl, applicationKey, newSecret, consumerKey, timestamp);
  }

  SandboxTestClient withConsumerKey(String key) {
    return new SandboxTestClient(http, baseUrl, applicationKey, secret, key, timestamp);
  }

  /** A fixed timestamp instead of the local clock. */
  SandboxTestClient withTimestamp(long unixSeconds) {
    return new SandboxTestClient(http, baseUrl, applicationKey, secret, consumerKey, unixSeconds);
  }

  /** OkHttp's default: a failed call on a pooled connection is silently retried. */
  SandboxTestClient retryingOnConnectionFailure() {
    return new SandboxTestClient(
        HTTP.newBuilder().retryOnConnectionFailure(true).build(),
        baseUrl, applicationKey, secret, consumerKey, timestamp);
  }

  Answer get(String path) throws IOException {
    return call("GET", path, null);
  }

  /** A signed GET carrying these extra headers too, outside the signature as OVH's are. */
  Answer get(String path, Map<String, String> headers) throws IOException {
    return execute(withHeaders(signedRequest("GET", path, null, baseUrl + path, ""), headers));
  }

  /** {@link #getStreaming(String, StreamReader)} with extra unsigned headers. */
  <T> T getStreaming(String path, Map<String, String> headers, StreamReader<T> reader) throws IOException {
    try (Response response =
        http.newCall(withHeaders(signedRequest("GET", path, null, baseUrl + path, ""), headers)).execute()) {
      return reader.read(response);
    }
  }

  private static Request withHeaders(Request request, Map<String, String> headers) {
    Request.Builder builder = request.newBuilder();
    headers.forEach(builder::header);
    return builder.build();
  }

  Answer post(String path, String body) throws IOException {
    return call("POST", path, body);
  }

  /** A call with no OVH header at all. */
  Answer unsigned(String method, String path, String body) throws IOException {
    return execute(new Request.Builder().url(baseUrl + path).method(method, body(body)).build());
  }

  /** An unsigned POST carrying only X-Ovh-Application, as {@code POST /auth/credential} is. */
  Answer unsignedWithApplication(String path, String body) throws IOException {
    return execute(
        new Request.Builder()
            .url(baseUrl + path)
            .post(body(body))
            .header("X-Ovh-Application", applicationKey)
            .build());
  }

  Answer call(String method, String path, String body) throws IOException {
    return callSigning(method, path, body, baseUrl + path, body == null ? "" : body);
  }

  /** A signed GET whose answer {@code reader} consumes as it streams; the answer is closed after. */
  <T> T getStreaming(String path, StreamReader<T> reader) throws IOException {
    try (Response response = http.newCall(signedRequest("GET", path, null, baseUrl + path, "")).execute()) {
      return reader.read(response);
    }
  }

  /** Sends {@code path} and {@code body} but signs {@code signedUrl} and {@code signedBody}. */
  Answer callSigning(String method, String path, String body, String signedUrl, String signedBody)
      throws IOException {
    return execute(signedRequest(method, path, body, signedUrl, signedBody));
  }

  private Request signedRequest(String method, String path, String body, String signedUrl, String signedBody) {
    String ts = Long.toString(timestamp != null ? timestamp : Instant.now().getEpochSecond());
    return new Request.Builder()
        .url(baseUrl + path)
        .method(method, body(body))
        .header("X-Ovh-Application", applicationKey)
        .header("X-Ovh-Consumer", consumerKey)
        .header("X-Ovh-Timestamp", ts)
        .header("X-Ovh-Signature", sign(secret, consumerKey, method, signedUrl, signedBody, ts))
        .build();
  }

  static String sign(
      String secret, String consumerKey, String method, String url, String body, String ts) {
    String toSign = String.join("+", secret, consumerKey, method, url, body, ts);
    try {
      return "$1$"
          + HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-1")
                      .digest(toSign.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static RequestBody body(String body) {
    return body == null ? null : RequestBody.create(body, JSON);
  }

  private Answer execute(Request request) throws IOException {
    try (Response response = http.newCall(request).execute()) {
      return new Answer(response.code(), response.body().string(), response.headers());
    }
  }
}
