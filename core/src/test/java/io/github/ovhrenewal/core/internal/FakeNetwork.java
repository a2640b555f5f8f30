package io.github.ovhrenewal.core.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The network of an OkHttp client in the engine's unit tests: the innermost interceptor, it never
 * proceeds, records every request that reaches it and answers them from a script, in turn (once
 * the script is used up, the last answer again). Every body it hands out records whether it was closed, so that a test can
 * check that an answer an interceptor discards is closed.
 */
final class FakeNetwork implements Interceptor {
  /** One scripted outcome: an answer or a failure. */
  private interface Outcome {
    Response apply(Request request) throws IOException;
  }

  private final Deque<Outcome> script = new ArrayDeque<>();
  private Outcome last;
  private final List<Request> requests = new ArrayList<>();
  private final List<TrackedBody> bodies = new ArrayList<>();

  /** Answers with this status and a JSON body. */
  FakeNetwork answer(int code, String json) {
    return answer(code, "application/json; charset=utf-8", json);
  }

  /** Answers with this status, content type and body (whose length is declared). */
  FakeNetwork answer(int code, String contentType, String body) {
    return answer(code, contentType, body, true);
  }

  /** Answers with this status, content type and body, its length declared or not (as a chunked one). */
  FakeNetwork answer(int code, String contentType, String body, boolean declareLength) {
    script.add(request -> respond(request, code, contentType, body, declareLength, null));
    return this;
  }

  /** Answers with this status, a JSON body and one more header. */
  FakeNetwork answer(int code, String json, String header, String value) {
    script.add(request -> respond(request, code, "application/json; charset=utf-8", json, true, new String[] {header, value}));
    return this;
  }

  /** Fails the exchange with this exception, as a broken connection would. */
  FakeNetwork fail(IOException failure) {
    script.add(request -> {
      throw failure;
    });
    return this;
  }

  @Override
  public synchronized Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    requests.add(request);
    Outcome next = script.poll();
    if (next == null) {
      next = last;
    } else {
      last = next;
    }
    if (next == null) {
      throw new IllegalStateException("no answer scripted for " + request.method() + " " + request.url());
    }
    return next.apply(request);
  }

  private synchronized Response respond(Request request, int code, String contentType, String body, boolean declareLength,
      String[] header) {
    TrackedBody tracked = new TrackedBody(body, contentType == null ? null : MediaType.get(contentType), declareLength);
    bodies.add(tracked);
    Response.Builder response = new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(code)
        .message("fake " + code)
        .body(tracked);
    if (contentType != null) {
      response.header("Content-Type", contentType);
    }
    if (header != null) {
      response.header(header[0], header[1]);
    }
    return response.build();
  }

  /** The requests that reached the network, oldest first. */
  synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Whether the body of the answer number {@code index} (from 0) was closed. */
  synchronized boolean closed(int index) {
    return bodies.get(index).closed;
  }

  /** A client whose interceptors are these, in this order, in front of this network. */
  OkHttpClient client(Interceptor... underTest) {
    OkHttpClient.Builder builder = new OkHttpClient.Builder();
    for (Interceptor interceptor : underTest) {
      builder.addInterceptor(interceptor);
    }
    return builder.addInterceptor(this).build();
  }

  /** A body that records its closing. */
  private static final class TrackedBody extends ResponseBody {
    private final Buffer buffer;
    private final MediaType type;
    private final long length;
    private volatile boolean closed;

    TrackedBody(String text, MediaType type, boolean declareLength) {
      this.buffer = new Buffer().writeUtf8(text);
      this.type = type;
      this.length = declareLength ? buffer.size() : -1;
    }

    @Override
    public MediaType contentType() {
      return type;
    }

    @Override
    public long contentLength() {
      return length;
    }

    @Override
    public BufferedSource source() {
      return buffer;
    }

    @Override
    public void close() {
      closed = true;
      super.close();
    }
  }
}
