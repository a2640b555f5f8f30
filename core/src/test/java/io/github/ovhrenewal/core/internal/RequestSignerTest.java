package io.github.ovhrenewal.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RequestSignerTest {
  // The revoked demo credentials of python-ovh's and go-ovh's test suites (see the vectors file header).
  private static final String SECRET = "9ufkBmLaTQ9nz5yMUlg79taH0GNnzDjk";
  private static final String CONSUMER_KEY = "5mBuy6SUQcRw2ZUxg0cG68BoDKpED4KY";
  private static final long TIMESTAMP = 1457018875L;

  record Vector(String method, String url, String body, String signature) {
    @Override
    public String toString() {
      return method + " " + url + (body.isEmpty() ? "" : " " + body);
    }
  }

  static List<Vector> vectors() throws IOException {
    List<Vector> vectors = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(RequestSignerTest.class.getResourceAsStream("/signature-vectors.tsv")), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#") || line.startsWith("method\t") || line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        vectors.add(new Vector(cells[0], cells[1], cells[2], cells[3]));
      }
    }
    return vectors;
  }

  @Test
  void vectors_fileHoldsElevenVectors_allLoaded() throws IOException {
    assertThat(vectors()).hasSize(11);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void sign_publishedVector_matchesOfficialClients(Vector vector) {
    RequestSigner signer = new RequestSigner(SECRET, CONSUMER_KEY);

    String signature = signer.sign(vector.method(), vector.url(), vector.body().getBytes(StandardCharsets.UTF_8), TIMESTAMP);

    assertThat(signature).isEqualTo(vector.signature());
  }

  @Test
  void sign_nonAsciiBody_hashesUtf8Bytes() {
    RequestSigner signer = new RequestSigner(SECRET, CONSUMER_KEY);
    byte[] body = "{\"displayName\":\"café\"}".getBytes(StandardCharsets.UTF_8);

    String signature = signer.sign("PUT", "https://eu.api.ovh.com/1.0/service/1", body, TIMESTAMP);

    // sha1("<secret>+<ck>+PUT+https://eu.api.ovh.com/1.0/service/1+{"displayName":"café"}+1457018875"), computed independently.
    assertThat(signature).isEqualTo("$1$" + sha1Hex(SECRET + "+" + CONSUMER_KEY + "+PUT+https://eu.api.ovh.com/1.0/service/1+{\"displayName\":\"café\"}+1457018875"));
  }

  @Test
  void toString_always_hidesSecrets() {
    assertThat(new RequestSigner(SECRET, CONSUMER_KEY).toString()).doesNotContain(SECRET).doesNotContain(CONSUMER_KEY);
  }

  private static String sha1Hex(String text) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
