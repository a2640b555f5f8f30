package io.github.ovhrenewal.core;

import io.github.ovhrenewal.api.AuthApi;
import io.github.ovhrenewal.api.OrderApi;
import io.github.ovhrenewal.api.PaymentApi;
import io.github.ovhrenewal.api.ServiceApi;
import io.github.ovhrenewal.api.ServiceInfosApi;
import io.github.ovhrenewal.core.config.Sleeper;
import io.github.ovhrenewal.core.fleet.FleetEngine;
import io.github.ovhrenewal.core.internal.CallExecutor;
import io.github.ovhrenewal.core.internal.Engine;
import java.time.Clock;
import java.time.OffsetDateTime;

/** What every facade object of one client shares: the API stubs and the engine that runs them. */
final class ClientContext {
  final ServiceApi services;
  final ServiceInfosApi serviceInfos;
  final OrderApi orders;
  final PaymentApi payments;
  final AuthApi auth;
  final CallExecutor executor;
  final FleetEngine fleet;
  private final Engine engine;

  ClientContext(Engine engine, int concurrency) {
    this.engine = engine;
    this.services = engine.api(ServiceApi.class);
    this.serviceInfos = engine.api(ServiceInfosApi.class);
    this.orders = engine.api(OrderApi.class);
    this.payments = engine.api(PaymentApi.class);
    this.auth = engine.api(AuthApi.class);
    this.executor = engine.executor();
    this.fleet = new FleetEngine(engine, concurrency);
  }

  /** The server-corrected current time, in UTC. */
  OffsetDateTime serverNow() {
    return engine.serverNow();
  }

  /** How this client waits. */
  Sleeper sleeper() {
    return engine.sleeper();
  }

  /** The local clock deadlines are measured with. */
  Clock clock() {
    return engine.clock();
  }

  /** Server minus local time, in seconds. */
  long serverOffsetSeconds() {
    return engine.serverOffsetSeconds();
  }
}
