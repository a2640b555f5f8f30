package io.github.ovhrenewal.examples.sandbox;

import java.util.List;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okio.ByteString;

/**
 * What the handlers need from a recorded request, with the signed URL rebuilt exactly as the client
 * sent it.
 *
 * @param method the HTTP method
 * @param segments the decoded path segments after {@code /1.0}, or the whole path when it does not
 *     start with {@code /1.0} (then {@code underApi} is false)
 * @param underApi whether the path starts with {@code /1.0}
 * @param url the parsed URL, for query parameters
 * @param fullUrl the absolute URL as requested, for the signature
 * @param body the body as UTF-8 text, {@code ""} when none
 * @param request the raw request, for headers
 */
record SandboxRequest(
    String method,
    List<String> segments,
    boolean underApi,
    HttpUrl url,
    String fullUrl,
    String body,
    RecordedRequest request) {

  static SandboxRequest of(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    List<String> all = url.pathSegments();
    boolean underApi = !all.isEmpty() && all.get(0).equals("1.0");
    List<String> segments = underApi ? all.subList(1, all.size()) : all;
    ByteString body = request.getBody();
    return new SandboxRequest(
        request.getMethod(),
        List.copyOf(segments),
        underApi,
        url,
        fullUrl(request),
        body == null ? "" : body.utf8(),
        request);
  }

  /**
   * The client signs the URL it requested, byte for byte: rebuild it from the Host header and the
   * request target rather than from a re-encoded HttpUrl, or encoding differences would hide bugs.
   */
  private static String fullUrl(RecordedRequest request) {
    String target = request.getTarget();
    if (target.startsWith("http://") || target.startsWith("https://")) {
      return target;
    }
    String host = request.getHeaders().get("Host");
    if (host == null) {
      host = request.getUrl().host() + ":" + request.getUrl().port();
    }
    return "http://" + host + target;
  }

  String header(String name) {
    return request.getHeaders().get(name);
  }

  /** The path relative to the API root, as access rules see it: {@code /service/12345/renew}. */
  String apiPath() {
    return "/" + String.join("/", segments);
  }
}
