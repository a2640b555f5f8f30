/**
 * The OVH API's models for renewal, as immutable records and open value types.
 *
 * <p>Response records are lenient: absent lists are empty, absent optional fields are null,
 * unknown enumeration values are kept ({@link io.github.ovhrenewal.api.model.OpenEnum}). Request
 * values ({@link io.github.ovhrenewal.api.model.RenewRequest},
 * {@link io.github.ovhrenewal.api.model.PayWithRegisteredPaymentMeanRequest},
 * {@link io.github.ovhrenewal.api.model.PayWithPaymentMethodRequest},
 * {@link io.github.ovhrenewal.api.model.ServiceUpdate},
 * {@link io.github.ovhrenewal.api.model.RenewPeriod#parse(String)}) are strict and reject bad input
 * before anything is sent. Money is {@link java.math.BigDecimal}, read exactly from the JSON text.
 */
package io.github.ovhrenewal.api.model;
