package io.github.ovhrenewal.core.internal;

import java.time.Duration;

/**
 * The three timeouts of a client, kept to name the one that fired.
 *
 * <p>Internal: not part of the SDK's API.
 *
 * @param connect to open a connection
 * @param read between two reads of an answer (and for writes)
 * @param call for a whole call, retries included
 */
public record Timeouts(Duration connect, Duration read, Duration call) {}
