package io.github.ovhrenewal.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ovhrenewal.examples.cli.WindowArgs.Window;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --within DURATION} and {@code --before DATE}: the forms allowed, and messages naming the value. */
class WindowArgsTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "30d, P30D",
    "0d, P0D",
    "8w, P56D",
    "6m, P6M",
    "1y, P1Y",
    "30D, P30D",
    "' 2w ', P14D",
    "P30D, P30D",
    "p1y2m, P1Y2M",
    "P2W, P14D",
    "36600d, P36600D",
    "100y, P100Y"
  })
  void parseDuration_allowedForm_givesPeriod(String text, String expected) {
    assertThat(WindowArgs.parseDuration(text)).isEqualTo(Period.parse(expected));
  }

  @ParameterizedTest(name = "[{index}] '{0}'")
  @ValueSource(strings = {"30", "d", "30 days", "30x", "-30d", "3.5d", "P", "Pxyz", "1y2m", "30dd", "abc"})
  void parseDuration_badForm_namesValueAndAllowedForms(String text) {
    assertThatThrownBy(() -> WindowArgs.parseDuration(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("30d, 8w, 6m, 1y")
        .hasMessageContaining("P30D");
  }

  @ParameterizedTest(name = "[{index}] '{0}'")
  @ValueSource(strings = {"36601d", "5201w", "1201m", "101y", "9999999999d", "P101Y", "P40000D"})
  void parseDuration_tooLong_namesValueAndLimit(String text) {
    assertThatThrownBy(() -> WindowArgs.parseDuration(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("at most");
  }

  @Test
  void parseDuration_negativeIso_saysZeroOrMore() {
    assertThatThrownBy(() -> WindowArgs.parseDuration("P-3D"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'P-3D'")
        .hasMessageContaining("negative");
  }

  @Test
  void parseDuration_blank_saysNotBlank() {
    assertThatThrownBy(() -> WindowArgs.parseDuration(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be blank");
  }

  @Test
  void parseDate_isoDate_givesDate() {
    assertThat(WindowArgs.parseDate("2027-01-31")).isEqualTo(LocalDate.of(2027, 1, 31));
  }

  @ParameterizedTest(name = "[{index}] '{0}'")
  @ValueSource(strings = {"31/01/2027", "2027-02-30", "2027-1-31", "tomorrow", ""})
  void parseDate_badDate_namesValueAndForm(String text) {
    assertThatThrownBy(() -> WindowArgs.parseDate(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--before '" + text + "'")
        .hasMessageContaining("2027-01-31");
  }

  @Test
  void window_neither_isWithinThirtyDays() {
    Window window = new WindowArgs().window();

    assertThat(window).isEqualTo(new Window(Period.ofDays(30), null, "within 30d"));
    assertThat(window.describe()).isEqualTo("within 30d");
  }

  @Test
  void window_before_isBeforeThatDay() {
    WindowArgs args = new WindowArgs();
    args.before = "2027-01-31";

    Window window = args.window();

    assertThat(window).isEqualTo(new Window(null, LocalDate.of(2027, 1, 31), "before 2027-01-31"));
    assertThat(window.describe()).isEqualTo("before 2027-01-31");
  }

  @Test
  void window_withinIso_describedAsGiven() {
    WindowArgs args = new WindowArgs();
    args.within = "P8W";

    assertThat(args.window().describe()).isEqualTo("within P8W");
  }

  @Test
  void window_both_refusesNamingBoth() {
    WindowArgs args = new WindowArgs();
    args.within = "30d";
    args.before = "2027-01-31";

    assertThatThrownBy(args::window)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--within 30d")
        .hasMessageContaining("--before 2027-01-31")
        .hasMessageContaining("cannot be used together");
  }
}
