package io.github.ovhrenewal.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContactTypeTest {

  @Test
  void of_knownText_isTheConstant() {
    assertThat(ContactType.of("technical")).isSameAs(ContactType.TECHNICAL);
  }

  @Test
  void of_unknownText_keptAndNotKnown() {
    ContactType value = ContactType.of("security");

    assertThat(value.value()).isEqualTo("security");
    assertThat(value.isKnown()).isFalse();
    assertThat(value).isEqualTo(ContactType.of("security")).hasToString("security");
  }

  @Test
  void knownValues_referenceOrder() {
    assertThat(ContactType.knownValues())
        .extracting(ContactType::value)
        .containsExactly("administrator", "billing", "technical");
  }

  @Test
  void of_blank_throwsIllegalArgumentExceptionNamingType() {
    assertThatThrownBy(() -> ContactType.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ContactType must not be blank")
        .hasMessageContaining("administrator");
  }
}
