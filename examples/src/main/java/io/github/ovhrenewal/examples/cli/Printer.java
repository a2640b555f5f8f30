package io.github.ovhrenewal.examples.cli;

import com.squareup.moshi.JsonAdapter;
import io.github.ovhrenewal.api.json.OvhJson;
import io.github.ovhrenewal.api.model.Price;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Writes results as aligned tables for people, or as JSON (through the SDK's own Moshi setup) for scripts. */
final class Printer {
  private static final JsonAdapter<Object> JSON = OvhJson.moshi().adapter(Object.class).indent("  ");
  // For the fleet commands' shapes: scripts find every documented key, null when unknown.
  private static final JsonAdapter<Object> JSON_WITH_NULLS = JSON.serializeNulls();

  private final PrintWriter out;
  private final boolean json;

  Printer(PrintWriter out, boolean json) {
    this.out = out;
    this.json = json;
  }

  boolean json() {
    return json;
  }

  /** Writes a value as JSON: maps, lists, records, BigDecimal, dates, open enums. */
  void json(Object value) {
    out.println(JSON.toJson(value));
    out.flush();
  }

  /** Writes a value as JSON, keeping the keys whose value is null. */
  void jsonWithNulls(Object value) {
    out.println(JSON_WITH_NULLS.toJson(value));
    out.flush();
  }

  /** Writes text as it is (CSV, a plan's JSON), with no line added. */
  void raw(String text) {
    out.print(text);
    out.flush();
  }

  /** A line of text, for people only: nothing in JSON mode, so stdout stays parseable. */
  void line(String text) {
    if (!json) {
      out.println(text);
      out.flush();
    }
  }

  /** An aligned table, header first. */
  void table(List<String> header, List<List<String>> rows) {
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    int[] widths = new int[header.size()];
    for (List<String> row : all) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : all) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        line.append(cell);
        if (i < row.size() - 1) {
          line.append(" ".repeat(widths[i] - cell.length() + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
    out.flush();
  }

  /**
   * A price as people read it, with its currency's digits: {@code 18.00 EUR} for a server's
   * {@code 18.0} ({@link Price#formatted()}); {@code -} when the server sent no price.
   */
  static String money(Price price) {
    return price == null ? "-" : price.formatted();
  }

  /**
   * An amount as people read it, with its currency's digits: {@code 18.00 EUR} for {@code 18.0}
   * ({@link Price#amount(BigDecimal, String)}); {@code -} when there is no amount.
   */
  static String money(BigDecimal amount, String currency) {
    return amount == null ? "-" : Price.amount(amount, currency) + (currency == null ? "" : " " + currency);
  }

  /** A price's exact amount for JSON, as received ({@code 18.0} stays {@code 18.0}), or null. */
  static BigDecimal amount(Price price) {
    return price == null ? null : price.value();
  }
}
