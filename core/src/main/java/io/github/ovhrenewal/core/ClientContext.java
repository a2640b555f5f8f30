package io.github.ovhrenewal.core;

import io.github.ovhrenewal.api.AuthApi;
import io.github.ovhrenewal.api.OrderApi;
import io.github.ovhrenewal.api.PaymentApi;
import io.github.ovhrenewal.api.ServiceApi;
import io.github.ovhrenewal.api.ServiceInfosApi;
import io.github.ovhrenewal.core.internal.CallExecutor;
import io.github.ovhrenewal.core.internal.ServerClock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import retrofit2.Retrofit;

/** What every facade object of one client shares: the API stubs, the executor and the server clock. */
final class ClientContext {
  final ServiceApi services;
  final ServiceInfosApi serviceInfos;
  final OrderApi orders;
  final PaymentApi payments;
  final AuthApi auth;
  final CallExecutor executor;
  final ServerClock clock;

  ClientContext(Retrofit retrofit, CallExecutor executor, ServerClock clock) {
    this.services = retrofit.create(ServiceApi.class);
    this.serviceInfos = retrofit.create(ServiceInfosApi.class);
    this.orders = retrofit.create(OrderApi.class);
    this.payments = retrofit.create(PaymentApi.class);
    this.auth = retrofit.create(AuthApi.class);
    this.executor = executor;
    this.clock = clock;
  }

  long readServerTime() {
    Long seconds = executor.execute(auth.time());
    if (seconds == null) {
      throw new OvhDecodingException("GET /auth/time answered null instead of the server time", null, "null", null);
    }
    return seconds;
  }

  /** The server-corrected current time, in UTC. */
  OffsetDateTime serverNow() {
    return OffsetDateTime.ofInstant(Instant.ofEpochMilli(clock.nowMillis()), ZoneOffset.UTC);
  }
}
