package io.github.ovhrenewal.api.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.ovhrenewal.api.model.NoContent;
import io.github.ovhrenewal.api.model.OpenEnum;
import io.github.ovhrenewal.api.model.RenewPeriod;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The Moshi instance that reads and writes the OVH API's JSON as the {@code api.model} records expect.
 *
 * <p>It lives in the api module, not in core, so that power users who call the Retrofit interfaces
 * directly parse the same way the SDK does: {@code MoshiConverterFactory.create(OvhJson.moshi())}.
 *
 * <ul>
 *   <li>money: {@link BigDecimal} from the JSON number's own text, never through a {@code double};
 *   <li>{@code datetime}: {@link OffsetDateTime} ({@code 2018-05-16T15:49:06+02:00});
 *   <li>{@code date}: {@link LocalDate} ({@code 2024-01-31}; a datetime is cut to its date);
 *   <li>{@code duration}: {@link RenewPeriod}, kept as received;
 *   <li>every {@link OpenEnum}: its {@code of(String)}, so unknown values keep their text;
 *   <li>{@link NoContent}: only the JSON {@code null} (an empty body never reaches Moshi).
 * </ul>
 *
 * Malformed values fail with Moshi's {@link JsonDataException}, naming the JSON path.
 */
public final class OvhJson {
  private static final Moshi MOSHI =
      new Moshi.Builder()
          .add(BigDecimal.class, new BigDecimalAdapter().nullSafe())
          .add(OffsetDateTime.class, new OffsetDateTimeAdapter().nullSafe())
          .add(LocalDate.class, new LocalDateAdapter().nullSafe())
          .add(RenewPeriod.class, new RenewPeriodAdapter().nullSafe())
          .add(NoContent.class, new NoContentAdapter())
          .add(OvhJson::openEnumAdapter)
          .build();

  private OvhJson() {}

  /**
   * The shared, thread-safe Moshi instance configured for the OVH API.
   *
   * @return the instance
   */
  public static Moshi moshi() {
    return MOSHI;
  }

  private static JsonAdapter<?> openEnumAdapter(Type type, java.util.Set<? extends java.lang.annotation.Annotation> annotations, Moshi moshi) {
    Class<?> raw = Types.getRawType(type);
    if (!annotations.isEmpty() || !OpenEnum.class.isAssignableFrom(raw) || raw == OpenEnum.class) {
      return null;
    }
    try {
      Method of = raw.getMethod("of", String.class);
      if (!Modifier.isStatic(of.getModifiers())) {
        return null;
      }
      return new OpenEnumAdapter(raw, of).nullSafe();
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static final class BigDecimalAdapter extends JsonAdapter<BigDecimal> {
    @Override
    public BigDecimal fromJson(JsonReader reader) throws IOException {
      // nextString() on a NUMBER token returns the literal digits: 45.44 stays 45.44, exactly.
      String text = reader.nextString();
      try {
        return new BigDecimal(text.trim());
      } catch (NumberFormatException e) {
        throw new JsonDataException("Expected a decimal number but was '" + text + "' at path " + reader.getPath());
      }
    }

    @Override
    public void toJson(JsonWriter writer, BigDecimal value) throws IOException {
      // JsonWriter.value(Number) uses toString(), which may print 1E+3; JSON wants plain digits.
      writer.jsonValue(new RawNumber(value.toPlainString()));
    }
  }

  /** A Number whose toString is its exact plain text, so Moshi writes it unchanged. */
  private static final class RawNumber extends Number {
    private final String text;

    RawNumber(String text) {
      this.text = text;
    }

    @Override
    public int intValue() {
      return new BigDecimal(text).intValue();
    }

    @Override
    public long longValue() {
      return new BigDecimal(text).longValue();
    }

    @Override
    public float floatValue() {
      return new BigDecimal(text).floatValue();
    }

    @Override
    public double doubleValue() {
      return new BigDecimal(text).doubleValue();
    }

    @Override
    public String toString() {
      return text;
    }
  }

  private static final class OffsetDateTimeAdapter extends JsonAdapter<OffsetDateTime> {
    @Override
    public OffsetDateTime fromJson(JsonReader reader) throws IOException {
      String text = reader.nextString();
      try {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      } catch (DateTimeParseException e) {
        throw new JsonDataException("Expected an ISO-8601 datetime with offset but was '" + text + "' at path " + reader.getPath());
      }
    }

    @Override
    public void toJson(JsonWriter writer, OffsetDateTime value) throws IOException {
      writer.value(value.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
  }

  private static final class LocalDateAdapter extends JsonAdapter<LocalDate> {
    @Override
    public LocalDate fromJson(JsonReader reader) throws IOException {
      String text = reader.nextString();
      try {
        if (text.length() > 10) {
          // Some products answer a datetime where the reference says date: keep its date.
          return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toLocalDate();
        }
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new JsonDataException("Expected an ISO-8601 date but was '" + text + "' at path " + reader.getPath());
      }
    }

    @Override
    public void toJson(JsonWriter writer, LocalDate value) throws IOException {
      writer.value(value.toString());
    }
  }

  /** Not null-safe on purpose: {@code null} is the one value an empty answer may hold. */
  private static final class NoContentAdapter extends JsonAdapter<NoContent> {
    @Override
    public NoContent fromJson(JsonReader reader) throws IOException {
      if (reader.peek() != JsonReader.Token.NULL) {
        throw new JsonDataException("Expected no content (null) but was " + reader.peek() + " at path " + reader.getPath());
      }
      reader.nextNull();
      return NoContent.INSTANCE;
    }

    @Override
    public void toJson(JsonWriter writer, NoContent value) throws IOException {
      writer.nullValue();
    }
  }

  private static final class RenewPeriodAdapter extends JsonAdapter<RenewPeriod> {
    @Override
    public RenewPeriod fromJson(JsonReader reader) throws IOException {
      String text = reader.nextString();
      if (text.isBlank()) {
        throw new JsonDataException("Expected an ISO-8601 period but was blank at path " + reader.getPath());
      }
      return RenewPeriod.fromWire(text);
    }

    @Override
    public void toJson(JsonWriter writer, RenewPeriod value) throws IOException {
      writer.value(value.toString());
    }
  }

  private static final class OpenEnumAdapter extends JsonAdapter<Object> {
    private final Class<?> type;
    private final Method of;

    OpenEnumAdapter(Class<?> type, Method of) {
      this.type = type;
      this.of = of;
    }

    @Override
    public Object fromJson(JsonReader reader) throws IOException {
      String text = reader.nextString();
      if (text.isBlank()) {
        throw new JsonDataException("Expected a " + type.getSimpleName() + " value but was blank at path " + reader.getPath());
      }
      try {
        return of.invoke(null, text);
      } catch (ReflectiveOperationException e) {
        throw new JsonDataException("Cannot read " + type.getSimpleName() + " '" + text + "' at path " + reader.getPath(), e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, Object value) throws IOException {
      writer.value(((OpenEnum) value).value());
    }
  }
}
