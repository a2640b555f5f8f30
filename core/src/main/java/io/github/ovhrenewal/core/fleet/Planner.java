package io.github.ovhrenewal.core.fleet;

import java.util.List;

/** To be written. */
final class Planner {
  private final FleetContext context;

  Planner(FleetContext context) {
    this.context = context;
  }

  RenewalPlan plan(java.util.Collection<ServiceSummary> services, PlanOptions options) {
    throw new UnsupportedOperationException("not written yet");
  }
}
