/** Runnable examples of the ovh-renewal SDK, the {@code ovh-renew} command line and the embedded OVH sandbox. */
package io.github.ovhrenewal.examples;
