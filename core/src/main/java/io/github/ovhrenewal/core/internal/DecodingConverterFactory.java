package io.github.ovhrenewal.core.internal;

import io.github.ovhrenewal.core.exception.OvhDecodingException;
import io.github.ovhrenewal.api.model.NoContent;
import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Wraps the Moshi converter so that an answer that does not parse becomes an
 * {@link OvhDecodingException} with an excerpt of the body, whatever Moshi threw (including the
 * {@code AssertionError} it uses for record constructors), never a raw parser exception.
 *
 * <p>Retrofit rethrows a genuine network failure seen while reading the body as the original
 * {@link IOException}, so this does not hide transport errors.
 *
 * <p>Internal: not part of the SDK's API.
 */
final class DecodingConverterFactory extends Converter.Factory {
  /** Enough of a body for an excerpt in a message. */
  private static final long HEAD_BYTES = 4096;

  private final Converter.Factory delegate;

  /**
   * Creates the factory.
   *
   * @param delegate the converter that does the parsing (Moshi)
   */
  public DecodingConverterFactory(Converter.Factory delegate) {
    this.delegate = delegate;
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    Converter<ResponseBody, ?> parser = delegate.responseBodyConverter(type, annotations, retrofit);
    if (parser == null) {
      return null;
    }
    boolean noContent = type == NoContent.class;
    return body -> {
      // The body is already whole in memory (BodyCap read it, within the cap): parse from a peek
      // of that buffer, so the bytes are not copied on their way to Moshi and are still there
      // for the excerpt when they do not parse.
      BufferedSource source = body.source();
      try {
        if (noContent && isBlank(source)) {
          // What OVH answers for a payment: nothing at all (or the JSON null, parsed below).
          return NoContent.INSTANCE;
        }
        Object value = parser.convert(ResponseBody.create(source.peek(), body.contentType(), -1L));
        // The API never answers null for these calls; a null would only surface later as a
        // NullPointerException in the caller's code (or in List.copyOf).
        if (value == null) {
          throw new JsonDataException("Expected a value but was null");
        }
        String hole = nullElement(value, "$");
        if (hole != null) {
          throw new JsonDataException("Expected a value but was null at " + hole);
        }
        return value;
      } catch (IOException | RuntimeException | ReflectiveOperationException | AssertionError e) {
        String head = head(source);
        String excerpt = ErrorResponses.excerpt(head);
        throw new OvhDecodingException(
            "the answer is not a valid " + simpleName(type) + ": " + rootMessage(e)
                + (head.isBlank() ? " (empty body)" : "; body starts: " + excerpt),
            null, excerpt, e);
      } finally {
        body.close();
      }
    };
  }

  private static boolean isBlank(BufferedSource source) throws IOException {
    BufferedSource peek = source.peek();
    while (!peek.exhausted()) {
      byte b = peek.readByte();
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  /** The first bytes of the body, enough for an excerpt; never the whole of a large body. */
  private static String head(BufferedSource source) {
    try {
      BufferedSource peek = source.peek();
      peek.request(HEAD_BYTES);
      return peek.readUtf8(Math.min(peek.getBuffer().size(), HEAD_BYTES));
    } catch (IOException | IllegalStateException e) {
      return "";
    }
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(
      Type type, Annotation[] parameterAnnotations, Annotation[] methodAnnotations, Retrofit retrofit) {
    return delegate.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
  }

  @Override
  public Converter<?, String> stringConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    return delegate.stringConverter(type, annotations, retrofit);
  }

  /**
   * The path of the first null element of a list, in the value or the records it holds: the API
   * never sends one, and the SDK and its callers iterate these lists.
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

  private static String simpleName(Type type) {
    String name = type.getTypeName();
    return name.replaceAll("[a-zA-Z0-9_]+\\.", "");
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
