package io.github.ovhrenewal.core.internal;

import io.github.ovhrenewal.api.AuthApi;
import io.github.ovhrenewal.api.json.OvhJson;
import io.github.ovhrenewal.core.config.Credentials;
import io.github.ovhrenewal.core.config.Sleeper;
import io.github.ovhrenewal.core.exception.OvhDecodingException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * The HTTP engine of one client, built from its {@link EngineSettings}: the OkHttp stack with one
 * interceptor per concern, Retrofit over it, the call executor and the server clock.
 *
 * <p>The interceptors, outermost first: retry (safe calls only), clock resync (signed clients),
 * rate limit (when set), authentication (signature, OAuth2 bearer, or application key only), wire
 * log, body cap, trace, then the network. Each position has its reason at the line that adds it.
 *
 * <p>Internal: not part of the SDK's API.
 */
public final class Engine implements AutoCloseable {
  /** OkHttp's own default of idle connections kept. */
  static final int MIN_IDLE_CONNECTIONS = 5;

  private final OkHttpClient http;
  private final boolean ownsHttp;
  private final Retrofit retrofit;
  private final CallExecutor executor;
  private final ServerClock clock;
  private final Sleeper sleeper;
  private final Clock localClock;

  /**
   * Builds the engine. Nothing is sent yet: the server time is read on the first signed request.
   *
   * @param settings the checked settings
   */
  public Engine(EngineSettings settings) {
    // The clock reads /auth/time through this engine's own stack, so it reads lazily, once built.
    this.clock = new ServerClock(this::readServerTime, settings.clock());
    this.sleeper = settings.sleeper();
    this.localClock = settings.clock();
    Timeouts timeouts = settings.timeouts();
    this.ownsHttp = settings.sharedHttp() == null;
    OkHttpClient base = ownsHttp ? ownClient(settings.concurrency()) : settings.sharedHttp();
    OkHttpClient plain = base.newBuilder()
        .connectTimeout(timeouts.connect())
        .readTimeout(timeouts.read())
        .writeTimeout(timeouts.read())
        .callTimeout(timeouts.call())
        // A redirect would re-send a POST elsewhere, and OVH's signature covers the URL anyway.
        .followRedirects(false)
        .followSslRedirects(false)
        // The retry interceptor alone decides what is sent again, and counts every attempt.
        .retryOnConnectionFailure(false)
        .build();
    // The OAuth2 token source uses `plain`: the token request is neither retried, rate-limited nor wire-logged.
    OkHttpClient.Builder stack = plain.newBuilder()
        .addInterceptor(new RetryInterceptor(
            settings.retryPolicy(), settings.sleeper(), settings.clock(), () -> ThreadLocalRandom.current().nextDouble()));
    if (settings.credentials().signsRequests()) {
      // Inside the retry interceptor: a resync is not a retry and uses up no attempt.
      stack.addInterceptor(new ClockResync(clock));
    }
    if (settings.requestsPerMinute() > 0) {
      // After the retry interceptor, so that every attempt takes its slot.
      stack.addInterceptor(new RateLimiter(settings.requestsPerMinute(), settings.clock(), settings.sleeper()));
    }
    this.http = stack
        .addInterceptor(authentication(settings, plain))
        // After authentication, so that it logs the request exactly as signed (secrets redacted);
        // above the body cap, so that it only ever reads a body already read within the cap.
        .addInterceptor(new WireLog())
        .addInterceptor(new BodyCap(settings.maxResponseBytes()))
        // Next to the network: it records each answer's query id before its body is read, so a
        // body that breaks or overflows is still reported with it.
        .addInterceptor(new CallTrace())
        .build();
    this.retrofit = new Retrofit.Builder()
        .baseUrl(settings.baseUrl() + "/")
        .callFactory(new TracedCallFactory(http))
        .addConverterFactory(new DecodingConverterFactory(MoshiConverterFactory.create(OvhJson.moshi())))
        .build();
    this.executor = new CallExecutor(timeouts);
  }

  /**
   * A client of its own whose pool keeps as many idle connections as the fleet calls have
   * requests in flight: with OkHttp's default of 5, eight threads would keep closing and opening
   * connections (a TLS handshake each). A shared client keeps the pool its owner chose.
   */
  static OkHttpClient ownClient(int concurrency) {
    return new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(Math.max(MIN_IDLE_CONNECTIONS, concurrency), 5, TimeUnit.MINUTES))
        .build();
  }

  /** OAuth2 replaces the signature; credentials without consumer key can only make unauthenticated calls. */
  private Interceptor authentication(EngineSettings settings, OkHttpClient plain) {
    Credentials credentials = settings.credentials();
    if (credentials.clientId() != null) {
      return new OAuth2Interceptor(new OAuth2TokenSource(
          plain, credentials.oauth2TokenUrl(), credentials.clientId(), credentials.clientSecret(), settings.clock()));
    }
    if (!credentials.signsRequests()) {
      return new ApplicationKeyInterceptor(credentials.applicationKey());
    }
    return new SigningInterceptor(credentials.applicationKey(), credentials.consumerKey(),
        new RequestSigner(credentials.applicationSecret(), credentials.consumerKey()), clock);
  }

  private long readServerTime() {
    Long seconds = executor.execute(api(AuthApi.class).time());
    if (seconds == null) {
      throw new OvhDecodingException("GET /auth/time answered null instead of the server time", null, "null", null);
    }
    return seconds;
  }

  /**
   * A Retrofit interface of the {@code api} module, on this engine's stack.
   *
   * @param service e.g. {@code ServiceApi.class}
   * @param <T> its type
   * @return the implementation
   */
  public <T> T api(Class<T> service) {
    return retrofit.create(service);
  }

  /**
   * Runs calls and turns their outcomes into values or typed exceptions.
   *
   * @return the executor
   */
  public CallExecutor executor() {
    return executor;
  }

  /**
   * The server-corrected current time, in UTC, reading the server time if not yet read.
   *
   * @return the server's now
   */
  public OffsetDateTime serverNow() {
    return OffsetDateTime.ofInstant(Instant.ofEpochMilli(clock.nowMillis()), ZoneOffset.UTC);
  }

  /**
   * The offset between the server's clock and the local one, reading it if not yet read.
   *
   * @return server minus local, in seconds
   */
  public long serverOffsetSeconds() {
    return clock.offset();
  }

  /**
   * How this client waits (between retries, and for whoever polls, such as awaiting an order's status).
   *
   * @return the sleeper of the settings
   */
  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * The local clock of the settings: what deadlines are measured with.
   *
   * @return the clock
   */
  public Clock clock() {
    return localClock;
  }

  /** Releases the connections and threads of the OkHttp client this engine created; a shared one is left to its owner. */
  @Override
  public void close() {
    if (ownsHttp) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }
}
