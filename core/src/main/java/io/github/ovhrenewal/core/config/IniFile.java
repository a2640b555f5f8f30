package io.github.ovhrenewal.core.config;

import io.github.ovhrenewal.core.exception.OvhConfigurationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@code ovh.conf} file, read the way python's {@code configparser.RawConfigParser} reads it for
 * python-ovh (go-ovh reads the same files).
 *
 * <p>Hand-written because no INI library is in this project's allowed dependency set, and because
 * users' files follow python's semantics, which generic INI parsers differ from: {@code key = value}
 * and {@code key: value} (split at the first {@code =} or {@code :}), whole-line comments starting
 * with {@code #} or {@code ;} (a {@code #} after a value is part of the value), keys compared
 * case-insensitively, section names case-sensitively, {@code [DEFAULT]} giving fallbacks to every
 * section, indented lines continuing the previous value, and duplicate sections or keys rejected
 * (python's strict mode).
 *
 * <p>Internal: not part of the SDK's API.
 */
public final class IniFile {
  private static final String DEFAULT_SECTION = "DEFAULT";
  private static final Pattern SECTION = Pattern.compile("^\\[(.+)\\]");
  private static final Pattern OPTION = Pattern.compile("^(.*?)\\s*([=:])\\s*(.*)$");

  private final String label;
  private final Map<String, Map<String, Entry>> sections;

  /**
   * A value and the line where its key is.
   *
   * @param value the value, surrounding blanks removed
   * @param line the 1-based line of its key
   */
  public record Entry(String value, int line) {}

  private IniFile(String label, Map<String, Map<String, Entry>> sections) {
    this.label = label;
    this.sections = sections;
  }

  /**
   * Parses a file's text.
   *
   * @param label how messages name the file, e.g. {@code ~/.ovh.conf (/home/me/.ovh.conf)}
   * @param text the file's content
   * @return the parsed file
   * @throws OvhConfigurationException naming the file and line of the first malformed line
   */
  public static IniFile parse(String label, String text) {
    return new Parser(label).parse(text);
  }

  /**
   * The name of the file, for messages.
   *
   * @return the label given to {@link #parse}
   */
  public String label() {
    return label;
  }

  /**
   * Whether a section exists ({@code [DEFAULT]} always does, as in python).
   *
   * @param section the section name, case-sensitive
   * @return true if present
   */
  public boolean hasSection(String section) {
    return sections.containsKey(section);
  }

  /**
   * A value of a section, falling back to {@code [DEFAULT]} as python does, only if the section exists.
   *
   * @param section the section name, case-sensitive
   * @param key the key, case-insensitive
   * @return the entry, or null when the section or key is absent
   */
  public Entry get(String section, String key) {
    Map<String, Entry> values = sections.get(section);
    if (values == null) {
      return null;
    }
    String lower = key.toLowerCase(Locale.ROOT);
    Entry entry = values.get(lower);
    if (entry == null && !section.equals(DEFAULT_SECTION)) {
      entry = sections.get(DEFAULT_SECTION).get(lower);
    }
    return entry;
  }

  /** Shows the label and section names, never values (they hold secrets). */
  @Override
  public String toString() {
    return "IniFile[" + label + ", sections=" + sections.keySet() + "]";
  }

  /** Python's configparser line loop, with its strict-mode checks. */
  private static final class Parser {
    private final String label;
    private final Map<String, Map<String, Entry>> sections = new LinkedHashMap<>();
    private final Map<String, Integer> sectionLines = new LinkedHashMap<>();
    private Map<String, Entry> current;
    private String currentName;
    private String key;
    private int keyLine;
    private int keyIndent;
    private List<String> valueLines;

    Parser(String label) {
      this.label = label;
      sections.put(DEFAULT_SECTION, new LinkedHashMap<>());
    }

    IniFile parse(String text) {
      String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
      String[] lines = content.split("\r\n|\r|\n", -1);
      for (int i = 0; i < lines.length; i++) {
        readLine(lines[i], i + 1);
      }
      endValue();
      return new IniFile(label, sections);
    }

    private void readLine(String line, int number) {
      String stripped = line.strip();
      if (stripped.startsWith("#") || stripped.startsWith(";")) {
        return;
      }
      if (stripped.isEmpty()) {
        // Python keeps empty lines inside a multi-line value, and drops trailing ones at the end.
        if (valueLines != null) {
          valueLines.add("");
        }
        return;
      }
      int indent = line.length() - line.stripLeading().length();
      if (key != null && indent > keyIndent) {
        valueLines.add(stripped);
        return;
      }
      endValue();
      Matcher section = SECTION.matcher(stripped);
      if (section.find()) {
        startSection(section.group(1), number);
        return;
      }
      if (current == null) {
        throw error(number, "a key comes before any [section]; the file must start with a section header such as [default]");
      }
      Matcher option = OPTION.matcher(stripped);
      if (!option.matches()) {
        throw error(number, "expected 'key = value', 'key: value', a [section] or a comment (# or ;), got '" + firstWord(stripped) + "…'");
      }
      String name = option.group(1).strip().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        throw error(number, "a value has no key before its '" + option.group(2) + "'");
      }
      Entry previous = current.get(name);
      if (previous != null) {
        throw error(number, "key '" + name + "' appears twice in [" + currentName + "] (first at line " + previous.line() + ")");
      }
      key = name;
      keyLine = number;
      keyIndent = indent;
      valueLines = new ArrayList<>(List.of(option.group(3).strip()));
      current.put(name, new Entry("", number));
    }

    private void startSection(String name, int number) {
      Integer first = sectionLines.get(name);
      if (first != null) {
        throw error(number, "section [" + name + "] appears twice (first at line " + first + ")");
      }
      sectionLines.put(name, number);
      current = sections.computeIfAbsent(name, n -> new LinkedHashMap<>());
      currentName = name;
    }

    private void endValue() {
      if (key == null) {
        return;
      }
      while (!valueLines.isEmpty() && valueLines.get(valueLines.size() - 1).isEmpty()) {
        valueLines.remove(valueLines.size() - 1);
      }
      current.put(key, new Entry(String.join("\n", valueLines), keyLine));
      key = null;
      valueLines = null;
    }

    /** Only the start of a bad line is quoted: the line may hold a secret typed without its key. */
    private static String firstWord(String line) {
      return line.length() <= 3 ? line : line.substring(0, 3);
    }

    private OvhConfigurationException error(int line, String what) {
      return new OvhConfigurationException(label + " line " + line + ": " + what);
    }
  }
}
