package io.github.ovhrenewal.core.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.core.exception.PlanFileException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The plan file: its exact text, the round trip, and a clear refusal of every malformed or tampered file. */
class PlanFileTest {
  private static final OffsetDateTime CREATED_AT = OffsetDateTime.parse("2026-11-23T10:00:00Z");

  private static final PlanItem READY = new PlanItem(12345L, "example.com", "/domain/example.com", LocalDate.parse("2027-01-31"),
      RenewPeriod.P1Y, PlanItem.Status.READY, null, null, new BigDecimal("10.00"), new BigDecimal("2.00"), new BigDecimal("12.00"), "EUR");
  private static final PlanItem SKIPPED = new PlanItem(67890L, null, null, null, RenewPeriod.P1Y, PlanItem.Status.SKIPPED,
      PlanItem.SkipReason.AUTOMATIC_RENEWAL, "it renews automatically; the includeAutomatic option includes it", null, null, null, null);

  /** The small plan's file, exactly. */
  private static final String GOLDEN = """
      {
        "version": 1,
        "createdAt": "2026-11-23T10:00:00Z",
        "items": [
          {
            "serviceId": 12345,
            "name": "example.com",
            "route": "/domain/example.com",
            "expiration": "2027-01-31",
            "period": "P1Y",
            "status": "ready",
            "priceWithoutTax": "10.00",
            "tax": "2.00",
            "priceWithTax": "12.00",
            "currency": "EUR"
          },
          {
            "serviceId": 67890,
            "period": "P1Y",
            "status": "skipped",
            "reason": "it renews automatically; the includeAutomatic option includes it",
            "reasonCode": "automaticRenewal"
          }
        ],
        "totals": [
          {
            "currency": "EUR",
            "items": 1,
            "priceWithoutTax": "10.00",
            "tax": "2.00",
            "priceWithTax": "12.00"
          }
        ]
      }
      """;

  @TempDir
  Path dir;

  /** The golden text with one exact change, which must match once. */
  private static String edit(String from, String to) {
    return edit(GOLDEN, from, to);
  }

