package io.github.ovhrenewal.core.fleet;

import io.github.ovhrenewal.api.OrderApi;
import io.github.ovhrenewal.api.PaymentApi;
import io.github.ovhrenewal.api.ServiceApi;
import io.github.ovhrenewal.api.ServicesApi;
import io.github.ovhrenewal.core.internal.CallExecutor;
import java.time.OffsetDateTime;
import java.util.function.Supplier;

/**
 * What every fleet operation of one client shares: the API stubs, the engine that runs them, the
 * server's clock and the bound on requests in flight.
 */
record FleetContext(
    CallExecutor executor,
    ServicesApi servicesApi,
    ServiceApi serviceApi,
    OrderApi orderApi,
    PaymentApi paymentApi,
    Supplier<OffsetDateTime> serverNow,
    BoundedRunner runner) {}
