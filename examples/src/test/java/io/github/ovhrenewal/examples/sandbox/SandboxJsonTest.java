package io.github.ovhrenewal.examples.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxJsonTest {

  @Test
  void parseObject_numbers_keptAsExactDecimals() {
    Map<String, Object> body =
        SandboxJson.parseObject("{\"value\":9.99,\"id\":9007199254740993,\"s\":[1,2]}");

    assertThat(body.get("value")).isEqualTo(new BigDecimal("9.99"));
    assertThat(SandboxJson.optionalLong(body, "id")).isEqualTo(9_007_199_254_740_993L);
    assertThat(SandboxJson.requiredLongs(body, "s")).containsExactly(1L, 2L);
  }

  @Test
  void parseObject_deeplyNested_badRequestNotStackOverflow() {
    String deep = "{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";

    assertThatThrownBy(() -> SandboxJson.parseObject(deep))
        .isInstanceOfSatisfying(
            SandboxException.class, e -> assertThat(e.answer().status()).isEqualTo(400));
  }

  @Test
  void parseObject_notJson_badRequest() {
    for (String text : List.of("", "nul", "{\"a\":1,}", "{'a':1}", "{\"a\":1}{", "\"str\"")) {
      assertThatThrownBy(() -> SandboxJson.parseObject(text))
          .as(text)
          .isInstanceOfSatisfying(
              SandboxException.class,
              e -> assertThat(e.answer().body()).contains("Client::BadRequest"));
    }
  }

  @Test
  void optionalLong_fractionOrHuge_badRequest() {
    assertThatThrownBy(() -> SandboxJson.optionalLong(Map.of("n", new BigDecimal("1.5")), "n"))
        .isInstanceOf(SandboxException.class);
    assertThatThrownBy(() -> SandboxJson.optionalLong(Map.of("n", new BigDecimal("1e30")), "n"))
        .isInstanceOf(SandboxException.class);
  }
}
