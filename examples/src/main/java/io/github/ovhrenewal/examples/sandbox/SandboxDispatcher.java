package io.github.ovhrenewal.examples.sandbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.BufferedSink;

/**
 * Routes each request to its handler after authentication, and turns every outcome, errors
 * included, into a response carrying {@code X-Ovh-QueryId}.
 */
final class SandboxDispatcher extends Dispatcher {

  private static final Logger LOG = Logger.getLogger(SandboxDispatcher.class.getName());

  private final SandboxAuthenticator authenticator;
  private final SandboxQueryIds queryIds;
  private final SandboxFaults faults;
  private final SandboxTraffic traffic;
  // Drops the requests MockWebServer keeps for takeRequest, which the sandbox never reads: without
  // it, a long session or a fleet scan would hold every one of them in memory.
  private final Runnable forgetRecorded;
  private final List<SandboxRoute> routes = new ArrayList<>();

  SandboxDispatcher(
      SandboxAuthenticator authenticator,
      SandboxQueryIds queryIds,
      SandboxFaults faults,
      SandboxTraffic traffic,
      Runnable forgetRecorded,
      List<List<SandboxRoute>> apis) {
    this.authenticator = authenticator;
    this.queryIds = queryIds;
    this.faults = faults;
    this.traffic = traffic;
    this.forgetRecorded = forgetRecorded;
    apis.forEach(routes::addAll);
  }

  @Override
  public MockResponse dispatch(RecordedRequest recorded) {
    forgetRecorded.run();
    traffic.started(recorded.getMethod(), path(recorded));
    try {
      return handle(recorded);
    } finally {
      traffic.finished();
    }
  }

  /** The path as routes and access rules see it, relative to the API root when under it. */
  private static String path(RecordedRequest recorded) {
    List<String> segments = recorded.getUrl().pathSegments();
    if (!segments.isEmpty() && segments.get(0).equals("1.0")) {
      segments = segments.subList(1, segments.size());
    }
    return "/" + String.join("/", segments);
  }

  private MockResponse handle(RecordedRequest recorded) {
    SandboxAnswer answer;
    SandboxRequest request = null;
    try {
      request = SandboxRequest.of(recorded);
      answer = answer(request);
    } catch (SandboxException e) {
      answer = e.answer();
    } catch (RuntimeException e) {
      // A sandbox bug must still answer, or the client would hang; the log names no credential.
      LOG.log(Level.WARNING, "sandbox failure on " + recorded.getMethod(), e);
      answer = SandboxErrors.internal().answer();
    }
    // The call was carried out above, state changes included; only its answer is replaced.
    SandboxStreamedBody streamed = request == null ? null : faults.takeBodyFault(request);
    return streamed == null ? toResponse(answer) : toResponse(streamed);
  }

  private SandboxAnswer answer(SandboxRequest request) {
    if (!request.underApi()) {
      if (request.method().equals("GET")
          && request.segments().equals(List.of("validate"))) {
        // The validationUrl of POST /auth/credential: keys are usable at once, nothing to do.
        return new SandboxAnswer(
            200, "<html><body>Credential validated (sandbox).</body></html>",
            "text/html; charset=utf-8", false);
      }
      throw SandboxErrors.invalidUrl();
    }
    if (faults.isServicesApiMissing() && !request.segments().isEmpty()
        && request.segments().get(0).equals("services")) {
      // As an endpoint without the API: an unknown path, refused before authentication.
      throw SandboxErrors.invalidUrl();
    }
    for (SandboxRoute route : routes) {
      List<String> vars = route.match(request.method(), request.segments());
      if (vars != null) {
        SandboxCredential credential =
            route.signed() ? authenticator.authenticate(request) : null;
        return route.handler().handle(new SandboxRoute.Call(request, vars, credential));
      }
    }
    throw SandboxErrors.invalidUrl();
  }

  private MockResponse toResponse(SandboxAnswer answer) {
    MockResponse.Builder builder =
        new MockResponse.Builder()
            .status("HTTP/1.1 " + answer.status() + " " + reason(answer.status()))
            .addHeader("X-Ovh-QueryId", queryIds.next())
            .addHeader("Content-Type", answer.contentType());
    answer.headers().forEach(builder::addHeader);
    if (answer.stream() == null) {
      builder.body(answer.body());
    } else {
      builder.body(streamed(answer.stream()));
    }
    if (answer.dropConnection()) {
      builder.onResponseStart(new SocketEffect.CloseSocket());
    }
    return builder.build();
  }

  private MockResponse toResponse(SandboxStreamedBody body) {
    MockResponse.Builder builder =
        new MockResponse.Builder()
            .status("HTTP/1.1 200 OK")
            .addHeader("X-Ovh-QueryId", queryIds.next())
            .addHeader("Content-Type", SandboxAnswer.JSON)
            .body(body);
    if (body.isEndless()) {
      // body() set Content-Length from the body, -1 here; an endless body is chunked instead.
      builder.removeHeader("Content-Length").addHeader("Transfer-Encoding", "chunked");
    }
    return builder.build();
  }

  private static MockResponseBody streamed(SandboxJsonArrayBody body) {
    return new MockResponseBody() {
      @Override
      public long getContentLength() {
        return body.length();
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        body.writeTo(sink);
      }
    };
  }

  /** OVH's reason phrases; MockWebServer would say "Client Error" for every 4xx. */
  static String reason(int status) {
    switch (status) {
      case 200:
        return "OK";
      case 400:
        return "Bad Request";
      case 401:
        return "Unauthorized";
      case 403:
        return "Forbidden";
      case 404:
        return "Not Found";
      case 409:
        return "Conflict";
      default:
        return "Internal Server Error";
    }
  }
}
