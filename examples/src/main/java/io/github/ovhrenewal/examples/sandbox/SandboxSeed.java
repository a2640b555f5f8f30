package io.github.ovhrenewal.examples.sandbox;

import static io.github.ovhrenewal.examples.sandbox.SandboxMoney.eur;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The seeded account: the guide's domain and hosting (ids 12345 and 67890), its VPS, and a
 * dedicated server, with their renew offers. Dates are relative to the sandbox's day of start so
 * that every service expires in the future.
 */
final class SandboxSeed {

  static final long DOMAIN_ID = 12_345L;
  static final long HOSTING_ID = 67_890L;
  static final long VPS_ID = 112_233L;
  static final long DEDICATED_ID = 445_566L;

  static final String DOMAIN_NAME = "example.ovh";
  static final String VPS_NAME = "vps112233.ovh.net";
  static final String DEDICATED_NAME = "ns3001234.ip-51-91-0.eu";

  private SandboxSeed() {}

  static List<SandboxService> services(LocalDate today) {
    return List.of(
        new SandboxService(
            DOMAIN_ID, "/domain", DOMAIN_NAME, "Domain .ovh", "Domain name", "ovh",
            List.of("P1Y", "P2Y", "P3Y"), today.minusYears(3).minusDays(14), today.plusDays(60)),
        new SandboxService(
            HOSTING_ID, "/hosting/web", DOMAIN_NAME, "Hosting Perso 2014", "Hosting Perso",
            "perso2014", List.of("P1Y"), today.minusYears(3).minusDays(14), today.plusDays(60)),
        new SandboxService(
            VPS_ID, "/vps", VPS_NAME, "VPS Value 1-2-40", "VPS Value", "vps-value-1-2-40",
            List.of("P1M", "P3M", "P6M", "P1Y"), today.minusYears(1).minusDays(40),
            today.plusDays(20)),
        new SandboxService(
            DEDICATED_ID, "/dedicated/server", DEDICATED_NAME, "Dedicated server Rise-1",
            "Rise-1", "24rise01", List.of("P1M", "P3M", "P6M", "P1Y"),
            today.minusYears(2).minusDays(3), today.plusDays(90)));
  }

  /** The guide's PayPal account 1234 (the default) and a card 5678; both valid. */
  static List<SandboxPaymentMethod> paymentMethods(LocalDate today) {
    OffsetDateTime registered = today.minusYears(2).atStartOfDay().atOffset(ZoneOffset.UTC);
    return List.of(
        new SandboxPaymentMethod(
            3_001L, "PAYPAL", "paypal", 1_234L, "billing@example.ovh", true, SandboxPaymentMethod.VALID, registered),
        new SandboxPaymentMethod(
            3_002L, "CREDIT_CARD", "creditCard", 5_678L, "XXXX XXXX XXXX 4242", false, SandboxPaymentMethod.VALID,
            registered));
  }

  static List<SandboxOffer> offers() {
    return List.of(
        alone(VPS_ID, "P1M", "7.00"),
        alone(VPS_ID, "P3M", "21.00"),
        alone(VPS_ID, "P6M", "42.00"),
        alone(VPS_ID, "P1Y", "84.00"),
        alone(DOMAIN_ID, "P1Y", "9.99"),
        // The guide's strategy: the hosting and its domain renewed together, listed for both.
        new SandboxOffer(DOMAIN_ID, "P1Y", List.of(HOSTING_ID, DOMAIN_ID), eur("37.87"), true),
        alone(DOMAIN_ID, "P2Y", "19.98"),
        alone(DOMAIN_ID, "P3Y", "29.97"),
        alone(HOSTING_ID, "P1Y", "29.99"),
        new SandboxOffer(HOSTING_ID, "P1Y", List.of(HOSTING_ID, DOMAIN_ID), eur("37.87"), true),
        alone(DEDICATED_ID, "P1M", "59.99"),
        alone(DEDICATED_ID, "P3M", "179.97"),
        alone(DEDICATED_ID, "P6M", "359.94"),
        alone(DEDICATED_ID, "P1Y", "719.88"));
  }

  private static SandboxOffer alone(long serviceId, String period, String price) {
    return new SandboxOffer(serviceId, period, List.of(serviceId), eur(price), false);
  }
}
