/**
 * The ovh-renewal SDK: {@link io.github.ovhrenewal.core.RenewalClient} and what its fluent calls
 * return. Configuration lives in {@code io.github.ovhrenewal.core.config}, the exception tree
 * rooted at {@link io.github.ovhrenewal.core.exception.OvhException} in
 * {@code io.github.ovhrenewal.core.exception}.
 */
package io.github.ovhrenewal.core;
