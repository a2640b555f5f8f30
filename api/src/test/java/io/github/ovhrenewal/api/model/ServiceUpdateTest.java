package io.github.ovhrenewal.api.model;

import static io.github.ovhrenewal.api.Fixtures.adapter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServiceUpdateTest {

  @Test
  void toJson_automaticYearly_exactBytes() {
    ServiceUpdate update = ServiceUpdate.renew(ServiceRenewMode.AUTOMATIC, RenewPeriod.P1Y);

    assertThat(adapter(ServiceUpdate.class).toJson(update))
        .isEqualTo("{\"renew\":{\"mode\":\"automatic\",\"period\":\"P1Y\"}}");
  }

  @Test
  void toJson_manualWithParsedP12m_sendsPeriodTextAsGiven() {
    ServiceUpdate update = ServiceUpdate.renew(ServiceRenewMode.MANUAL, RenewPeriod.parse("P12M"));

    assertThat(adapter(ServiceUpdate.class).toJson(update))
        .isEqualTo("{\"renew\":{\"mode\":\"manual\",\"period\":\"P12M\"}}");
  }

  @Test
  void toJson_everyField_inReferenceOrder() {
    ServiceUpdate update =
        new ServiceUpdate(
            "web front",
            new ServiceUpdate.Renew(ServiceRenewMode.AUTOMATIC, RenewPeriod.P1M),
            TerminationPolicy.EMPTY);

    assertThat(adapter(ServiceUpdate.class).toJson(update))
        .isEqualTo(
            "{\"displayName\":\"web front\",\"renew\":{\"mode\":\"automatic\",\"period\":\"P1M\"},"
                + "\"terminationPolicy\":\"empty\"}");
  }

  @Test
  void toJson_onlyTerminationPolicy_leavesRenewOut() {
    ServiceUpdate update = new ServiceUpdate(null, null, TerminationPolicy.TERMINATE_AT_EXPIRATION_DATE);

    assertThat(adapter(ServiceUpdate.class).toJson(update))
        .isEqualTo("{\"terminationPolicy\":\"terminateAtExpirationDate\"}");
  }

  @Test
  void constructor_nothingToUpdate_throwsIllegalArgumentException() {
    assertThatThrownBy(() -> new ServiceUpdate(null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a service update must set at least one of displayName, renew, terminationPolicy; all were null");
  }

  @Test
  void constructor_blankDisplayName_throwsIllegalArgumentExceptionNamingIt() {
    assertThatThrownBy(() -> new ServiceUpdate("  ", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("displayName must not be blank, got '  '");
  }

  @Test
  void renew_nullMode_throwsIllegalArgumentExceptionListingModes() {
    assertThatThrownBy(() -> ServiceUpdate.renew(null, RenewPeriod.P1Y))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("renew mode must not be null; e.g. [automatic, manual]");
  }

  @Test
  void renew_nullPeriod_throwsIllegalArgumentExceptionNamingMode() {
    assertThatThrownBy(() -> ServiceUpdate.renew(ServiceRenewMode.AUTOMATIC, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("renew period must not be null (renew mode 'automatic'); e.g. P1M or P1Y");
  }

  @Test
  void renew_badPeriodText_refusedBeforeAnyUpdateExists() {
    assertThatThrownBy(() -> ServiceUpdate.renew(ServiceRenewMode.AUTOMATIC, RenewPeriod.parse("P1W")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("renew period 'P1W' is not valid");
  }

  @Test
  void renew_modeTheSdkDoesNotKnowYet_sentAsIs() {
    ServiceUpdate update = ServiceUpdate.renew(ServiceRenewMode.of("automaticV2099"), RenewPeriod.P1Y);

    assertThat(adapter(ServiceUpdate.class).toJson(update)).contains("\"mode\":\"automaticV2099\"");
  }
}
