package io.github.ovhrenewal.core.internal;

import io.github.ovhrenewal.core.config.Credentials;
import io.github.ovhrenewal.core.config.RetryPolicy;
import io.github.ovhrenewal.core.config.Sleeper;
import java.time.Clock;
import okhttp3.OkHttpClient;

/**
 * Everything the engine is built from, checked and immutable: the facade's builder collects and
 * validates the values, the engine only assembles them. Its {@code toString} shows no secret
 * ({@link Credentials} hides them).
 *
 * @param baseUrl the API endpoint's URL, without a trailing slash
 * @param credentials how requests are authenticated
 * @param timeouts connect, read and call timeouts
 * @param retryPolicy when safe calls are retried
 * @param sleeper waits between retries and for the rate limit
 * @param clock the local clock
 * @param requestsPerMinute the rate limit, 0 for none
 * @param maxResponseBytes the largest answer body read
 * @param sharedHttp an OkHttp client whose pool and dispatcher to share, or null for a new one
 * @param concurrency how many requests the client's fleet calls keep in flight: the idle
 *     connections its own pool keeps (at least OkHttp's default 5)
 */
public record EngineSettings(
    String baseUrl,
    Credentials credentials,
    Timeouts timeouts,
    RetryPolicy retryPolicy,
    Sleeper sleeper,
    Clock clock,
    int requestsPerMinute,
    long maxResponseBytes,
    OkHttpClient sharedHttp,
    int concurrency) {}
