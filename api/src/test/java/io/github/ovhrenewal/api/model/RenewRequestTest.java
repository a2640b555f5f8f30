package io.github.ovhrenewal.api.model;

import static io.github.ovhrenewal.api.Fixtures.adapter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenewRequestTest {

  @Test
  void toJson_guideRequest_exactBytes() {
    RenewRequest request = new RenewRequest(false, RenewPeriod.P1Y, List.of(67890L, 12345L));

    assertThat(adapter(RenewRequest.class).toJson(request))
        .isEqualTo("{\"dryRun\":false,\"duration\":\"P1Y\",\"services\":[67890,12345]}");
  }

  @Test
  void toJson_dryRunAndParsedP12m_sendsTextAsGiven() {
    RenewRequest request = new RenewRequest(true, RenewPeriod.parse("P12M"), List.of(9_000_000_000L));

    assertThat(adapter(RenewRequest.class).toJson(request))
        .isEqualTo("{\"dryRun\":true,\"duration\":\"P12M\",\"services\":[9000000000]}");
  }

  @Test
  void toJson_serverPeriod_sendsItBackUnchanged() {
    RenewRequest request = new RenewRequest(false, RenewPeriod.fromWire("P10D"), List.of(1L));

    assertThat(adapter(RenewRequest.class).toJson(request)).contains("\"duration\":\"P10D\"");
  }

  @Test
  void constructor_nullDuration_throwsIllegalArgumentException() {
    assertThatThrownBy(() -> new RenewRequest(false, null, List.of(1L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duration must not be null");
  }

  @Test
  void constructor_nullServices_throwsIllegalArgumentExceptionNamingValue() {
    assertThatThrownBy(() -> new RenewRequest(false, RenewPeriod.P1Y, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("services")
        .hasMessageEndingWith("got null");
  }

  @Test
  void constructor_emptyServices_throwsIllegalArgumentExceptionNamingValue() {
    assertThatThrownBy(() -> new RenewRequest(false, RenewPeriod.P1Y, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("services")
        .hasMessageEndingWith("got []");
  }

  @Test
  void constructor_zeroId_throwsIllegalArgumentExceptionNamingIt() {
    assertThatThrownBy(() -> new RenewRequest(false, RenewPeriod.P1Y, List.of(12345L, 0L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("service id 0 in [12345, 0] must be a positive number");
  }

  @Test
  void constructor_negativeId_throwsIllegalArgumentExceptionNamingIt() {
    assertThatThrownBy(() -> new RenewRequest(false, RenewPeriod.P1Y, List.of(-5L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("service id -5");
  }

  @Test
  void constructor_nullId_throwsIllegalArgumentExceptionNamingIt() {
    assertThatThrownBy(() -> new RenewRequest(false, RenewPeriod.P1Y, Arrays.asList(12345L, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("service id null");
  }

  @Test
  void services_callerListChangedLater_copyUnchangedAndUnmodifiable() {
    List<Long> ids = new ArrayList<>(List.of(1L));
    RenewRequest request = new RenewRequest(false, RenewPeriod.P1Y, ids);

    ids.add(2L);

    assertThat(request.services()).containsExactly(1L);
    assertThatThrownBy(() -> request.services().add(3L)).isInstanceOf(UnsupportedOperationException.class);
  }
}
