package io.github.ovhrenewal.core.fleet;

import java.util.List;

/** To be written. */
final class Applier {
  private final FleetContext context;

  Applier(FleetContext context) {
    this.context = context;
  }

  ApplyReport apply(RenewalPlan plan, ApplyOptions options) {
    throw new UnsupportedOperationException("not written yet");
  }
}
