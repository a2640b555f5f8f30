package io.github.ovhrenewal.examples.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SandboxRuleTest {

  @Test
  void allows_starPattern_matchesEverythingUnderIt() {
    SandboxRule rule = new SandboxRule("GET", "/service/*");

    assertThat(rule.allows("GET", "/service/12345")).isTrue();
    assertThat(rule.allows("GET", "/service/12345/renew")).isTrue();
    assertThat(rule.allows("GET", "/service")).isFalse();
    assertThat(rule.allows("POST", "/service/12345/renew")).isFalse();
  }

  @Test
  void allows_starInTheMiddle_matchesOneOrMoreSegments() {
    SandboxRule rule = new SandboxRule("POST", "/service/*/renew");

    assertThat(rule.allows("POST", "/service/112233/renew")).isTrue();
    assertThat(rule.allows("POST", "/service/112233/terminate")).isFalse();
  }

  @Test
  void allows_regexCharactersInPath_takenLiterally() {
    SandboxRule rule = new SandboxRule("GET", "/vps/vps112233.ovh.net/serviceInfos");

    assertThat(rule.allows("GET", "/vps/vps112233.ovh.net/serviceInfos")).isTrue();
    assertThat(rule.allows("GET", "/vps/vps112233xovhxnet/serviceInfos")).isFalse();
  }
}
