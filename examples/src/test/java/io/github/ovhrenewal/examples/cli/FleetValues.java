package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.api.model.RenewPeriod;
import io.github.ovhrenewal.core.fleet.AppliedItem;
import io.github.ovhrenewal.core.fleet.AppliedItem.State;
import io.github.ovhrenewal.core.fleet.PlanItem;
import io.github.ovhrenewal.core.fleet.PlanItem.SkipReason;
import io.github.ovhrenewal.core.fleet.PlanItem.Status;
import io.github.ovhrenewal.core.fleet.RenewalPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Plan items, plans and applied items built by hand, for the views' tests. */
final class FleetValues {
  static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-11-23T10:00:00Z");

  private FleetValues() {}

  /** A ready item: {@code withoutTax} plus 20% tax. */
  static PlanItem ready(long id, String name, String withoutTax, String currency) {
    BigDecimal price = new BigDecimal(withoutTax);
    BigDecimal tax = price.multiply(new BigDecimal("0.20")).setScale(price.scale(), java.math.RoundingMode.HALF_UP);
    return new PlanItem(id, name, "/domain/" + name, LocalDate.of(2026, 12, 1), RenewPeriod.P1Y, Status.READY, null, null,
        price, tax, price.add(tax), currency);
  }

  static PlanItem skipped(long id, String name, SkipReason reason, String text) {
    return new PlanItem(id, name, "/domain/" + name, LocalDate.of(2026, 12, 2), RenewPeriod.P1Y, Status.SKIPPED, reason, text,
        null, null, null, null);
  }

  static RenewalPlan plan(PlanItem... items) {
    return RenewalPlan.of(CREATED, List.of(items));
  }

  static AppliedItem applied(long id, State state, Long orderId, String withTax, String message) {
    return new AppliedItem(id, "d" + id + ".com", RenewPeriod.P1Y, state, orderId, withTax == null ? null : new BigDecimal(withTax),
        withTax == null ? null : "EUR", message);
  }
}
