package io.github.ovhrenewal.api.model;

/**
 * The answer of an operation that the reference says returns nothing, such as a payment: OVH
 * sends an empty body or the JSON {@code null}.
 *
 * <p>It is a type of its own, rather than {@code Void}, so that the answer is read and checked:
 * Retrofit discards a {@code Void} body unread, and a truncated JSON document or an HTML page
 * answered with status 200 would then pass for success. Any body other than nothing or
 * {@code null} fails to parse.
 */
public enum NoContent {
  /** The only value: the server answered nothing, as the reference says it does. */
  INSTANCE
}
