package io.github.ovhrenewal.core.fleet;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.core.exception.PlanFileException;
import io.github.ovhrenewal.core.util.Arguments;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import okio.Buffer;

/**
 * The plan file: {@link RenewalPlan} to versioned JSON and back. Reading checks the whole
 * document, and every refusal names the source, the JSON path and what was expected there.
 *
 * <p>The document is first read into a tree of plain values (numbers kept as their exact text,
 * never a double), then checked field by field: fields may come in any order, and the checks that
 * span fields (prices that add up, totals, one item per service) need the whole of it anyway.
 */
final class PlanFile {
  // Far above any account's plan (about 400 bytes an item): a bound, so that a wrong file is
  // refused before it is loaded whole.
  static final long MAX_BYTES = 128L * 1024 * 1024;

  private static final String INDENT = "  ";
  // A plain decimal: what the writer produces, and nothing a script could misread (no exponent,
  // no sign but minus, bounded digits).
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,30})?");
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,30}");
  private static final int MAX_QUOTED = 40;
  private static final int MAX_CURRENCY = 16;

  /** JSON null, kept apart from an absent field. */
  private static final Object NULL = new Object();
  /** What a message shows as found for a missing field or entry. */
  private static final Object NONE = new Object();

  private PlanFile() {}

  // --- Writing. ---

  static String toJson(RenewalPlan plan) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setIndent(INDENT);
      writer.beginObject();
      writer.name("version").value(plan.version());
      writer.name("createdAt").value(plan.createdAt() == null ? null : plan.createdAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      writer.name("items").beginArray();
      for (PlanItem item : plan.items()) {
        writeItem(writer, item);
      }
      writer.endArray();
      writer.name("totals").beginArray();
      for (PlanTotal total : plan.totals()) {
        writer.beginObject();
        writer.name("currency").value(total.currency());
        writer.name("items").value(total.items());
        money(writer, "priceWithoutTax", total.priceWithoutTax());
        money(writer, "tax", total.tax());
        money(writer, "priceWithTax", total.priceWithTax());
        writer.endObject();
      }
      writer.endArray();
      writer.endObject();
    } catch (IOException e) {
      // A Buffer never fails to take bytes.
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8() + "\n";
  }

  private static void writeItem(JsonWriter writer, PlanItem item) throws IOException {
    writer.beginObject();
    writer.name("serviceId").value(item.serviceId());
    writer.name("name").value(item.name());
    writer.name("route").value(item.route());
    writer.name("expiration").value(item.expiration() == null ? null : item.expiration().toString());
    writer.name("period").value(item.period() == null ? null : item.period().toString());
    writer.name("status").value(item.status() == null ? null : item.status().wire());
    writer.name("reason").value(item.reason());
    writer.name("reasonCode").value(item.skipReason() == null ? null : item.skipReason().wire());
    money(writer, "priceWithoutTax", item.priceWithoutTax());
    money(writer, "tax", item.tax());
    money(writer, "priceWithTax", item.priceWithTax());
    writer.name("currency").value(item.currency());
    writer.endObject();
  }

  private static void money(JsonWriter writer, String name, BigDecimal amount) throws IOException {
    // A string: the exact decimal, which no script's JSON parser turns into floating point.
    writer.name(name).value(amount == null ? null : amount.toPlainString());
  }

  static void write(RenewalPlan plan, Path file) {
    byte[] bytes = toJson(plan).getBytes(StandardCharsets.UTF_8);
    Path target = file.toAbsolutePath();
    Path directory = target.getParent();
    Path temporary = null;
    try {
      temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer content = ByteBuffer.wrap(bytes);
        while (content.hasRemaining()) {
          channel.write(content);
        }
        // On disk before it replaces the old plan: a crash leaves one plan or the other, whole.
        channel.force(true);
      }
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
    } catch (IOException e) {
      throw new PlanFileException("cannot write the plan file " + name(file) + ": " + describe(e), name(file), null, e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // The write already failed and says so; a stray temporary file is the lesser problem.
        }
      }
    }
  }

  // --- Reading. ---

  static RenewalPlan read(Path file) {
    String source = name(file);
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new PlanFileException("cannot read the plan file " + source + ": it holds " + size + " bytes, more than the "
            + MAX_BYTES + " a plan file may hold", source, null, null);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new PlanFileException("cannot read the plan file " + source + ": " + describe(e), source, null, e);
    }
    return parse(new Buffer().write(bytes), source);
  }

  static RenewalPlan fromJson(String json, String source) {
    return parse(new Buffer().writeUtf8(json), Arguments.bounded(source));
  }

  private static String name(Path file) {
    return Arguments.bounded(file.toString());
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException missing) {
      return "no such file or directory" + (missing.getFile() == null ? "" : " " + Arguments.bounded(missing.getFile()));
    }
    return Arguments.bounded(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
  }

  private static RenewalPlan parse(Buffer json, String source) {
    Object document = null;
    boolean started = false;
    try (JsonReader reader = JsonReader.of(json)) {
      reader.peek();
      started = true;
      document = new TreeReader(source).value(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonEncodingException("more JSON after the plan at path " + reader.getPath());
      }
    } catch (EOFException e) {
      throw new PlanFileException("cannot read the plan in " + source + ": "
          + (started ? "it is not valid JSON: the document ends too early" : "the document is empty; expected a JSON object"),
          source, started ? null : "$", e);
    } catch (IOException | JsonDataException e) {
      // Moshi's messages end with the path ("… at path $.items[2]") and quote no more than a token.
      String detail = e.getMessage() == null ? "" : e.getMessage();
      String path = pathOf(detail);
      if (path != null) {
        detail = detail.substring(0, detail.lastIndexOf(" at path "));
      }
      if (document != null) {
        detail = "expected the end of the document after the plan's object";
      } else if (detail.startsWith("Use JsonReader.setLenient(true)")) {
        detail = "a quote, comma, colon or bracket is missing or out of place";
      }
      throw new PlanFileException("cannot read the plan in " + source + ": it is not valid JSON"
          + (path == null ? "" : " at " + path) + ": " + Arguments.bounded(detail), source, path, e);
    }
    return new Checker(source).plan(document);
  }

  private static String pathOf(String message) {
    int at = message.lastIndexOf(" at path ");
    return at < 0 ? null : Arguments.bounded(message.substring(at + " at path ".length()));
  }

  /** A JSON number, as its exact text. */
  private record JsonNumber(String text) {}

  /** Reads any JSON value into maps, lists, strings, {@link JsonNumber}s, booleans and {@link #NULL}. */
  private static final class TreeReader {
    private final String source;

    TreeReader(String source) {
      this.source = source;
    }

    Object value(JsonReader reader) throws IOException {
      switch (reader.peek()) {
        case BEGIN_OBJECT -> {
          Map<String, Object> object = new LinkedHashMap<>();
          reader.beginObject();
          while (reader.hasNext()) {
            String name = reader.nextName();
            if (object.containsKey(name)) {
              // Two values for one field: which one a script would take is anyone's guess.
              throw new Checker(source).fail(reader.getPath(), "each field once, found \"" + quote(name) + "\" twice", null);
            }
            object.put(name, value(reader));
          }
          reader.endObject();
          return object;
        }
        case BEGIN_ARRAY -> {
          List<Object> array = new ArrayList<>();
          reader.beginArray();
          while (reader.hasNext()) {
            array.add(value(reader));
          }
          reader.endArray();
          return array;
        }
        case STRING -> {
          return reader.nextString();
        }
        case NUMBER -> {
          // nextString() on a number gives its literal text: exact, never through a double.
          return new JsonNumber(reader.nextString());
        }
        case BOOLEAN -> {
          return reader.nextBoolean();
        }
        case NULL -> {
          reader.nextNull();
          return NULL;
        }
        default -> throw new JsonDataException("Unexpected " + reader.peek() + " at path " + reader.getPath());
      }
    }
  }

  /** Checks the tree of a plan and builds it; every refusal names the path and what was expected. */
  private static final class Checker {
    private final String source;

    Checker(String source) {
      this.source = source;
    }

    PlanFileException fail(String path, String expected, Object found) {
      String message = "cannot read the plan in " + source + ": at " + path + ": expected " + expected
          + (found == null ? "" : ", found " + show(found));
      return new PlanFileException(message, source, path, null);
    }

    RenewalPlan plan(Object document) {
      Map<String, Object> root = object(document, "$");
      int version = version(root);
      OffsetDateTime createdAt = createdAt(root);
      List<Object> itemValues = array(root, "items", "$.items");
      List<PlanItem> items = new ArrayList<>(itemValues.size());
      Map<Long, Integer> seen = new HashMap<>();
      for (int i = 0; i < itemValues.size(); i++) {
        String path = "$.items[" + i + "]";
        PlanItem item = item(object(itemValues.get(i), path), path);
        Integer first = seen.putIfAbsent(item.serviceId(), i);
        if (first != null) {
          throw fail(path + ".serviceId", "each service once, found " + item.serviceId() + " again (first at $.items[" + first + "])", null);
        }
        items.add(item);
      }
      List<PlanTotal> totals = totals(root, items);
      return new RenewalPlan(version, createdAt, items, totals);
    }

    private int version(Map<String, Object> root) {
      Object value = root.get("version");
      String supported = "version " + RenewalPlan.VERSION + ", the only plan file format this SDK reads";
      if (value == null) {
        throw fail("$.version", supported + " (is this a plan file?)", NONE);
      }
      if (!(value instanceof JsonNumber number) || !number.text().equals(Integer.toString(RenewalPlan.VERSION))) {
        throw fail("$.version", supported, orNone(value));
      }
      return RenewalPlan.VERSION;
    }

    private OffsetDateTime createdAt(Map<String, Object> root) {
      String text = string(root, "createdAt", "$.createdAt", true, "an ISO-8601 date and time with offset, e.g. 2026-11-23T10:00:00Z");
      try {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      } catch (DateTimeParseException e) {
        throw fail("$.createdAt", "an ISO-8601 date and time with offset, e.g. 2026-11-23T10:00:00Z", text);
      }
    }

    private PlanItem item(Map<String, Object> item, String path) {
      long serviceId = serviceId(item, path);
      String name = string(item, "name", path + ".name", false, "the service's name, a string");
      String route = string(item, "route", path + ".route", false, "the service's route, a string");
      LocalDate expiration = date(item, "expiration", path + ".expiration");
      String statusText = string(item, "status", path + ".status", true, "\"ready\" or \"skipped\"");
      PlanItem.Status status = status(statusText, path + ".status");
      if (status == PlanItem.Status.READY) {
        absent(item, "reason", path, "no reason on a ready item");
        absent(item, "reasonCode", path, "no reasonCode on a ready item");
        RenewPeriod period = strictPeriod(item, path + ".period");
        BigDecimal withoutTax = price(item, "priceWithoutTax", path);
        BigDecimal tax = price(item, "tax", path);
        BigDecimal withTax = price(item, "priceWithTax", path);
        String currency = currency(item, "currency", path + ".currency");
        if (withoutTax.add(tax).compareTo(withTax) != 0) {
          throw fail(path + ".priceWithTax", "priceWithoutTax + tax = " + withoutTax.add(tax).toPlainString(), withTax.toPlainString());
        }
        return new PlanItem(serviceId, name, route, expiration, period, status, null, null, withoutTax, tax, withTax, currency);
      }
      for (String field : List.of("priceWithoutTax", "tax", "priceWithTax", "currency")) {
        absent(item, field, path, "no " + field + " on a skipped item (only ready items are priced)");
      }
      String periodText = string(item, "period", path + ".period", false, "an ISO-8601 period such as P1Y, a string");
      RenewPeriod period = periodText == null ? null : RenewPeriod.fromWire(periodText);
      String codeText = string(item, "reasonCode", path + ".reasonCode", true, "why the item is skipped, one of " + reasonCodes());
      PlanItem.SkipReason code = reasonCode(codeText, path + ".reasonCode");
      String reason = string(item, "reason", path + ".reason", true, "why the item is skipped, in words");
      return new PlanItem(serviceId, name, route, expiration, period, status, code, reason, null, null, null, null);
    }

    private long serviceId(Map<String, Object> item, String path) {
      Object value = item.get("serviceId");
      String expected = "the service's id, a positive whole number";
      if (value instanceof JsonNumber number && INTEGER.matcher(number.text()).matches()) {
        try {
          long id = Long.parseLong(number.text());
          if (id > 0) {
            return id;
          }
        } catch (NumberFormatException tooLarge) {
          // Reported below, as any other value that is not an id.
        }
      }
      throw fail(path + ".serviceId", expected, orNone(value));
    }

    private RenewPeriod strictPeriod(Map<String, Object> item, String path) {
      String expected = "the period to renew for, an ISO-8601 period of whole months or years from P1M to P10Y such as P1Y";
      Object value = item.get("period");
      if (!(value instanceof String text)) {
        throw fail(path, expected, orNone(value));
      }
      try {
        return RenewPeriod.parse(text);
      } catch (IllegalArgumentException e) {
        throw fail(path, expected, text);
      }
    }

    private BigDecimal price(Map<String, Object> item, String field, String itemPath) {
      String path = itemPath + "." + field;
      String expected = "an amount of zero or more, a decimal such as \"12.00\" (a ready item is priced)";
      Object value = item.get(field);
      String text = value instanceof String s ? s : value instanceof JsonNumber n ? n.text() : null;
      if (text == null || !DECIMAL.matcher(text).matches()) {
        throw fail(path, expected, orNone(value));
      }
      BigDecimal amount = new BigDecimal(text);
      if (amount.signum() < 0) {
        throw fail(path, expected, orNone(value));
      }
      return amount;
    }

    private String currency(Map<String, Object> item, String field, String path) {
      String text = string(item, field, path, true, "a currency code such as \"EUR\"");
      if (text.isBlank() || text.length() > MAX_CURRENCY || !text.equals(text.strip())) {
        throw fail(path, "a currency code such as \"EUR\"", text);
      }
      return text;
    }

    private List<PlanTotal> totals(Map<String, Object> root, List<PlanItem> items) {
      Map<String, PlanTotal> expected = new LinkedHashMap<>();
      for (PlanTotal total : RenewalPlan.totalsOf(items)) {
        expected.put(total.currency(), total);
      }
      List<Object> values = array(root, "totals", "$.totals");
      List<PlanTotal> totals = new ArrayList<>(values.size());
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < values.size(); i++) {
        String path = "$.totals[" + i + "]";
        Map<String, Object> total = object(values.get(i), path);
        String currency = currency(total, "currency", path + ".currency");
        Integer first = seen.putIfAbsent(currency, i);
        if (first != null) {
          throw fail(path + ".currency", "one total per currency, found " + quote(currency) + " again (first at $.totals[" + first + "])", null);
        }
        PlanTotal sum = expected.get(currency);
        if (sum == null) {
          throw fail(path + ".currency", expected.isEmpty() ? "no total, as no item is ready"
              : "the currency of a ready item, one of " + Arguments.bounded(expected.keySet(), "currencies"), currency);
        }
        int count = count(total, path + ".items", sum.items(), currency);
        BigDecimal withoutTax = sum(total, "priceWithoutTax", path, sum.priceWithoutTax(), currency);
        BigDecimal tax = sum(total, "tax", path, sum.tax(), currency);
        BigDecimal withTax = sum(total, "priceWithTax", path, sum.priceWithTax(), currency);
        totals.add(new PlanTotal(currency, count, withoutTax, tax, withTax));
      }
      for (PlanTotal sum : expected.values()) {
        if (!seen.containsKey(sum.currency())) {
          throw fail("$.totals", "a total for " + quote(sum.currency()) + " (ready items in it: " + sum.items() + ")", NONE);
        }
      }
      return totals;
    }

    private int count(Map<String, Object> total, String path, int expected, String currency) {
      Object value = total.get("items");
      String wanted = expected + ", the number of ready items in " + quote(currency);
      if (!(value instanceof JsonNumber number) || !number.text().equals(Integer.toString(expected))) {
        throw fail(path, wanted, orNone(value));
      }
      return expected;
    }

    private BigDecimal sum(Map<String, Object> total, String field, String totalPath, BigDecimal expected, String currency) {
      String path = totalPath + "." + field;
      String wanted = expected.toPlainString() + ", the sum of the ready items in " + quote(currency);
      Object value = total.get(field);
      String text = value instanceof String s ? s : value instanceof JsonNumber n ? n.text() : null;
      if (text == null || !DECIMAL.matcher(text).matches()) {
        throw fail(path, wanted, orNone(value));
      }
      BigDecimal amount = new BigDecimal(text);
      if (amount.compareTo(expected) != 0) {
        throw fail(path, wanted, orNone(value));
      }
      return amount;
    }

    // --- Typed access. ---

    private Map<String, Object> object(Object value, String path) {
      if (value instanceof Map<?, ?> map) {
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) map;
        return object;
      }
      throw fail(path, path.equals("$") ? "a JSON object, the plan" : "a JSON object", orNone(value));
    }

    private List<Object> array(Map<String, Object> parent, String field, String path) {
      Object value = parent.get(field);
      if (value instanceof List<?> list) {
        @SuppressWarnings("unchecked")
        List<Object> array = (List<Object>) list;
        return array;
      }
      throw fail(path, "a JSON array", orNone(value));
    }

    private String string(Map<String, Object> parent, String field, String path, boolean required, String expected) {
      Object value = parent.get(field);
      if (value == null || value == NULL) {
        if (required) {
          throw fail(path, expected, orNone(value));
        }
        return null;
      }
      if (!(value instanceof String text) || (required && text.isBlank())) {
        throw fail(path, expected, orNone(value));
      }
      return text;
    }

    private LocalDate date(Map<String, Object> parent, String field, String path) {
      String expected = "an ISO-8601 date such as 2027-01-31";
      String text = string(parent, field, path, false, expected);
      if (text == null) {
        return null;
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw fail(path, expected, text);
      }
    }

    private void absent(Map<String, Object> parent, String field, String itemPath, String expected) {
      Object value = parent.get(field);
      if (value != null && value != NULL) {
        throw fail(itemPath + "." + field, expected, orNone(value));
      }
    }

    private PlanItem.Status status(String text, String path) {
      for (PlanItem.Status status : PlanItem.Status.values()) {
        if (status.wire().equals(text)) {
          return status;
        }
      }
      throw fail(path, "\"ready\" or \"skipped\"", text);
    }

    private PlanItem.SkipReason reasonCode(String text, String path) {
      for (PlanItem.SkipReason code : PlanItem.SkipReason.values()) {
        if (code.wire().equals(text)) {
          return code;
        }
      }
      throw fail(path, "one of " + reasonCodes(), text);
    }

    private static String reasonCodes() {
      List<String> codes = new ArrayList<>();
      for (PlanItem.SkipReason code : PlanItem.SkipReason.values()) {
        codes.add(code.wire());
      }
      return String.join(", ", codes);
    }
  }

  private static Object orNone(Object value) {
    return value == null ? NONE : value;
  }

  /** A found value for a message: short, whatever the file holds. */
  private static String show(Object value) {
    if (value == NULL) {
      return "null";
    }
    if (value == NONE) {
      return "none";
    }
    if (value instanceof String text) {
      return "\"" + quote(text) + "\"";
    }
    if (value instanceof JsonNumber number) {
      return quote(number.text());
    }
    if (value instanceof Map<?, ?>) {
      return "an object";
    }
    if (value instanceof List<?>) {
      return "an array";
    }
    return String.valueOf(value);
  }

  private static String quote(String text) {
    StringBuilder shown = new StringBuilder();
    int length = Math.min(text.length(), MAX_QUOTED);
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      // Control characters would rewrite a terminal line; show them escaped.
      shown.append(c < ' ' || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return text.length() > MAX_QUOTED ? shown + "… (" + text.length() + " chars)" : shown.toString();
  }
}
