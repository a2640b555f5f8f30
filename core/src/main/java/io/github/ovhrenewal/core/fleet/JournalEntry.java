package io.github.ovhrenewal.core.fleet;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import okio.Buffer;

/**
 * One line of an apply journal: a step of one plan item, written before the step's effect can
 * happen (for {@code sending} and {@code paying}) or once its outcome is known (the others).
 *
 * @param serviceId the plan item's service
 * @param period the plan item's period, as ISO text
 * @param state the step
 * @param at the server's time when the line was written (for {@code sending}, just before the
 *     order was sent: reconciling looks for orders created since then)
 * @param orderId the order, for {@code ordered} and every payment step; else null
 * @param priceWithTax the order's price with tax, for {@code ordered}; else null
 * @param currency the price's currency code, for {@code ordered}; else null
 * @param reconciled for {@code ordered}: the order was found among the account's orders by
 *     reconciling, not read from the order's answer
 * @param status for {@code paid}: the order status that showed it paid when it was found paid
 *     rather than paid by this journal's payment call; else null
 * @param error for {@code refused}, {@code unknown}, {@code payRefused} and {@code payUnknown}:
 *     what happened, in words; else null
 * @param queryId the {@code X-Ovh-QueryId} of a refusal, or null
 */
record JournalEntry(
    long serviceId,
    String period,
    State state,
    OffsetDateTime at,
    Long orderId,
    BigDecimal priceWithTax,
    String currency,
    boolean reconciled,
    String status,
    String error,
    String queryId) {

  /** Error texts are bounded: a journal line stays a line a person can read. */
  private static final int MAX_ERROR = 1000;

  JournalEntry {
    if (error != null && error.length() > MAX_ERROR) {
      error = error.substring(0, MAX_ERROR) + "…";
    }
  }

  /** The steps, with their names in the file. */
  enum State {
    /** Written before the order is sent: an item whose last line this is may have been ordered. */
    SENDING("sending"),
    /** The order exists: its id and price are known. */
    ORDERED("ordered"),
    /** The order was refused, or never reached the server: nothing was ordered. */
    REFUSED("refused"),
    /** The order was sent and no usable answer came back, and reconciling found nothing. */
    UNKNOWN("unknown"),
    /** Written before the payment is sent. */
    PAYING("paying"),
    /** The order is paid. */
    PAID("paid"),
    /** The payment was refused, or never reached the server: nothing was paid. */
    PAY_REFUSED("payRefused"),
    /** The payment was sent and no usable answer came back: it may have been made. */
    PAY_UNKNOWN("payUnknown");

    private final String wire;

    State(String wire) {
      this.wire = wire;
    }

    String wire() {
      return wire;
    }

    static State fromWire(String text) {
      for (State state : values()) {
        if (state.wire.equals(text)) {
          return state;
        }
      }
      return null;
    }
  }

  static JournalEntry sending(long serviceId, String period, OffsetDateTime at) {
    return new JournalEntry(serviceId, period, State.SENDING, at, null, null, null, false, null, null, null);
  }

  static JournalEntry ordered(long serviceId, String period, OffsetDateTime at, long orderId, BigDecimal priceWithTax,
      String currency, boolean reconciled) {
    return new JournalEntry(serviceId, period, State.ORDERED, at, orderId, priceWithTax, currency, reconciled, null, null, null);
  }

  static JournalEntry refused(long serviceId, String period, OffsetDateTime at, String error, String queryId) {
    return new JournalEntry(serviceId, period, State.REFUSED, at, null, null, null, false, null, error, queryId);
  }

  static JournalEntry unknown(long serviceId, String period, OffsetDateTime at, String error) {
    return new JournalEntry(serviceId, period, State.UNKNOWN, at, null, null, null, false, null, error, null);
  }

  static JournalEntry paying(long serviceId, String period, OffsetDateTime at, long orderId) {
    return new JournalEntry(serviceId, period, State.PAYING, at, orderId, null, null, false, null, null, null);
  }

  static JournalEntry paid(long serviceId, String period, OffsetDateTime at, long orderId, String status) {
    return new JournalEntry(serviceId, period, State.PAID, at, orderId, null, null, false, status, null, null);
  }

  static JournalEntry payRefused(long serviceId, String period, OffsetDateTime at, long orderId, String error, String queryId) {
    return new JournalEntry(serviceId, period, State.PAY_REFUSED, at, orderId, null, null, false, null, error, queryId);
  }

  static JournalEntry payUnknown(long serviceId, String period, OffsetDateTime at, long orderId, String error) {
    return new JournalEntry(serviceId, period, State.PAY_UNKNOWN, at, orderId, null, null, false, null, error, null);
  }

  /**
   * The line, without its newline: one JSON object, absent fields left out.
   *
   * @return the JSON text
   */
  String toLine() {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.beginObject();
      writer.name("serviceId").value(serviceId);
      writer.name("period").value(period);
      writer.name("state").value(state.wire());
      writer.name("at").value(format(at));
      if (orderId != null) {
        writer.name("orderId").value(orderId);
      }
      if (priceWithTax != null) {
        // Plain digits: BigDecimal.toString may print an exponent.
        writer.name("priceWithTax").value(new BigDecimal(priceWithTax.toPlainString()));
      }
      if (currency != null) {
        writer.name("currency").value(currency);
      }
      if (reconciled) {
        writer.name("reconciled").value(true);
      }
      if (status != null) {
        writer.name("status").value(status);
      }
      if (error != null) {
        writer.name("error").value(error);
      }
      if (queryId != null) {
        writer.name("queryId").value(queryId);
      }
      writer.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  /**
   * Reads an entry from a line's fields.
   *
   * @param fields the line's JSON object: strings as {@code String}, numbers as
   *     {@code BigDecimal}, booleans as {@code Boolean}
   * @return the entry
   * @throws IllegalArgumentException naming the field that is missing or wrong
   */
  static JournalEntry from(Map<String, Object> fields) {
    long serviceId = requiredLong(fields, "serviceId");
    String period = requiredText(fields, "period");
    String stateText = requiredText(fields, "state");
    State state = State.fromWire(stateText);
    if (state == null) {
      throw new IllegalArgumentException("\"state\" is \"" + stateText + "\"; expected one of sending, ordered, refused, unknown, "
          + "paying, paid, payRefused, payUnknown");
    }
    OffsetDateTime at = time(requiredText(fields, "at"), "at");
    Long orderId = optionalLong(fields, "orderId");
    if (orderId == null && state != State.SENDING && state != State.REFUSED && state != State.UNKNOWN) {
      throw new IllegalArgumentException("\"orderId\" is missing; a \"" + stateText + "\" line names its order");
    }
    Object price = fields.get("priceWithTax");
    if (price != null && !(price instanceof BigDecimal)) {
      throw new IllegalArgumentException("\"priceWithTax\" is " + describe(price) + "; expected a number");
    }
    Object reconciled = fields.get("reconciled");
    if (reconciled != null && !(reconciled instanceof Boolean)) {
      throw new IllegalArgumentException("\"reconciled\" is " + describe(reconciled) + "; expected true or false");
    }
    return new JournalEntry(serviceId, period, state, at, orderId, (BigDecimal) price, optionalText(fields, "currency"),
        Boolean.TRUE.equals(reconciled), optionalText(fields, "status"), optionalText(fields, "error"), optionalText(fields, "queryId"));
  }

  static String format(OffsetDateTime time) {
    return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  static OffsetDateTime time(String text, String field) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("\"" + field + "\" is \"" + text + "\"; expected an ISO-8601 date-time with offset");
    }
  }

  static String requiredText(Map<String, Object> fields, String name) {
    String text = optionalText(fields, name);
    if (text == null) {
      throw new IllegalArgumentException("\"" + name + "\" is missing");
    }
    return text;
  }

  static String optionalText(Map<String, Object> fields, String name) {
    Object value = fields.get(name);
    if (value != null && !(value instanceof String)) {
      throw new IllegalArgumentException("\"" + name + "\" is " + describe(value) + "; expected a string");
    }
    return (String) value;
  }

  private static long requiredLong(Map<String, Object> fields, String name) {
    Long value = optionalLong(fields, name);
    if (value == null) {
      throw new IllegalArgumentException("\"" + name + "\" is missing");
    }
    return value;
  }

  static Long optionalLong(Map<String, Object> fields, String name) {
    Object value = fields.get(name);
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal number) {
      try {
        long id = number.longValueExact();
        if (id > 0) {
          return id;
        }
      } catch (ArithmeticException e) {
        // Falls through to the message below.
      }
    }
    throw new IllegalArgumentException("\"" + name + "\" is " + describe(value) + "; expected a positive whole number");
  }

  private static String describe(Object value) {
    String text = value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
