package io.github.ovhrenewal.examples.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * Routes each request to its handler after authentication, and turns every outcome, errors
 * included, into a response carrying {@code X-Ovh-QueryId}.
 */
final class SandboxDispatcher extends Dispatcher {

  private static final Logger LOG = Logger.getLogger(SandboxDispatcher.class.getName());

  private final SandboxAuthenticator authenticator;
  private final SandboxQueryIds queryIds;
  private final SandboxFaults faults;
  private final List<SandboxRoute> routes = new ArrayList<>();

  SandboxDispatcher(
      SandboxAuthenticator authenticator,
      SandboxQueryIds queryIds,
      SandboxFaults faults,
      List<List<SandboxRoute>> apis) {
    this.authenticator = authenticator;
    this.queryIds = queryIds;
    this.faults = faults;
    apis.forEach(routes::addAll);
  }

  @Override
  public MockResponse dispatch(RecordedRequest recorded) {
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
            .addHeader("Content-Type", answer.contentType())
            .body(answer.body());
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