  private static String edit(String text, String from, String to) {
    int at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) {
      throw new IllegalStateException("the change must match exactly once: " + from);
    }
    return text.replace(from, to);
  }

  private static RenewalPlan smallPlan() {
    return RenewalPlan.of(CREATED_AT, List.of(READY, SKIPPED));
  }

  /** A plan in two currencies, with every skip reason and odd but valid values. */
  private static RenewalPlan fullPlan() {
    List<PlanItem> items = new java.util.ArrayList<>();
    items.add(READY);
    items.add(new PlanItem(2L, "vps.ovh.net", "/vps/vps.ovh.net", null, RenewPeriod.fromWire("P12M"), PlanItem.Status.READY, null, null,
        new BigDecimal("0.125"), new BigDecimal("0"), new BigDecimal("0.125"), "EUR"));
    items.add(new PlanItem(3L, "nom \"cité\"\n", null, null, RenewPeriod.P3M, PlanItem.Status.READY, null, null,
        new BigDecimal("30"), new BigDecimal("6.00"), new BigDecimal("36.00"), "USD"));
    long id = 100;
    for (PlanItem.SkipReason code : PlanItem.SkipReason.values()) {
      items.add(new PlanItem(id++, null, null, LocalDate.parse("2026-12-01"), code == PlanItem.SkipReason.NO_PERIOD ? null : RenewPeriod.P1M,
          PlanItem.Status.SKIPPED, code, "because " + code, null, null, null, null));
    }
    return RenewalPlan.of(OffsetDateTime.parse("2026-11-23T10:00:00.123456789+02:00"), items);
  }

  // --- Writing. ---

  @Test
  void toJson_smallPlan_isTheGoldenText() {
    assertThat(smallPlan().toJson()).isEqualTo(GOLDEN);
  }

  @Test
  void toJson_emptyPlan_hasEmptyArrays() {
    assertThat(RenewalPlan.of(CREATED_AT, List.of()).toJson())
        .isEqualTo("{\n  \"version\": 1,\n  \"createdAt\": \"2026-11-23T10:00:00Z\",\n  \"items\": [],\n  \"totals\": []\n}\n");
  }

  @Test
  void write_thenRead_equalsThePlan() {
    Path file = dir.resolve("plan.json");
    RenewalPlan plan = fullPlan();

    plan.write(file);

    assertThat(RenewalPlan.read(file)).isEqualTo(plan);
  }

  @Test
  void write_smallPlan_fileHoldsTheGoldenTextInUtf8() throws IOException {
    Path file = dir.resolve("plan.json");

    smallPlan().write(file);

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(GOLDEN);
  }

  @Test
  void write_existingFile_replacesItAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("plan.json");
    Files.writeString(file, "old content, longer than nothing".repeat(200));

    smallPlan().write(file);

    assertThat(Files.readString(file)).isEqualTo(GOLDEN);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void write_missingDirectory_throwsNamingTheFile() {
    Path file = dir.resolve("missing").resolve("plan.json");

    PlanFileException e = catchThrowableOfType(() -> smallPlan().write(file), PlanFileException.class);

    assertThat(e).hasMessageStartingWith("cannot write the plan file " + file);
    assertThat(e.source()).isEqualTo(file.toString());
    assertThat(e.jsonPath()).isNull();
  }

  @Test
  void fromJson_writtenText_equalsThePlan() {
    RenewalPlan plan = fullPlan();

    assertThat(RenewalPlan.fromJson(plan.toJson(), "stdin")).isEqualTo(plan);
  }

  @Test
  void of_items_totalsPerCurrencyInOrderOfFirstAppearance() {
    assertThat(fullPlan().totals()).containsExactly(
        new PlanTotal("EUR", 2, new BigDecimal("10.125"), new BigDecimal("2.00"), new BigDecimal("12.125")),
        new PlanTotal("USD", 1, new BigDecimal("30"), new BigDecimal("6.00"), new BigDecimal("36.00")));
  }

  // --- Reading what is valid. ---

  @Test
  void fromJson_amountsAsJsonNumbers_readExactly() {
    String json = edit("\"priceWithoutTax\": \"10.00\",\n      \"tax\": \"2.00\",\n      \"priceWithTax\": \"12.00\",\n      \"currency\"",
        "\"priceWithoutTax\": 10.00,\n      \"tax\": \"2.00\",\n      \"priceWithTax\": \"12.00\",\n      \"currency\"");

    RenewalPlan plan = RenewalPlan.fromJson(json, "plan.json");

    assertThat(plan.items().get(0).priceWithoutTax()).isEqualTo(new BigDecimal("10.00"));
  }

  @Test
  void fromJson_unknownFieldsAndNulls_ignored() {
    String json = edit(edit("\"version\": 1,", "\"version\": 1, \"comment\": {\"by\": [\"ops\"]},"), "\"serviceId\": 67890,", "\"serviceId\": 67890, \"name\": null, \"priceWithTax\": null,");

    assertThat(RenewalPlan.fromJson(json, "plan.json")).isEqualTo(smallPlan());
  }

  // --- Reading what is not. ---

  static Stream<Arguments> tampered() {
    return Stream.of(
        // What the file is.
        Arguments.of("not JSON", "{\"version\": 1,", null, "it is not valid JSON"),
        Arguments.of("a single-quoted string", edit("\"currency\": \"EUR\"\n", "\"currency\": 'EUR'\n"), "$.items[0].currency", "it is not valid JSON"),
        Arguments.of("text after the plan", GOLDEN + "{}", "$", "expected the end of the document after the plan's object"),
        Arguments.of("an array", "[1, 2]", "$", "at $: expected a JSON object, the plan, found an array"),
        Arguments.of("no version", edit("\"version\": 1,", ""), "$.version",
            "at $.version: expected version 1, the only plan file format this SDK reads (is this a plan file?), found none"),
        Arguments.of("another version", edit("\"version\": 1,", "\"version\": 2,"), "$.version",
            "at $.version: expected version 1, the only plan file format this SDK reads, found 2"),
        Arguments.of("the version as text", edit("\"version\": 1,", "\"version\": \"1\","), "$.version",
            "found \"1\""),
        Arguments.of("no createdAt", edit("\"createdAt\": \"2026-11-23T10:00:00Z\",", ""), "$.createdAt",
            "at $.createdAt: expected an ISO-8601 date and time with offset, e.g. 2026-11-23T10:00:00Z, found none"),
        Arguments.of("createdAt without offset", edit("10:00:00Z", "10:00:00"), "$.createdAt", "found \"2026-11-23T10:00:00\""),
        Arguments.of("items not an array", edit(edit("\"items\": [", "\"items\": {\"a\": ["), "],\n  \"totals\"", "]},\n  \"totals\""),
            "$.items", "at $.items: expected a JSON array, found an object"),
        Arguments.of("an item not an object", edit("\"items\": [", "\"items\": [7,"), "$.items[0]",
            "at $.items[0]: expected a JSON object, found 7"),
        // Each item's fields.
        Arguments.of("no serviceId", edit("\"serviceId\": 67890,", ""), "$.items[1].serviceId",
            "expected the service's id, a positive whole number, found none"),
        Arguments.of("serviceId zero", edit("\"serviceId\": 67890,", "\"serviceId\": 0,"), "$.items[1].serviceId", "found 0"),
        Arguments.of("serviceId negative", edit("\"serviceId\": 67890,", "\"serviceId\": -4,"), "$.items[1].serviceId", "found -4"),
        Arguments.of("serviceId decimal", edit("\"serviceId\": 67890,", "\"serviceId\": 67890.5,"), "$.items[1].serviceId",
            "found 67890.5"),
        Arguments.of("serviceId too large", edit("\"serviceId\": 67890,", "\"serviceId\": 99999999999999999999,"),
            "$.items[1].serviceId", "found 99999999999999999999"),
        Arguments.of("serviceId as text", edit("\"serviceId\": 67890,", "\"serviceId\": \"67890\","), "$.items[1].serviceId",
            "found \"67890\""),
        Arguments.of("a service twice", edit("\"serviceId\": 67890,", "\"serviceId\": 12345,"), "$.items[1].serviceId",
            "at $.items[1].serviceId: expected each service once, found 12345 again (first at $.items[0])"),
        Arguments.of("a field twice", edit("\"tax\": \"2.00\",\n      \"priceWithTax\": \"12.00\",\n      \"currency\"", "\"tax\": \"2.00\", \"tax\": \"0\",\n      \"priceWithTax\": \"12.00\",\n      \"currency\""),
            "$.items[0].tax", "expected each field once, found \"tax\" twice"),
        Arguments.of("no status", edit("\"status\": \"skipped\",", ""), "$.items[1].status",
            "at $.items[1].status: expected \"ready\" or \"skipped\", found none"),
        Arguments.of("an unknown status", edit("\"status\": \"skipped\",", "\"status\": \"ordered\","), "$.items[1].status",
            "at $.items[1].status: expected \"ready\" or \"skipped\", found \"ordered\""),
        Arguments.of("a ready item without period", edit("\"period\": \"P1Y\",\n      \"status\": \"ready\"", "\"status\": \"ready\""),
            "$.items[0].period", "expected the period to renew for, an ISO-8601 period of whole months or years from P1M to P10Y such as P1Y, found none"),
        Arguments.of("a ready item with an invalid period", edit("\"period\": \"P1Y\",\n      \"status\": \"ready\"",
            "\"period\": \"P1X\",\n      \"status\": \"ready\""), "$.items[0].period", "found \"P1X\""),
        Arguments.of("a ready item for eleven years", edit("\"period\": \"P1Y\",\n      \"status\": \"ready\"",
            "\"period\": \"P11Y\",\n      \"status\": \"ready\""), "$.items[0].period", "found \"P11Y\""),
        Arguments.of("an invalid expiration", edit("2027-01-31", "2027-02-30"), "$.items[0].expiration",
            "at $.items[0].expiration: expected an ISO-8601 date such as 2027-01-31, found \"2027-02-30\""),
        Arguments.of("a name that is a number", edit("\"name\": \"example.com\"", "\"name\": 5"), "$.items[0].name",
            "expected the service's name, a string, found 5"),
        Arguments.of("a ready item without price with tax", edit("\"priceWithTax\": \"12.00\",\n      \"currency\"", "\"currency\""),
            "$.items[0].priceWithTax", "at $.items[0].priceWithTax: expected an amount of zero or more, a decimal such as \"12.00\" (a ready item is priced), found none"),
        Arguments.of("a ready item without currency", edit(",\n      \"currency\": \"EUR\"", ""), "$.items[0].currency",
            "at $.items[0].currency: expected a currency code such as \"EUR\", found none"),
        Arguments.of("a blank currency", edit("\"currency\": \"EUR\"\n", "\"currency\": \" \"\n"), "$.items[0].currency",
            "found \" \""),
        Arguments.of("a negative price", edit("\"priceWithoutTax\": \"10.00\",\n      \"tax\": \"2.00\",\n      \"priceWithTax\": \"12.00\",\n      \"currency\"",
            "\"priceWithoutTax\": \"-10.00\",\n      \"tax\": \"2.00\",\n      \"priceWithTax\": \"-8.00\",\n      \"currency\""),
            "$.items[0].priceWithoutTax", "expected an amount of zero or more, a decimal such as \"12.00\" (a ready item is priced), found \"-10.00\""),
        Arguments.of("a price with an exponent", edit("\"tax\": \"2.00\",\n      \"priceWithTax\": \"12.00\",\n      \"currency\"",
            "\"tax\": \"2E0\",\n      \"priceWithTax\": \"12.00\",\n      \"currency\""), "$.items[0].tax", "found \"2E0\""),
        Arguments.of("prices that do not add up", edit("\"priceWithTax\": \"12.00\",\n      \"currency\"",
            "\"priceWithTax\": \"12.50\",\n      \"currency\""), "$.items[0].priceWithTax",
            "at $.items[0].priceWithTax: expected priceWithoutTax + tax = 12.00, found \"12.50\""),
        Arguments.of("a ready item with a reason", edit("\"status\": \"ready\",", "\"status\": \"ready\", \"reason\": \"x\","),
            "$.items[0].reason", "expected no reason on a ready item, found \"x\""),
        Arguments.of("a ready item with a reason code", edit("\"status\": \"ready\",", "\"status\": \"ready\", \"reasonCode\": \"noPeriod\","),
            "$.items[0].reasonCode", "expected no reasonCode on a ready item, found \"noPeriod\""),
        Arguments.of("a skipped item with a price", edit("\"reasonCode\": \"automaticRenewal\"", "\"reasonCode\": \"automaticRenewal\", \"priceWithTax\": \"1\""),
            "$.items[1].priceWithTax", "expected no priceWithTax on a skipped item (only ready items are priced), found \"1\""),
        Arguments.of("a skipped item without reason code", edit(",\n      \"reasonCode\": \"automaticRenewal\"", ""), "$.items[1].reasonCode",
            "expected why the item is skipped, one of automaticRenewal, terminationPending, noPeriod, periodNotOffered, notRenewableAlone, pricingFailed, found none"),
        Arguments.of("an unknown reason code", edit("\"reasonCode\": \"automaticRenewal\"", "\"reasonCode\": \"cheaper\""), "$.items[1].reasonCode",
            "one of automaticRenewal, terminationPending, noPeriod, periodNotOffered, notRenewableAlone, pricingFailed, found \"cheaper\""),
        Arguments.of("a skipped item without reason", edit("\"reason\": \"it renews automatically; the includeAutomatic option includes it\",", ""),
            "$.items[1].reason", "at $.items[1].reason: expected why the item is skipped, in words, found none"),
        // Totals.
        Arguments.of("no totals", GOLDEN.substring(0, GOLDEN.indexOf(",\n  \"totals\"")) + "\n}\n", "$.totals",
            "at $.totals: expected a JSON array, found none"),
        Arguments.of("a total for no currency", GOLDEN.substring(0, GOLDEN.indexOf("\"totals\"")) + "\"totals\": []\n}\n", "$.totals",
            "at $.totals: expected a total for EUR (ready items in it: 1), found none"),
        Arguments.of("a wrong count", edit("\"items\": 1,", "\"items\": 2,"), "$.totals[0].items",
            "at $.totals[0].items: expected 1, the number of ready items in EUR, found 2"),
        Arguments.of("a wrong sum", edit("\"priceWithTax\": \"12.00\"\n", "\"priceWithTax\": \"11.00\"\n"), "$.totals[0].priceWithTax",
            "at $.totals[0].priceWithTax: expected 12.00, the sum of the ready items in EUR, found \"11.00\""),
        Arguments.of("a total in a currency of no item", edit("\"currency\": \"EUR\",\n      \"items\"", "\"currency\": \"USD\",\n      \"items\""),
            "$.totals[0].currency", "at $.totals[0].currency: expected the currency of a ready item, one of [EUR], found \"USD\""),
        Arguments.of("a currency totalled twice", edit("\"totals\": [", "\"totals\": [{\"currency\": \"EUR\", \"items\": 1, "
            + "\"priceWithoutTax\": \"10.00\", \"tax\": \"2.00\", \"priceWithTax\": \"12.00\"},"), "$.totals[1].currency",
            "expected one total per currency, found EUR again (first at $.totals[0])"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tampered")
  void fromJson_malformedOrTampered_throwsNamingSourcePathAndExpectation(String what, String json, String path, String expected) {
    PlanFileException e = catchThrowableOfType(() -> RenewalPlan.fromJson(json, "plan.json"), PlanFileException.class);

    assertThat(e).as(what).isNotNull();
    assertThat(e.getMessage()).startsWith("cannot read the plan in plan.json: ").contains(expected);
    assertThat(e.source()).isEqualTo("plan.json");
    assertThat(e.jsonPath()).isEqualTo(path);
    if (path != null) {
      assertThat(e.getMessage()).contains(path);
    }
  }

  @Test
  void fromJson_emptyText_throwsSayingItIsEmpty() {
    assertThatThrownBy(() -> RenewalPlan.fromJson("  \n", "plan.json"))
        .isInstanceOf(PlanFileException.class)
        .hasMessage("cannot read the plan in plan.json: the document is empty; expected a JSON object");
  }

  @Test
  void fromJson_hugeValues_messageBounded() {
    String huge = "x".repeat(1_000_000);
    String json = edit("\"status\": \"skipped\",", "\"status\": \"" + huge + "\",");

    PlanFileException e = catchThrowableOfType(() -> RenewalPlan.fromJson(json, "y".repeat(100_000)), PlanFileException.class);

    assertThat(e.jsonPath()).isEqualTo("$.items[1].status");
    assertThat(e.getMessage()).contains("found \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (1000000 chars)\"");
    assertThat(e.getMessage().length()).isLessThan(1024);
  }

  @Test
  void fromJson_controlCharactersInValue_shownEscaped() {
    String json = edit("\"status\": \"skipped\",", "\"status\": \"a\\u001b[2Jb\",");

    PlanFileException e = catchThrowableOfType(() -> RenewalPlan.fromJson(json, "plan.json"), PlanFileException.class);

    assertThat(e.getMessage()).contains("found \"a\\u001b[2Jb\"").doesNotContain("\u001b");
  }

  @Test
  void fromJson_deeplyNested_throwsWithoutStackOverflow() {
    String json = "{\"version\": 1, \"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";

    assertThatThrownBy(() -> RenewalPlan.fromJson(json, "plan.json"))
        .isInstanceOf(PlanFileException.class)
        .hasMessageStartingWith("cannot read the plan in plan.json: it is not valid JSON: ");
  }

  @Test
  void fromJson_nullSource_namesTheText() {
    assertThatThrownBy(() -> RenewalPlan.fromJson("[]", null))
        .hasMessageStartingWith("cannot read the plan in the JSON text: at $:");
  }

  @Test
  void fromJson_nullText_throwsIllegalArgument() {
    assertThatThrownBy(() -> RenewalPlan.fromJson(null, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("json must not be null");
  }

  @Test
  void read_tamperedFile_namesTheFileAndPath() throws IOException {
    Path file = dir.resolve("plan.json");
    Files.writeString(file, edit("\"version\": 1,", "\"version\": 3,"));

    PlanFileException e = catchThrowableOfType(() -> RenewalPlan.read(file), PlanFileException.class);

    assertThat(e).hasMessage("cannot read the plan in " + file + ": at $.version: expected version 1, "
        + "the only plan file format this SDK reads, found 3");
    assertThat(e.source()).isEqualTo(file.toString());
  }

  @Test
  void read_missingFile_throwsNamingIt() {
    Path file = dir.resolve("nowhere.json");

    assertThatThrownBy(() -> RenewalPlan.read(file))
        .isInstanceOf(PlanFileException.class)
        .hasMessage("cannot read the plan file " + file + ": no such file or directory " + file);
  }

  @Test
  void read_fileLargerThanTheBound_throwsBeforeLoadingIt() throws IOException {
    Path file = dir.resolve("huge.json");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(PlanFile.MAX_BYTES + 1);
    }

    assertThatThrownBy(() -> RenewalPlan.read(file))
        .isInstanceOf(PlanFileException.class)
        .hasMessage("cannot read the plan file " + file + ": it holds " + (PlanFile.MAX_BYTES + 1)
            + " bytes, more than the " + PlanFile.MAX_BYTES + " a plan file may hold");
  }

  @Test
  void readAndWrite_nullFile_throwIllegalArgument() {
    assertThatThrownBy(() -> RenewalPlan.read(null)).isInstanceOf(IllegalArgumentException.class).hasMessage("file must not be null");
    assertThatThrownBy(() -> smallPlan().write(null)).isInstanceOf(IllegalArgumentException.class).hasMessage("file must not be null");
  }
}
