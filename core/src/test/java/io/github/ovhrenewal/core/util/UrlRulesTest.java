package io.github.ovhrenewal.core.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlRulesTest {
  private static final String PARTS_ALLOWED = "expected only a scheme, a host, a port and a path, such as https://eu.api.ovh.com/1.0";

  @ParameterizedTest
  @ValueSource(strings = {
      "https://eu.api.ovh.com/1.0",
      "https://api.example.com:8443/1.0/",
      "https://127.attacker.example/1.0",
      "https://eu.api.ovh.com/1.0/a.b/..c/d../.e",
      "https://eu.api.ovh.com",
      "http://localhost:8080/1.0",
      "http://LOCALHOST/1.0",
      "http://127.0.0.1:8080/1.0",
      "http://127.0.0.0/1.0",
      "http://127.255.255.255/1.0",
      "http://127.1.20.200/auth/oauth2/token",
      "http://[::1]:8080/1.0",
  })
  void check_httpsOrLoopbackHttp_accepted(String url) {
    assertThat(UrlRules.check("URL", url)).hasToString(url);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "http://127.attacker.example/auth/oauth2/token",
      "http://127.0.0.1.nip.io/auth/oauth2/token",
      "http://127.0.0.1.example.com/1.0",
      "http://localhost.example.com/1.0",
      "http://localhost./1.0",
      "http://127.0.0.01/1.0",
      "http://0177.0.0.1/1.0",
      "http://2130706433/1.0",
      "http://128.0.0.1/1.0",
      "http://10.0.0.1/1.0",
      "http://[::2]/1.0",
      "http://[0:0:0:0:0:0:0:1]/1.0",
      "http://example.com/1.0",
      "http://eu.api.ovh.com/1.0",
  })
  void check_plainHttpToOtherHost_refusedSayingHttpsIsRequired(String url) {
    assertThatThrownBy(() -> UrlRules.check("token URL", url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("token URL '" + url + "' uses plain http; https is required, except for loopback hosts (localhost, 127.0.0.0/8, [::1])");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.256/1.0", "http://127.0.0/1.0", "http://127.0.0.1.2/1.0"})
  void check_plainHttpToNumericHostNotAnAddress_refusedSayingHttpsIsRequired(String url) {
    // java.net.URI reads no host in these; they are refused all the same, never taken as loopback.
    assertThatThrownBy(() -> UrlRules.check("token URL", url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("token URL '" + url + "' must be an absolute https URL with a host, such as https://eu.api.ovh.com/1.0"
            + " (plain http only for loopback hosts: localhost, 127.0.0.0/8, [::1])");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://eu.api.ovh.com/1.0/../../x",
      "https://eu.api.ovh.com/1.0/..",
      "https://eu.api.ovh.com/1.0/./service",
      "https://eu.api.ovh.com/1.0/.",
      "https://eu.api.ovh.com/1.0/%2e%2e/%2e%2e/x",
      "https://eu.api.ovh.com/1.0/%2E%2E",
      "https://eu.api.ovh.com/1.0/.%2e/x",
      "https://eu.api.ovh.com/1.0/%2e/x",
      "http://localhost:8080/1.0/../x",
  })
  void check_dotSegment_refusedNamingUrl(String url) {
    assertThatThrownBy(() -> UrlRules.check("endpoint URL", url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("endpoint URL '" + url + "' must not hold a '.' or '..' path segment, even percent-encoded: "
            + "the requests would go to another path; expected a plain path such as https://eu.api.ovh.com/1.0");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://eu.api.ovh.com/1.0?debug=true | must not carry a query (?…)",
      "https://eu.api.ovh.com/1.0? | must not carry a query (?…)",
      "https://eu.api.ovh.com/1.0#top | must not carry a fragment (#…)",
      "https://eu.api.ovh.com/1.0# | must not carry a fragment (#…)",
  })
  void check_queryOrFragment_refusedNamingUrlAndWhatIsAllowed(String url, String problem) {
    assertThatThrownBy(() -> UrlRules.check("endpoint URL", url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("endpoint URL '" + url + "' " + problem + "; " + PARTS_ALLOWED);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://alice:pw-Zq8v@eu.api.ovh.com/1.0 | https://***@eu.api.ovh.com/1.0",
      "https://pw-Zq8v@eu.api.ovh.com/1.0 | https://***@eu.api.ovh.com/1.0",
      "http://alice:pw-Zq8v@127.attacker.example/token | http://***@127.attacker.example/token",
      "http://alice:pw-Zq8v@localhost:8080/1.0 | http://***@localhost:8080/1.0",
  })
  void check_userInfo_refusedWithUserInfoRedacted(String url, String shown) {
    assertThatThrownBy(() -> UrlRules.check("endpoint URL", url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("endpoint URL '" + shown + "' must not carry user info (user:password@); " + PARTS_ALLOWED)
        .message().doesNotContain("pw-Zq8v").doesNotContain("alice");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://alice:pw-Zq8v with space@eu.api.ovh.com/1.0",
      "https://alice:pw/Zq8v@eu.api.ovh.com/1.0",
      "https://alice:pw#Zq8v@eu.api.ovh.com/1.0",
      "https://alice:pw?Zq8v@eu.api.ovh.com/1.0",
      "ftp://alice:pw-Zq8v@eu.api.ovh.com/1.0",
  })
  void check_userInfoThatDoesNotParse_neverEchoed(String url) {
    assertThatThrownBy(() -> UrlRules.check("endpoint URL", url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("endpoint URL '")
        .hasMessageContaining("***@eu.api.ovh.com/1.0'")
        .message().doesNotContain("Zq8v").doesNotContain("alice");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://eu.api.ovh.com/1.0", "https:///1.0", "file:///etc/passwd", "eu.api.ovh.com/1.0", "mailto:a"})
  void check_notAnAbsoluteHttpUrl_refusedNamingUrl(String url) {
    assertThatThrownBy(() -> UrlRules.check("endpoint URL", url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("endpoint URL '" + url + "' must be an absolute https URL with a host, such as https://eu.api.ovh.com/1.0"
            + " (plain http only for loopback hosts: localhost, 127.0.0.0/8, [::1])");
  }

  @Test
  void check_invalidSyntax_refusedWithReasonOnly() {
    assertThatThrownBy(() -> UrlRules.check("endpoint URL", "https://eu.api.ovh.com/1 0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("endpoint URL 'https://eu.api.ovh.com/1 0' is not a valid URL (Illegal character in path); "
            + "expected an absolute https URL such as https://eu.api.ovh.com/1.0");
  }

  @Test
  void check_hugeUrl_messageBounded() {
    String url = "http://example.com/" + "a".repeat(100_000);

    assertThatThrownBy(() -> UrlRules.check("endpoint URL", url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(100019 chars)")
        .hasMessageContaining("uses plain http")
        .message().hasSizeLessThan(1024);
  }

  @Test
  void check_null_refused() {
    assertThatThrownBy(() -> UrlRules.check("token URL", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("token URL must not be null; expected an absolute https URL such as https://eu.api.ovh.com/1.0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "LocalHost", "127.0.0.1", "127.0.0.0", "127.255.255.255", "127.10.0.9", "[::1]"})
  void isLoopback_literalLoopback_true(String host) {
    assertThat(UrlRules.isLoopback(host)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.attacker.example", "127.0.0.1.nip.io", "127.0.0.1.", "localhost.", "127.0.0.300", "127.00.0.1",
      "126.0.0.1", "127.0.0", "::1", "[::2]", "0.0.0.0", "localhost6", "my-localhost"})
  void isLoopback_anythingElse_false(String host) {
    assertThat(UrlRules.isLoopback(host)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://eu.api.ovh.com/1.0 | https://eu.api.ovh.com/1.0",
      "https://u:p@eu.api.ovh.com/1.0 | https://***@eu.api.ovh.com/1.0",
      "https://a@b@eu.api.ovh.com/1.0 | https://***@eu.api.ovh.com/1.0",
      "https://u:p/q#r@host/x | https://***@host/x",
      "u:p@host/x | ***@host/x",
      "ovh-eu | ovh-eu",
  })
  void redacted_userInfo_hiddenUpToLastAt(String text, String shown) {
    assertThat(UrlRules.redacted(text)).isEqualTo(shown);
  }
}
