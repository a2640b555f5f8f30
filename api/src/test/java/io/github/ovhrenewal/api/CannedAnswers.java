package io.github.ovhrenewal.api;

import io.github.ovhrenewal.api.json.OvhJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Answers each call with the next canned JSON and keeps the request Retrofit built, so that an
 * interface test sees the exact method, URL, headers and body bytes without any network.
 */
final class CannedAnswers implements Interceptor {
  static final String BASE_URL = "https://eu.api.ovh.com/1.0/";
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final Deque<Answer> answers = new ArrayDeque<>();
  private final List<Request> requests = new ArrayList<>();

  private record Answer(String body, Headers headers) {}

  /** Queues an answer of status 200 with this JSON body. */
  CannedAnswers answer(String json) {
    return answer(json, Headers.of());
  }

  /** Queues an answer of status 200 with this JSON body and these headers. */
  CannedAnswers answer(String json, Headers headers) {
    answers.add(new Answer(json, headers));
    return this;
  }

  /** Builds an interface the way the SDK does, over this fake. */
  <T> T create(Class<T> api) {
    return new Retrofit.Builder()
        .baseUrl(BASE_URL)
        .client(new OkHttpClient.Builder().addInterceptor(this).build())
        .addConverterFactory(MoshiConverterFactory.create(OvhJson.moshi()))
        .build()
        .create(api);
  }

  /** The only request made so far. */
  Request onlyRequest() {
    if (requests.size() != 1) {
      throw new AssertionError("expected one request, got " + requests);
    }
    return requests.get(0);
  }

  /** The body bytes of a request, as UTF-8, or null when it has none. */
  static String bodyOf(Request request) {
    if (request.body() == null) {
      return null;
    }
    try (Buffer buffer = new Buffer()) {
      request.body().writeTo(buffer);
      return buffer.readUtf8();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Response intercept(Chain chain) {
    requests.add(chain.request());
    Answer answer = answers.poll();
    if (answer == null) {
      throw new AssertionError("no answer queued for " + chain.request());
    }
    return new Response.Builder()
        .request(chain.request())
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK")
        .headers(answer.headers())
        .body(ResponseBody.create(answer.body(), JSON))
        .build();
  }
}
