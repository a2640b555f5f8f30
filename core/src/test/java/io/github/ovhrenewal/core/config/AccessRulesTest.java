package io.github.ovhrenewal.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ovhrenewal.api.model.AccessRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ready rule sets and python-ovh's recursive rules. */
class AccessRulesTest {

  private static List<String> texts(AccessRules rules) {
    return rules.rules().stream().map(AccessRule::toString).toList();
  }

  @Test
  void renewal_rules_grantExactlyWhatTheSdkCalls() {
    assertThat(texts(AccessRules.renewal())).containsExactly(
        "GET /service",
        "GET /service/*",
        "POST /service/*/renew",
        "GET /services",
        "GET /services/*",
        "PUT /services/*",
        "GET /domain/*/serviceInfos",
        "GET /domain/zone/*/serviceInfos",
        "GET /hosting/web/*/serviceInfos",
        "GET /vps/*/serviceInfos",
        "GET /dedicated/server/*/serviceInfos",
        "GET /email/domain/*/serviceInfos",
        "GET /dedicatedCloud/*/serviceInfos",
        "GET /hosting/privateDatabase/*/serviceInfos",
        "GET /ssl/*/serviceInfos",
        "GET /license/windows/*/serviceInfos",
        "GET /license/cpanel/*/serviceInfos",
        "GET /license/plesk/*/serviceInfos",
        "GET /license/directadmin/*/serviceInfos",
        "GET /license/virtuozzo/*/serviceInfos",
        "GET /license/sqlserver/*/serviceInfos",
        "GET /ip/*/serviceInfos",
        "GET /me/order",
        "GET /me/order/*",
        "POST /me/order/*/payWithRegisteredPaymentMean",
        "POST /me/order/*/pay",
        "GET /me/payment/method",
        "GET /me/payment/method/*",
        "GET /auth/currentCredential");
  }

  @Test
  void renewal_rules_neverGrantDeleteOrWildcardsAndPutOnlyTheRenewalSettings() {
    assertThat(texts(AccessRules.renewal())).noneMatch(rule -> rule.startsWith("DELETE") || rule.equals("PUT /*")
        || rule.equals("POST /*") || rule.equals("GET /*"));
    assertThat(texts(AccessRules.renewal())).filteredOn(rule -> rule.startsWith("PUT")).containsExactly("PUT /services/*");
  }

  @Test
  void readOnly_rules_getEverything() {
    assertThat(texts(AccessRules.readOnly())).containsExactly("GET /*");
  }

  @Test
  void readWrite_rules_asPythonOvh() {
    assertThat(texts(AccessRules.readWrite())).containsExactly("GET /*", "POST /*", "PUT /*", "DELETE /*");
    assertThat(texts(AccessRules.readWriteSafe())).containsExactly("GET /*", "POST /*", "PUT /*");
    assertThat(texts(AccessRules.all())).containsExactly("GET /*", "POST /*", "PUT /*", "DELETE /*", "PATCH /*");
  }

  @Test
  void named_eachName_givesItsSet() {
    assertThat(AccessRules.named("renewal")).isEqualTo(AccessRules.renewal());
    assertThat(AccessRules.named("READ-ONLY")).isEqualTo(AccessRules.readOnly());
    assertThat(AccessRules.named("read-write")).isEqualTo(AccessRules.readWrite());
    assertThat(AccessRules.named("read-write-safe")).isEqualTo(AccessRules.readWriteSafe());
    assertThat(AccessRules.named(" all ")).isEqualTo(AccessRules.all());
    assertThatThrownBy(() -> AccessRules.named("everything"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown rule set 'everything'; expected one of renewal, read-only, read-write, read-write-safe, all");
  }

  @Test
  void addRecursive_path_addsPathAndPathStar() {
    assertThat(texts(AccessRules.none().addRecursive("get", "/domain"))).containsExactly("GET /domain", "GET /domain/*");
    assertThat(texts(AccessRules.none().addRecursive("GET", "/domain/*"))).containsExactly("GET /domain", "GET /domain/*");
    assertThat(texts(AccessRules.none().addRecursive("GET", "/me/"))).containsExactly("GET /me", "GET /me/*");
  }

  @Test
  void addRecursive_root_addsOnlyRootStar() {
    assertThat(texts(AccessRules.none().addRecursive("GET", "/"))).containsExactly("GET /*");
    assertThat(texts(AccessRules.none().addRecursive("GET", "/*"))).containsExactly("GET /*");
  }

  @Test
  void add_sameRuleTwice_keptOnce() {
    assertThat(texts(AccessRules.readOnly().add("GET", "/*").add("GET", "/me"))).containsExactly("GET /*", "GET /me");
  }

  @Test
  void add_presets_leftUnchanged() {
    AccessRules base = AccessRules.readOnly();
    base.add("POST", "/x");

    assertThat(texts(AccessRules.readOnly())).containsExactly("GET /*");
    assertThat(texts(base)).containsExactly("GET /*");
  }

  @Test
  void addServiceInfos_route_addsItsServiceInfosRule() {
    assertThat(texts(AccessRules.none().addServiceInfos("/license/office/"))).containsExactly("GET /license/office/*/serviceInfos");
  }

  @Test
  void add_badMethodOrPath_failsNamingIt() {
    assertThatThrownBy(() -> AccessRules.none().add("FETCH", "/me"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("method 'FETCH' is not one of [DELETE, GET, PATCH, POST, PUT]");
    assertThatThrownBy(() -> AccessRules.none().add("GET", "me"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path 'me' must start with / and hold no blanks, e.g. /service/*");
    assertThatThrownBy(() -> AccessRules.none().add("GET", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path must not be null");
  }

  @Test
  void add_hugeMethodPathOrName_messageBounded() {
    String huge = "Z".repeat(100_000);

    assertThatThrownBy(() -> AccessRules.none().add(huge, "/me"))
        .hasMessageStartingWith("method '" + "Z".repeat(200) + "… (100000 chars)' is not one of").message().hasSizeLessThan(1024);
    assertThatThrownBy(() -> AccessRules.none().add("GET", huge))
        .hasMessageStartingWith("path '" + "Z".repeat(200) + "… (100000 chars)' must start with /").message().hasSizeLessThan(1024);
    assertThatThrownBy(() -> AccessRules.named(huge))
        .hasMessageStartingWith("unknown rule set '" + "Z".repeat(200) + "… (100000 chars)'").message().hasSizeLessThan(1024);
  }
}
