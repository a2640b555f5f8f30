/**
 * The SDK's exceptions, all unchecked: {@link io.github.ovhrenewal.core.exception.OvhApiException}
 * and its subclasses when the server answered with an error,
 * {@link io.github.ovhrenewal.core.exception.OvhTransportException} when no answer came,
 * {@link io.github.ovhrenewal.core.exception.OvhDecodingException} when the answer was not what the
 * reference says, and {@link io.github.ovhrenewal.core.exception.OrderOutcomeUnknownException} when
 * an order or a payment may or may not have been carried out.
 */
package io.github.ovhrenewal.core.exception;
