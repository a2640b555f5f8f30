package io.github.ovhrenewal.examples.cli;

import java.util.List;

/** CSV as RFC 4180 writes it: a header line, CRLF line ends, fields quoted when they hold a comma, a quote or a line break. */
final class Csv {
  private Csv() {}

  /** The header and the rows, each line ended by CRLF. */
  static String of(List<String> header, List<List<String>> rows) {
    StringBuilder text = new StringBuilder();
    line(text, header);
    for (List<String> row : rows) {
      line(text, row);
    }
    return text.toString();
  }

  private static void line(StringBuilder text, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(field(fields.get(i)));
    }
    text.append("\r\n");
  }

  /** One field: empty for null, quoted (quotes doubled) when it must be. */
  static String field(String value) {
    if (value == null) {
      return "";
    }
    if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
