package io.github.ovhrenewal.core.fleet;

import java.util.List;

/** To be written. */
final class ServiceScan {
  private final FleetContext context;

  ServiceScan(FleetContext context) {
    this.context = context;
  }

  List<ServiceSummary> summaries(ProgressListener<? super ServiceSummary> listener) {
    throw new UnsupportedOperationException("not written yet");
  }
}
