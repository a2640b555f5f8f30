package io.github.ovhrenewal.examples.cli;

import io.github.ovhrenewal.api.model.RenewPeriod;
import picocli.CommandLine.Parameters;

/** The {@code SERVICE PERIOD} positional arguments that {@code quote} and {@code renew} share (a picocli mixin). */
final class ServicePeriodArgs {
  @Parameters(index = "0", paramLabel = "SERVICE", description = "A service id, or /route/serviceName (e.g. /vps/vps112233.ovh.net).")
  String service;

  @Parameters(index = "1", paramLabel = "PERIOD", description = "ISO-8601 period: P1M, P3M, P6M, P1Y, P2Y, P3Y.")
  String period;

  /** The service, checked; throws IllegalArgumentException naming the value. */
  ServiceRef service() {
    return ServiceRef.parse(service);
  }

  /** The period, checked; throws IllegalArgumentException naming the value. */
  RenewPeriod period() {
    return RenewPeriod.parse(period);
  }
}
