package io.github.ovhrenewal.core.config;

import io.github.ovhrenewal.core.RenewalClient;
import io.github.ovhrenewal.core.WireMockOvh;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.ovhrenewal.core.WireMockOvh.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointTest {
  @RegisterExtension
  static final WireMockOvh wm = WireMockOvh.extension();

  @ParameterizedTest
  @CsvSource({
      // The endpoint table of the OVH API reference README, as python-ovh and go-ovh know it.
      "ovh-eu, https://eu.api.ovh.com/1.0",
      "ovh-ca, https://ca.api.ovh.com/1.0",
      "ovh-us, https://api.us.ovhcloud.com/1.0",
      "kimsufi-eu, https://eu.api.kimsufi.com/1.0",
      "kimsufi-ca, https://ca.api.kimsufi.com/1.0",
      "soyoustart-eu, https://eu.api.soyoustart.com/1.0",
      "soyoustart-ca, https://ca.api.soyoustart.com/1.0",
  })
  void of_tableName_mapsToExactUrl(String name, String url) {
    Endpoint endpoint = Endpoint.of(name);

    assertThat(endpoint.url()).isEqualTo(url);
    assertThat(endpoint.name()).isEqualTo(name);
    assertThat(endpoint.toString()).isEqualTo(name + " (" + url + ")");
  }

  @Test
  void names_table_listsTheSevenNamesInOrder() {
    assertThat(Endpoint.names()).containsExactly(
        "ovh-eu", "ovh-ca", "ovh-us", "kimsufi-eu", "kimsufi-ca", "soyoustart-eu", "soyoustart-ca");
  }

  @ParameterizedTest
  @ValueSource(strings = {"OVH-EU", "Ovh-Eu", " ovh-eu ", "ovh-EU"})
  void of_nameInAnyCase_isTheSameEndpoint(String name) {
    assertThat(Endpoint.of(name)).isSameAs(Endpoint.OVH_EU);
  }

  @Test
  void constants_matchTheirNames() {
    assertThat(Endpoint.of("ovh-ca")).isSameAs(Endpoint.OVH_CA);
    assertThat(Endpoint.of("ovh-us")).isSameAs(Endpoint.OVH_US);
    assertThat(Endpoint.of("kimsufi-eu")).isSameAs(Endpoint.KIMSUFI_EU);
    assertThat(Endpoint.of("kimsufi-ca")).isSameAs(Endpoint.KIMSUFI_CA);
    assertThat(Endpoint.of("soyoustart-eu")).isSameAs(Endpoint.SOYOUSTART_EU);
    assertThat(Endpoint.of("soyoustart-ca")).isSameAs(Endpoint.SOYOUSTART_CA);
  }

  @ParameterizedTest
  @CsvSource({
      "https://eu.api.ovh.com/1.0/, https://eu.api.ovh.com/1.0",
      "https://eu.api.ovh.com/1.0///, https://eu.api.ovh.com/1.0",
      "https://api.example.com/1.0, https://api.example.com/1.0",
      "https://api.example.com:8443/1.0/, https://api.example.com:8443/1.0",
      "http://localhost:8080/1.0/, http://localhost:8080/1.0",
      "http://127.0.0.1:8080/1.0, http://127.0.0.1:8080/1.0",
      "http://[::1]:8080/1.0, http://[::1]:8080/1.0",
      "http://LOCALHOST/1.0, http://LOCALHOST/1.0",
  })
  void of_allowedUrl_keepsItWithoutTrailingSlash(String given, String url) {
    Endpoint endpoint = Endpoint.of(given);

    assertThat(endpoint.url()).isEqualTo(url);
    assertThat(endpoint.name()).isNull();
    assertThat(endpoint.oauth2TokenUrl()).isNull();
    assertThat(endpoint.toString()).isEqualTo(url);
  }

  @Test
  void of_tableUrlWithTrailingSlash_equalsNamedEndpoint() {
    assertThat(Endpoint.of("https://eu.api.ovh.com/1.0/")).isEqualTo(Endpoint.OVH_EU);
    assertThat(Endpoint.of("https://eu.api.ovh.com/1.0/").hashCode()).isEqualTo(Endpoint.OVH_EU.hashCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "http://example.com/1.0",
      "http://eu.api.ovh.com/1.0",
      "http://localhost.example.com/1.0",
      "http://127.0.0.1.example.com/1.0",
      "http://127.0.0.1.nip.io/1.0",
      "http://127.evil.example/1.0",
      "http://127.attacker.example/1.0",
  })
  void of_plainHttpToNonLoopbackHost_isRejected(String url) {
    assertThatThrownBy(() -> Endpoint.of(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("endpoint URL '" + url + "' uses plain http; https is required, except for loopback hosts (localhost, 127.0.0.0/8, [::1])");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://eu.api.ovh.com/1.0?debug=true | must not carry a query (?…)",
      "https://eu.api.ovh.com/1.0#top | must not carry a fragment (#…)",
  })
  void of_urlWithQueryOrFragment_isRejected(String url, String problem) {
    assertThatThrownBy(() -> Endpoint.of(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("endpoint URL '" + url + "' " + problem
            + "; expected only a scheme, a host, a port and a path, such as https://eu.api.ovh.com/1.0");
  }

  @Test
  void of_urlWithUserInfo_isRejectedWithoutEchoingIt() {
    assertThatThrownBy(() -> Endpoint.of("https://alice:pw-Zq8v@eu.api.ovh.com/1.0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("endpoint URL 'https://***@eu.api.ovh.com/1.0' must not carry user info (user:password@);"
            + " expected only a scheme, a host, a port and a path, such as https://eu.api.ovh.com/1.0");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://eu.api.ovh.com/1.0/../../x",
      "https://eu.api.ovh.com/1.0/./",
      "https://eu.api.ovh.com/1.0/%2e%2e",
      "http://127.0.0.1:8080/1.0/..",
  })
  void of_urlWithDotSegment_isRejected(String url) {
    assertThatThrownBy(() -> Endpoint.of(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("endpoint URL '" + url + "' must not hold a '.' or '..' path segment");
  }

  @Test
  void of_unknownNameWithUserInfo_isRejectedWithoutEchoingIt() {
    assertThatThrownBy(() -> Endpoint.of("alice:pw-Zq8v@eu.api.ovh.com/1.0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown endpoint '***@eu.api.ovh.com/1.0'")
        .message().doesNotContain("pw-Zq8v");
  }

  @Test
  void of_hugeUnknownName_messageBounded() {
    assertThatThrownBy(() -> Endpoint.of("x".repeat(1_000_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(1000000 chars)")
        .message().hasSizeLessThan(1024);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://eu.api.ovh.com/1.0", "https:///1.0", "file:///etc/passwd"})
  void of_nonHttpOrHostlessUrl_isRejected(String url) {
    assertThatThrownBy(() -> Endpoint.of(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("endpoint URL '" + url + "'");
  }

  @Test
  void of_unknownName_listsValidNames() {
    assertThatThrownBy(() -> Endpoint.of("ovh-mars"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown endpoint 'ovh-mars'; expected one of "
            + "[ovh-eu, ovh-ca, ovh-us, kimsufi-eu, kimsufi-ca, soyoustart-eu, soyoustart-ca]"
            + " or an absolute URL such as https://eu.api.ovh.com/1.0");
  }

  @ParameterizedTest
  @CsvSource(value = {
      "ovh-eu, https://www.ovh.com/auth/oauth2/token",
      "ovh-ca, https://ca.ovh.com/auth/oauth2/token",
      "ovh-us, https://us.ovhcloud.com/auth/oauth2/token",
      "kimsufi-eu, NULL",
      "kimsufi-ca, NULL",
      "soyoustart-eu, NULL",
      "soyoustart-ca, NULL",
  }, nullValues = "NULL")
  void oauth2TokenUrl_byEndpoint_isOvhsPublishedUrl(String name, String tokenUrl) {
    assertThat(Endpoint.of(name).oauth2TokenUrl()).isEqualTo(tokenUrl);
  }

  @Test
  void client_loopbackIpEndpoint_sendsUnderItsPath() {
    wm.stubTime();
    wm.stubFor(get(urlEqualTo("/1.0/service")).willReturn(okJson("[1]")));

    try (RenewalClient client = wm.builder().endpoint("http://127.0.0.1:" + wm.getPort() + "/1.0/").build()) {
      assertThat(client.endpoint().url()).isEqualTo("http://127.0.0.1:" + wm.getPort() + "/1.0");
      assertThat(client.services().list()).containsExactly(1L);
    }
    assertThat(wm.onlySignedRequest().getUrl()).isEqualTo("/1.0/service");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1.nip.io:%d/1.0", "http://localhost:%d/1.0/../x", "http://alice:pw@localhost:%d/1.0"})
  void build_refusedEndpoint_failsBeforeAnyRequest(String pattern) {
    wm.stubTime();
    String url = String.format(pattern, wm.getPort());

    assertThatThrownBy(() -> wm.builder().endpoint(url).build())
        .isInstanceOf(IllegalArgumentException.class)
        .message().doesNotContain("alice:pw");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
