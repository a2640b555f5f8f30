package io.github.ovhrenewal.core.fleet;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import io.github.ovhrenewal.api.ServicesApi;
import io.github.ovhrenewal.api.json.OvhJson;
import io.github.ovhrenewal.api.model.ExpandedService;
import io.github.ovhrenewal.core.exception.OvhDecodingException;
import io.github.ovhrenewal.core.internal.CallExecutor;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import retrofit2.Response;

/**
 * Reads one page of {@code GET /services} in the pagination mode ({@code X-Pagination-Mode:
 * CachedObjectList-Pages}), as a stream.
 *
 * <p>A page may hold thousands of services: each {@link ExpandedService} is parsed from the body
 * with Moshi's {@link JsonReader} and turned into its {@link ServiceSummary} at once, so neither
 * the parsed objects nor the body as text are ever held whole (the body's bytes are, once, in the
 * buffer the engine's body cap reads them into, within its limit).
 *
 * <p>Page 1 also tells whether the server knows the mode: when its first element is a number, the
 * server ignored the headers and answered the ids, as a plain {@code GET /services} does.
 */
final class ServicePages {
  /** The answer's header with the total count of services over all pages. */
  static final String ELEMENTS = "X-Pagination-Elements";
  /** The answer's header with the size of a page, as the server applied it. */
  static final String SIZE = "X-Pagination-Size";

  private static final String QUERY_ID = "X-Ovh-QueryId";
  /** Enough of a body for an excerpt in a message, read before parsing (a peek would not survive it). */
  private static final long HEAD_BYTES = 512;
  private static final int EXCERPT = 200;

  /**
   * What one page held: either services (and the pagination headers), or, for a server that
   * ignored the mode, the ids of every service.
   *
   * @param services the services of the page, in the server's order; null when it held ids
   * @param ids the ids, when page 1 held numbers; otherwise null
   * @param total {@code X-Pagination-Elements}, or null when absent or not a count
   * @param size {@code X-Pagination-Size}, or null when absent or not a size
   */
  record Page(List<ServiceSummary> services, List<Long> ids, Long total, Integer size) {
    boolean holdsIds() {
      return ids != null;
    }
  }

  private final CallExecutor executor;
  private final ServicesApi api;
  private final JsonAdapter<ExpandedService> adapter = OvhJson.moshi().adapter(ExpandedService.class);

  ServicePages(CallExecutor executor, ServicesApi api) {
    this.executor = executor;
    this.api = api;
  }

  /**
   * {@code GET /services} with the pagination headers: one page.
   *
   * @param number which page, from 1
   * @param size how many services a page should hold
   * @return what the page held
   * @throws OvhDecodingException when the body is not a JSON array of services (or, page 1 only, of ids)
   */
  Page read(int number, int size) {
    CapturingCall<ResponseBody> call = new CapturingCall<>(
        api.listPage(ServicesApi.CACHED_OBJECT_LIST_PAGES, size, number));
    String target = "GET " + call.request().url().encodedPath() + " (page " + number + ")";
    ResponseBody body = executor.execute(call);
    Response<ResponseBody> response = call.response();
    String queryId = response == null ? null : response.headers().get(QUERY_ID);
    if (body == null) {
      throw decoding(target, queryId, "", new JsonDataException("Expected a JSON array but the answer had no body"), "$");
    }
    try (body) {
      BufferedSource source = body.source();
      String head = head(source);
      JsonReader reader = JsonReader.of(source);
      try {
        return parse(reader, number == 1, response.headers().get(ELEMENTS), response.headers().get(SIZE));
      } catch (IOException | RuntimeException | ReflectiveOperationException | AssertionError e) {
        // The body is already whole in memory (the body cap read it), so an IOException here is a
        // malformed or truncated document, never a lost connection.
        throw decoding(target, queryId, head, e, reader.getPath());
      }
    }
  }

  private Page parse(JsonReader reader, boolean first, String elements, String sizeHeader)
      throws IOException, ReflectiveOperationException {
    Long total = count(elements);
    Integer size = sizeOf(sizeHeader);
    reader.beginArray();
    if (first && reader.hasNext() && reader.peek() == JsonReader.Token.NUMBER) {
      List<Long> ids = new ArrayList<>();
      while (reader.hasNext()) {
        if (reader.peek() != JsonReader.Token.NUMBER) {
          throw new JsonDataException(
              "Expected a service id (a number) but was " + reader.peek() + " at path " + reader.getPath());
        }
        ids.add(reader.nextLong());
      }
      end(reader);
      return new Page(null, ids, total, size);
    }
    List<ServiceSummary> services = new ArrayList<>();
    int index = 0;
    while (reader.hasNext()) {
      String path = "$[" + index + "]";
      ExpandedService service = adapter.fromJson(reader);
      if (service == null) {
        throw new JsonDataException("Expected a service but was null at path " + path);
      }
      String hole = nullElement(service, path);
      if (hole != null) {
        throw new JsonDataException("Expected a value but was null at path " + hole);
      }
      services.add(ServiceSummary.from(service));
      index++;
    }
    end(reader);
    return new Page(services, null, total, size);
  }

  private static void end(JsonReader reader) throws IOException {
    reader.endArray();
    if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new JsonDataException("Expected the end of the page but was " + reader.peek() + " at path " + reader.getPath());
    }
  }

  /** A header that should hold a count: lenient, as the rest of a response (absent or garbled is unknown). */
  private static Long count(String header) {
    if (header == null) {
      return null;
    }
    try {
      long value = Long.parseLong(header.trim());
      return value < 0 ? null : value;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Integer sizeOf(String header) {
    Long value = count(header);
    return value == null || value < 1 || value > Integer.MAX_VALUE ? null : value.intValue();
  }

  /**
   * The path of the first null element of a list in the service, as the engine's converter
   * refuses it for every typed answer: the summary and its callers iterate these lists, and the
   * same document must read the same through a page and through {@code GET /services/{id}}.
   */
  private static String nullElement(Object value, String path) throws ReflectiveOperationException {
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        Object element = list.get(i);
        String hole = element == null ? path + "[" + i + "]" : nullElement(element, path + "[" + i + "]");
        if (hole != null) {
          return hole;
        }
      }
    } else if (value != null && value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        String hole = nullElement(component.getAccessor().invoke(value), path + "." + component.getName());
        if (hole != null) {
          return hole;
        }
      }
    }
    return null;
  }

  /** The first bytes of the body, for an excerpt; never the whole of a large body. */
  private static String head(BufferedSource source) {
    try {
      BufferedSource peek = source.peek();
      peek.request(HEAD_BYTES);
      return peek.readUtf8(Math.min(peek.getBuffer().size(), HEAD_BYTES));
    } catch (IOException | IllegalStateException e) {
      return "";
    }
  }

  /** Worded as the engine words any answer that does not parse, with the path in the document. */
  private static OvhDecodingException decoding(String target, String queryId, String head, Throwable e, String path) {
    String oneLine = head.replaceAll("\\s+", " ").trim();
    String excerpt = oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT) + "…";
    String reason = rootMessage(e);
    if (!reason.contains(" at path ")) {
      reason += " at path " + path;
    }
    return new OvhDecodingException(
        target + ": the answer is not a valid page of services (List<ExpandedService>): " + reason
            + (oneLine.isEmpty() ? " (empty body)" : "; body starts: " + excerpt)
            + " [queryId: " + (queryId == null ? "none" : queryId) + "]",
        queryId, excerpt, e);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : " " + message);
  }
}
