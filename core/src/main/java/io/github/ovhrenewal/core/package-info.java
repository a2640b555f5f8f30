/**
 * The ovh-renewal SDK: {@link io.github.ovhrenewal.core.RenewalClient} and what its fluent calls
 * return, {@link io.github.ovhrenewal.core.Endpoint}, and the exception tree rooted at
 * {@link io.github.ovhrenewal.core.OvhException}.
 */
package io.github.ovhrenewal.core;
