package io.github.ovhrenewal.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.squareup.moshi.Types;
import io.github.ovhrenewal.api.json.OvhJson;
import io.github.ovhrenewal.api.model.NoContent;
import io.github.ovhrenewal.api.model.RenewDescription;
import io.github.ovhrenewal.core.exception.OvhDecodingException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/** Any answer body gives a value or an OvhDecodingException with an excerpt; never a raw parser failure, never a null. */
class DecodingConverterFactoryTest {
  private static final Type LONGS = Types.newParameterizedType(List.class, Long.class);
  private static final Type OFFERS = Types.newParameterizedType(List.class, RenewDescription.class);
  private static final Retrofit RETROFIT = new Retrofit.Builder().baseUrl(Requests.BASE).build();
  private static final DecodingConverterFactory FACTORY = new DecodingConverterFactory(MoshiConverterFactory.create(OvhJson.moshi()));

  /** A body that records its closing. */
  private static final class Body extends ResponseBody {
    private final Buffer buffer;
    boolean closed;

    Body(String text) {
      buffer = new Buffer().writeUtf8(text);
    }

    @Override
    public MediaType contentType() {
      return MediaType.get("application/json");
    }

    @Override
    public long contentLength() {
      return buffer.size();
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

  private static Object convert(DecodingConverterFactory factory, Type type, String body) throws IOException {
    return factory.responseBodyConverter(type, new Annotation[0], RETROFIT).convert(new Body(body));
  }

  private static Object convert(Type type, String body) throws IOException {
    return convert(FACTORY, type, body);
  }

  private static OvhDecodingException failure(Type type, String body) {
    return catchThrowableOfType(OvhDecodingException.class, () -> convert(type, body));
  }

  @Test
  void convert_validList_returnsIt() throws IOException {
    assertThat(convert(LONGS, "[1, 2]")).isEqualTo(List.of(1L, 2L));
  }

  @Test
  void convert_listWithANull_failsNamingWhere() {
    assertThat(failure(LONGS, "[1,null,3]").getMessage())
        .isEqualTo("the answer is not a valid List<Long>: JsonDataException Expected a value but was null at $[1]; body starts: [1,null,3]");
  }

  @Test
  void convert_nullInAListInsideRecords_failsNamingItsPath() {
    String offers = "[{\"renewPeriod\":\"P1Y\",\"strategies\":[{\"services\":[5]},{\"services\":[5,null]}]}]";

    assertThat(failure(OFFERS, offers).getMessage())
        .contains("Expected a value but was null at $[0].strategies[1].services[1]");
  }

  @Test
  void convert_recordsWithoutNullElements_returned() throws IOException {
    Object offers = convert(OFFERS, "[{\"renewPeriod\":\"P1Y\",\"strategies\":[{\"services\":[5,6]}]}]");

    assertThat(offers).asList().hasSize(1);
  }

  @Test
  void convert_jsonNullWhereAValueIsExpected_fails() {
    assertThat(failure(LONGS, "null").getMessage()).contains("Expected a value but was null").contains("body starts: null");
  }

  @Test
  void convert_emptyBodyWhereAValueIsExpected_failsSayingEmpty() {
    OvhDecodingException e = failure(LONGS, "");

    assertThat(e.getMessage()).startsWith("the answer is not a valid List<Long>: ").endsWith(" (empty body)");
    assertThat(e.excerpt()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " \n\t\r", "null", " null\n"})
  void convert_noContentAnsweredNothingOrNull_theNoContentValue(String body) throws IOException {
    assertThat(convert(NoContent.class, body)).isSameAs(NoContent.INSTANCE);
  }

  @Test
  void convert_noContentAnsweredSomething_fails() {
    assertThat(failure(NoContent.class, "{}").getMessage()).startsWith("the answer is not a valid NoContent: ");
  }

  @Test
  void convert_anyOutcome_closesTheBody() throws IOException {
    Converter<ResponseBody, ?> converter = FACTORY.responseBodyConverter(LONGS, new Annotation[0], RETROFIT);
    Body good = new Body("[1]");
    Body bad = new Body("[");

    converter.convert(good);
    catchThrowableOfType(OvhDecodingException.class, () -> converter.convert(bad));

    assertThat(good.closed).isTrue();
    assertThat(bad.closed).isTrue();
  }

  @Test
  void convert_parserFailsWithoutMessage_namesTheRootCause() {
    DecodingConverterFactory failing = new DecodingConverterFactory(new Converter.Factory() {
      @Override
      public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
        return body -> {
          throw new IllegalStateException("wrapped", new NullPointerException());
        };
      }
    });

    OvhDecodingException e = catchThrowableOfType(OvhDecodingException.class, () -> convert(failing, LONGS, "[1]"));

    assertThat(e.getMessage()).isEqualTo("the answer is not a valid List<Long>: NullPointerException; body starts: [1]");
  }

  @Test
  void convert_failureThatIsItsOwnCause_stillDescribed() {
    DecodingConverterFactory failing = new DecodingConverterFactory(new Converter.Factory() {
      @Override
      public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
        return body -> {
          throw new IllegalStateException("loops") {
            @Override
            public synchronized Throwable getCause() {
              return this;
            }
          };
        };
      }
    });

    OvhDecodingException e = catchThrowableOfType(OvhDecodingException.class, () -> convert(failing, LONGS, "[1]"));

    assertThat(e.getMessage()).isEqualTo("the answer is not a valid List<Long>:  loops; body starts: [1]");
  }

  @Test
  void responseBodyConverter_typeTheParserCannotRead_none() {
    DecodingConverterFactory none = new DecodingConverterFactory(new Converter.Factory() { });

    assertThat(none.responseBodyConverter(LONGS, new Annotation[0], RETROFIT)).isNull();
  }
}
