package io.github.ovhrenewal.examples.sandbox;

import static io.github.ovhrenewal.examples.sandbox.SandboxMoney.eur;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seeded account: the guide's domain and hosting (ids 12345 and 67890), its VPS, and a
 * dedicated server, with their price lists and the guide's hosting-with-domain strategy. Dates are
 * relative to the sandbox's day of start so that every service expires in the future.
 */
final class SandboxSeed {

  static final long DOMAIN_ID = 12_345L;
  static final long HOSTING_ID = 67_890L;
  static final long VPS_ID = 112_233L;
  static final long DEDICATED_ID = 445_566L;

  static final String DOMAIN_NAME = "example.ovh";
  static final String VPS_NAME = "vps112233.ovh.net";
  static final String DEDICATED_NAME = "ns3001234.ip-51-91-0.eu";

  static final SandboxProduct DOMAIN =
      new SandboxProduct("Domain .ovh", "Domain name", "ovh", prices("P1Y", "9.99", "P2Y", "19.98", "P3Y", "29.97"));
  static final SandboxProduct HOSTING =
      new SandboxProduct("Hosting Perso 2014", "Hosting Perso", "perso2014", prices("P1Y", "29.99"));
  static final SandboxProduct VPS =
      new SandboxProduct(
          "VPS Value 1-2-40", "VPS Value", "vps-value-1-2-40",
          prices("P1M", "7.00", "P3M", "21.00", "P6M", "42.00", "P1Y", "84.00"));
  static final SandboxProduct DEDICATED =
      new SandboxProduct(
          "Dedicated server Rise-1", "Rise-1", "24rise01",
          prices("P1M", "59.99", "P3M", "179.97", "P6M", "359.94", "P1Y", "719.88"));

  private SandboxSeed() {}

  static List<SandboxService> services(LocalDate today) {
    return List.of(
        SandboxService.simple(
            DOMAIN_ID, "/domain", DOMAIN_NAME, DOMAIN, List.of("P1Y", "P2Y", "P3Y"),
            today.minusYears(3).minusDays(14), today.plusDays(60)),
        SandboxService.simple(
            HOSTING_ID, "/hosting/web", DOMAIN_NAME, HOSTING, List.of("P1Y"),
            today.minusYears(3).minusDays(14), today.plusDays(60)),
        SandboxService.simple(
            VPS_ID, "/vps", VPS_NAME, VPS, List.of("P1M", "P3M", "P6M", "P1Y"),
            today.minusYears(1).minusDays(40), today.plusDays(20)),
        SandboxService.simple(
            DEDICATED_ID, "/dedicated/server", DEDICATED_NAME, DEDICATED,
            List.of("P1M", "P3M", "P6M", "P1Y"), today.minusYears(2).minusDays(3),
            today.plusDays(90)).allowingModes(List.of(SandboxService.MANUAL)));
  }

  /**
   * The guide's PayPal account 1234 (payment method 3001), the default card 5678 (3002, valid two
   * more years), and an expired card 9012 (3003), to be refused before anything is ordered.
   */
  static List<SandboxPaymentMethod> paymentMethods(LocalDate today) {
    OffsetDateTime registered = today.minusYears(2).atStartOfDay().atOffset(ZoneOffset.UTC);
    return List.of(
        new SandboxPaymentMethod(
            3_001L, "PAYPAL", "paypal", 1_234L, "billing@example.ovh", false, SandboxPaymentMethod.VALID, registered,
            null, null),
        new SandboxPaymentMethod(
            3_002L, "CREDIT_CARD", "creditCard", 5_678L, "XXXX XXXX XXXX 4242", true, SandboxPaymentMethod.VALID,
            registered, "VISA", today.plusYears(2).atStartOfDay().atOffset(ZoneOffset.UTC)),
        new SandboxPaymentMethod(
            3_003L, "CREDIT_CARD", "creditCard", 9_012L, "XXXX XXXX XXXX 0005", false, "EXPIRED",
            registered.minusYears(2), "MASTERCARD", today.minusMonths(1).atStartOfDay().atOffset(ZoneOffset.UTC)));
  }

  /**
   * The strategies beyond "this service alone for one of its periods", which every service gets
   * from its price list: the guide's hosting and its domain renewed together, listed for both, and
   * only with {@code includeOptions=true}.
   */
  static List<SandboxOffer> extraOffers() {
    return List.of(
        new SandboxOffer(DOMAIN_ID, "P1Y", List.of(HOSTING_ID, DOMAIN_ID), eur("37.87"), true),
        new SandboxOffer(HOSTING_ID, "P1Y", List.of(HOSTING_ID, DOMAIN_ID), eur("37.87"), true));
  }

  /** A price list from period, price pairs, in that order. */
  static Map<String, BigDecimal> prices(String... periodsAndPrices) {
    Map<String, BigDecimal> prices = new LinkedHashMap<>();
    for (int i = 0; i < periodsAndPrices.length; i += 2) {
      prices.put(periodsAndPrices[i], eur(periodsAndPrices[i + 1]));
    }
    return prices;
  }
}
