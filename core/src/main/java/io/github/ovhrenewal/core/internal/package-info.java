/**
 * Internals of the SDK: signing, server clock, call execution, error mapping. Public only so that
 * the facade in {@code io.github.ovhrenewal.core} can use them; not an API, and changes without notice.
 */
package io.github.ovhrenewal.core.internal;
