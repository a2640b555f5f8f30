package io.github.ovhrenewal.examples.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SandboxSignatureTest {

  private static final String SECRET = "9ufkBmLaTQ9nz5yMUlg79taH0GNnzDjk";
  private static final String CONSUMER_KEY = "5mBuy6SUQcRw2ZUxg0cG68BoDKpED4KY";
  private static final String TIMESTAMP = "1457018875";

  static Stream<Arguments> vectors() throws IOException {
    try (InputStream in =
        SandboxSignatureTest.class.getResourceAsStream("/sandbox/signature-vectors.tsv")) {
      List<String[]> rows =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.startsWith("#") && !line.startsWith("method\t"))
              .filter(line -> !line.isBlank())
              .map(line -> line.split("\t", -1))
              .collect(Collectors.toList());
      assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(4));
      return rows.stream().map(row -> Arguments.of((Object[]) row));
    }
  }

  @Test
  void vectors_fixture_hasElevenRows() throws IOException {
    assertThat(vectors().count()).isEqualTo(11);
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void sign_publishedVector_matches(String method, String url, String body, String expected) {
    String signature = SandboxSignature.sign(SECRET, CONSUMER_KEY, method, url, body, TIMESTAMP);

    assertThat(signature).isEqualTo(expected);
    assertThat(SandboxSignature.matches(signature, expected)).isTrue();
  }

  @Test
  void matches_otherOrMissingSignature_false() {
    String signature = SandboxSignature.sign(SECRET, CONSUMER_KEY, "GET", "u", "", TIMESTAMP);

    assertThat(SandboxSignature.matches(signature, "$1$" + "0".repeat(40))).isFalse();
    assertThat(SandboxSignature.matches(signature, null)).isFalse();
  }

  @Test
  void testClientSign_publishedVector_matches() {
    // The tests' own signer must agree with the published vectors too, or the tests prove nothing.
    assertThat(
            SandboxTestClient.sign(
                SECRET, CONSUMER_KEY, "GET", "https://eu.api.ovh.com/1.0/auth", "", TIMESTAMP))
        .isEqualTo("$1$e9556054b6309771395efa467c22e627407461ad");
  }
}
