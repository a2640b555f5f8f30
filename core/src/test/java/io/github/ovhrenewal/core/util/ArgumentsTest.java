package io.github.ovhrenewal.core.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArgumentsTest {

  @Test
  void bounded_shortText_keptAsIs() {
    assertThat(Arguments.bounded("vps112233.ovh.net")).isEqualTo("vps112233.ovh.net");
    assertThat(Arguments.bounded("x".repeat(200))).isEqualTo("x".repeat(200));
    assertThat(Arguments.bounded((String) null)).isEqualTo("null");
  }

  @Test
  void bounded_longText_startAndLength() {
    assertThat(Arguments.bounded("x".repeat(201))).isEqualTo("x".repeat(200) + "… (201 chars)");
    assertThat(Arguments.bounded("y".repeat(5_000_000))).hasSize(200 + "… (5000000 chars)".length());
  }

  @Test
  void bounded_surrogatePairAtTheCut_notSplit() {
    String text = "a".repeat(199) + "\uD83D\uDCB6" + "b".repeat(10);

    assertThat(Arguments.bounded(text)).isEqualTo("a".repeat(199) + "… (" + text.length() + " chars)");
  }

  @Test
  void bounded_fewValues_listedAsIs() {
    assertThat(Arguments.bounded(List.of(12345L, 67890L), "ids")).isEqualTo("[12345, 67890]");
    assertThat(Arguments.bounded(List.of(), "ids")).isEqualTo("[]");
    assertThat(Arguments.bounded(LongStream.rangeClosed(1, 10).boxed().toList(), "ids"))
        .isEqualTo("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]");
    assertThat(Arguments.bounded((List<Long>) null, "ids")).isEqualTo("null");
  }

  @Test
  void bounded_manyValues_countAndFirstTen() {
    List<Long> ids = LongStream.rangeClosed(1, 200_000).boxed().toList();

    assertThat(Arguments.bounded(ids, "ids")).isEqualTo("200000 ids, first: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …]");
    assertThat(Arguments.bounded(LongStream.rangeClosed(1, 11).boxed().toList(), "ids"))
        .isEqualTo("11 ids, first: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …]");
  }

  @Test
  void bounded_fewLongValues_countAndFirstOnesWithinBound() {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      values.add(String.valueOf(i).repeat(150));
    }

    String shown = Arguments.bounded(values, "names");

    assertThat(shown).startsWith("5 names, first: [" + "0".repeat(150) + ", " + "1".repeat(150) + ", …]");
    assertThat(shown).hasSizeLessThan(400);
  }

  @Test
  void bounded_nullValue_shownAsNull() {
    List<Long> ids = new ArrayList<>();
    ids.add(null);

    assertThat(Arguments.bounded(ids, "ids")).isEqualTo("[null]");
  }

  @Test
  void serviceName_exactName_keptAsIs() {
    assertThat(Arguments.serviceName("vps112233.ovh.net")).isEqualTo("vps112233.ovh.net");
    assertThat(Arguments.serviceName("a b")).isEqualTo("a b");
  }

  @ParameterizedTest
  @ValueSource(strings = {" vps112233.ovh.net", "vps112233.ovh.net ", "\tvps112233.ovh.net", "vps112233.ovh.net\r\n",
      "\u00a0vps112233.ovh.net", "vps112233.ovh.net\u3000", "\u0000vps112233.ovh.net"})
  void serviceName_surroundingBlanks_refusedQuotingTheValue(String name) {
    assertThatThrownBy(() -> Arguments.serviceName(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("serviceName '" + name + "' has leading or trailing blanks; expected the name exactly as OVH shows it, e.g. vps112233.ovh.net");
  }
}
