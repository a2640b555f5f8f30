package io.github.ovhrenewal.core.internal;

import io.github.ovhrenewal.core.OvhDecodingException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
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
public final class DecodingConverterFactory extends Converter.Factory {
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
    return body -> {
      MediaType contentType = body.contentType();
      String text = body.string();
      try {
        return parser.convert(ResponseBody.create(text, contentType));
      } catch (IOException | RuntimeException | AssertionError e) {
        String excerpt = ErrorResponses.excerpt(text);
        throw new OvhDecodingException(
            "the answer is not a valid " + simpleName(type) + ": " + rootMessage(e)
                + (text.isBlank() ? " (empty body)" : "; body starts: " + excerpt),
            null, excerpt, e);
      }
    };
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
