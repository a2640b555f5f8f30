package io.github.ovhrenewal.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FollowUpStatusTest {

  @Test
  void of_knownText_isTheConstant() {
    assertThat(FollowUpStatus.of("TODO")).isSameAs(FollowUpStatus.TODO);
  }

  @Test
  void of_unknownText_keptAndNotKnown() {
    FollowUpStatus value = FollowUpStatus.of("SKIPPED");

    assertThat(value.value()).isEqualTo("SKIPPED");
    assertThat(value.isKnown()).isFalse();
    assertThat(value).isEqualTo(FollowUpStatus.of("SKIPPED")).hasToString("SKIPPED");
  }

  @Test
  void knownValues_referenceOrder() {
    assertThat(FollowUpStatus.knownValues())
        .extracting(FollowUpStatus::value)
        .containsExactly("DOING", "DONE", "ERROR", "TODO");
  }

  @Test
  void of_blank_throwsIllegalArgumentExceptionNamingType() {
    assertThatThrownBy(() -> FollowUpStatus.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("FollowUpStatus must not be blank")
        .hasMessageContaining("DOING");
  }
}
