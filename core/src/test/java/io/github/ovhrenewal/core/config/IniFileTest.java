package io.github.ovhrenewal.core.config;

import io.github.ovhrenewal.core.exception.OvhConfigurationException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The INI reader follows python's configparser as python-ovh uses it. */
class IniFileTest {

  private static IniFile parse(String text) {
    return IniFile.parse("test.conf", text);
  }

  @Test
  void parse_equalsAndColonDelimiters_bothRead() {
    IniFile ini = parse("[s]\na = 1\nb: 2\nc=x=y\nd : e: f\n");

    assertThat(ini.get("s", "a").value()).isEqualTo("1");
    assertThat(ini.get("s", "b").value()).isEqualTo("2");
    assertThat(ini.get("s", "c").value()).isEqualTo("x=y");
    assertThat(ini.get("s", "d").value()).isEqualTo("e: f");
  }

  @Test
  void parse_keys_caseInsensitiveAndSectionsCaseSensitive() {
    IniFile ini = parse("[OVH-EU]\nApplication_Key = ak\n");

    assertThat(ini.get("OVH-EU", "application_key").value()).isEqualTo("ak");
    assertThat(ini.get("OVH-EU", "APPLICATION_KEY").value()).isEqualTo("ak");
    assertThat(ini.hasSection("ovh-eu")).isFalse();
  }

  @Test
  void parse_wholeLineComments_skippedAndInlineHashKept() {
    IniFile ini = parse("# top\n; also\n[s]\n  # indented comment\nk = v # not a comment\n");

    assertThat(ini.get("s", "k").value()).isEqualTo("v # not a comment");
    assertThat(ini.get("s", "k").line()).isEqualTo(5);
  }

  @Test
  void parse_indentedLines_continueTheValue() {
    IniFile ini = parse("[s]\nk = first\n  second\n\n  third\n\nnext = 1\n");

    assertThat(ini.get("s", "k").value()).isEqualTo("first\nsecond\n\nthird");
    assertThat(ini.get("s", "next").value()).isEqualTo("1");
  }

  @Test
  void parse_defaultSection_fallbackForExistingSectionsOnly() {
    IniFile ini = parse("[DEFAULT]\nendpoint = ovh-eu\n[ovh-eu]\napplication_key = ak\n");

    assertThat(ini.get("ovh-eu", "endpoint").value()).isEqualTo("ovh-eu");
    assertThat(ini.get("ovh-ca", "endpoint")).isNull();
  }

  @Test
  void parse_bomAndCrLf_read() {
    IniFile ini = parse("\uFEFF[default]\r\nendpoint=ovh-ca\r\n");

    assertThat(ini.get("default", "endpoint").value()).isEqualTo("ovh-ca");
  }

  @Test
  void parse_emptyValue_keptEmpty() {
    assertThat(parse("[s]\nk =\n").get("s", "k").value()).isEmpty();
  }

  @Test
  void parse_keyBeforeSection_failsWithLine() {
    assertThatThrownBy(() -> parse("\nk = v\n"))
        .isInstanceOf(OvhConfigurationException.class)
        .hasMessage("test.conf line 2: a key comes before any [section]; the file must start with a section header such as [default]");
  }

  @Test
  void parse_lineWithoutDelimiter_failsQuotingOnlyItsStart() {
    assertThatThrownBy(() -> parse("[s]\nsupersecretvalue\n"))
        .isInstanceOf(OvhConfigurationException.class)
        .hasMessage("test.conf line 2: expected 'key = value', 'key: value', a [section] or a comment (# or ;), got 'sup…'");
  }

  @Test
  void parse_valueWithoutKey_fails() {
    assertThatThrownBy(() -> parse("[s]\n= v\n"))
        .isInstanceOf(OvhConfigurationException.class)
        .hasMessage("test.conf line 2: a value has no key before its '='");
  }

  @Test
  void parse_duplicateSection_failsNamingBothLines() {
    assertThatThrownBy(() -> parse("[s]\na=1\n[s]\n"))
        .isInstanceOf(OvhConfigurationException.class)
        .hasMessage("test.conf line 3: section [s] appears twice (first at line 1)");
  }

  @Test
  void toString_parsedFile_showsNoValue() {
    assertThat(parse("[s]\nk = secret-value\n").toString()).isEqualTo("IniFile[test.conf, sections=[DEFAULT, s]]");
  }
}
