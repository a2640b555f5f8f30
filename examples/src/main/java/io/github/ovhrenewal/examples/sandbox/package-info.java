/**
 * An in-process fake of the OVH API v1 endpoints that renew services, for tests, demos and offline
 * work. Start it with {@link io.github.ovhrenewal.examples.sandbox.OvhSandbox#start()}, or with a
 * generated fleet of services with
 * {@link io.github.ovhrenewal.examples.sandbox.OvhSandbox#startWithFleet(int)}.
 *
 * <p>It is deliberately an independent implementation of OVH's wire protocol (its own signature
 * check, its own JSON), so that it catches SDK bugs instead of sharing them. Only {@code OvhSandbox}
 * and its fault controls, {@code SandboxFaults}, are public; everything else is package-private and
 * may change.
 */
package io.github.ovhrenewal.examples.sandbox;
