package io.github.ovhrenewal.core;

import io.github.ovhrenewal.core.config.Credentials;
import io.github.ovhrenewal.core.internal.Engine;
import io.github.ovhrenewal.core.internal.EngineSettings;
import io.github.ovhrenewal.core.internal.Timeouts;

import io.github.ovhrenewal.core.config.ConfigurationSources;
import io.github.ovhrenewal.core.config.Endpoint;
import io.github.ovhrenewal.core.config.ResolvedConfiguration;
import io.github.ovhrenewal.core.config.RetryPolicy;
import io.github.ovhrenewal.core.config.Sleeper;
import io.github.ovhrenewal.core.exception.OrderOutcomeUnknownException;
import io.github.ovhrenewal.core.exception.OvhConfigurationException;
import io.github.ovhrenewal.core.exception.OvhDecodingException;
import io.github.ovhrenewal.core.exception.OvhException;
import io.github.ovhrenewal.core.util.Arguments;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import okhttp3.OkHttpClient;

/**
 * A client of the OVH API for renewing services. Thread-safe: build one and share it.
 *
 * <pre>{@code
 * try (RenewalClient client = RenewalClient.builder()
 *     .endpoint("ovh-eu")
 *     .applicationKey(ak).applicationSecret(as).consumerKey(ck)
 *     .build()) {
 *   long id = client.services().info("/vps", "vps112233.ovh.net").serviceId();
 *   RenewOrder order = client.renewals().forService(id).choose(RenewPeriod.P3M).order();
 *   client.orders().payWithRegisteredPaymentMean(order.orderId(), PaymentMean.PAYPAL, 1234L);
 * }
 * }</pre>
 *
 * <p>Every request is signed as OVH specifies, with the server's time read once from
 * {@code /auth/time}, or carries an OAuth2 bearer token for a service account
 * ({@link Builder#clientId(String)}). Settings can also come from the environment and
 * {@code ovh.conf} files, as python-ovh and go-ovh read them ({@link #fromEnvironment()}). Failures are unchecked {@link OvhException}s; bad arguments fail with
 * {@link IllegalArgumentException} before anything is sent.
 */
public final class RenewalClient implements AutoCloseable {
  /** Default time to open a connection. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Default time to wait between two reads or writes of one exchange. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  /** Default time for a whole call. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
  /** Default largest answer body accepted: 16 MiB, far more than any OVH answer for a fleet of thousands. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L << 20;
  /** Requests in flight at most in a fleet call, unless {@link Builder#concurrency(int)} says otherwise. */
  public static final int DEFAULT_CONCURRENCY = 8;

  private final ResolvedConfiguration configuration;
  private final RetryPolicy retryPolicy;
  private final int requestsPerMinute;
  private final Engine engine;
  private final Services services;
  private final Renewals renewals;
  private final Orders orders;
  private final Payments payments;
  private final Auth auth;

  private RenewalClient(Builder builder, ResolvedConfiguration configuration) {
    this.configuration = configuration;
    this.retryPolicy = builder.retryPolicy;
    this.requestsPerMinute = builder.requestsPerMinute;
    this.engine = new Engine(builder.engineSettings(configuration));
    ClientContext context = new ClientContext(engine, builder.concurrency);
    this.services = new Services(context);
    this.renewals = new Renewals(context);
    this.orders = new Orders(context);
    this.payments = new Payments(context);
    this.auth = new Auth(context, configuration.authMethod() == ResolvedConfiguration.AuthMethod.APPLICATION_KEY);
  }

  /**
   * Starts configuring a client.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured as python-ovh and go-ovh configure theirs: each setting from the first of
   * the environment ({@code OVH_ENDPOINT}, {@code OVH_APPLICATION_KEY}, {@code OVH_APPLICATION_SECRET},
   * {@code OVH_CONSUMER_KEY}, or {@code OVH_CLIENT_ID}, {@code OVH_CLIENT_SECRET},
   * {@code OVH_OAUTH2_TOKEN_URL}; an empty variable counts as unset), {@code ./ovh.conf},
   * {@code ~/.ovh.conf} and {@code /etc/ovh.conf}.
   *
   * <pre>{@code
   * RenewalClient client = RenewalClient.fromEnvironment();
   * client.configuration().describe().forEach(System.out::println); // what came from where
   * }</pre>
   *
   * @return the client
   * @throws OvhConfigurationException listing each source and why it gave nothing, or naming the
   *     file and line of a malformed file
   */
  public static RenewalClient fromEnvironment() {
    return builder().configurationSources(ConfigurationSources.system()).build();
  }

  /** The chain with this environment as its only source (no file): for tests. */
  static RenewalClient fromEnvironment(Map<String, String> environment) {
    return builder().configurationSources(ConfigurationSources.of(environment, null, null, null)).build();
  }

  /**
   * As {@link #fromEnvironment()}, with this file read before {@code ./ovh.conf} (after the
   * environment, as python-ovh's {@code config_file}).
   *
   * @param configFile an {@code ovh.conf} file, which must exist
   * @return the client
   * @throws OvhConfigurationException if the file is missing or malformed, or settings are missing
   */
  public static RenewalClient fromConfigFile(Path configFile) {
    return builder().configFile(configFile).build();
  }

  /**
   * The account's services.
   *
   * @return the services API
   */
  public Services services() {
    return services;
  }

  /**
   * The renewal flow: offers, quotes, orders.
   *
   * @return the renewals API
   */
  public Renewals renewals() {
    return renewals;
  }

  /**
   * Orders and their payment.
   *
   * @return the orders API
   */
  public Orders orders() {
    return orders;
  }

  /**
   * The account's payment methods, to pay orders with {@link Orders#pay(long, long)}.
   *
   * @return the payments API
   */
  public Payments payments() {
    return payments;
  }

  /**
   * The credentials: the current consumer key's rules, and asking for new consumer keys.
   *
   * @return the auth API
   */
  public Auth auth() {
    return auth;
  }

  /**
   * The settings this client uses and where each came from, without secrets.
   *
   * @return the configuration
   */
  public ResolvedConfiguration configuration() {
    return configuration;
  }

  /**
   * The endpoint this client talks to.
   *
   * @return the endpoint
   */
  public Endpoint endpoint() {
    return configuration.endpoint();
  }

  /**
   * The offset between the OVH server's clock and the local one, reading it if not yet read.
   *
   * @return server minus local time
   */
  public Duration serverTimeOffset() {
    return Duration.ofSeconds(engine.serverOffsetSeconds());
  }

  /**
   * Releases the connections and threads of the HTTP client this client created. A client given
   * with {@link Builder#okHttpClient(OkHttpClient)} is left to its owner.
   */
  @Override
  public void close() {
    engine.close();
  }

  /**
   * The retry policy of this client.
   *
   * @return the policy
   */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** Shows the endpoint and application key (or OAuth2 client id); never a secret, the consumer key or a token. */
  @Override
  public String toString() {
    String identity = configuration.authMethod() == ResolvedConfiguration.AuthMethod.OAUTH2
        ? "clientId=" + configuration.clientId()
        : "applicationKey=" + configuration.applicationKey();
    return "RenewalClient[endpoint=" + configuration.endpoint() + ", " + identity + ", retryPolicy=" + retryPolicy
        + (requestsPerMinute > 0 ? ", rateLimit=" + requestsPerMinute + "/min" : "") + "]";
  }

  /** Configures a {@link RenewalClient}; {@link #build()} checks every value. */
  public static final class Builder {
    private Endpoint endpoint;
    private String applicationKey;
    private String applicationSecret;
    private String consumerKey;
    private String clientId;
    private String clientSecret;
    private String oauth2TokenUrl;
    private ConfigurationSources sources;
    private Path configFile;
    private OkHttpClient okHttpClient;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private Clock clock = Clock.systemUTC();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private int requestsPerMinute;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private int concurrency = DEFAULT_CONCURRENCY;

    private Builder() {}

    /**
     * How many requests the fleet calls ({@link Services#summaries()}, {@link Renewals#plan})
     * keep in flight at most; default {@link #DEFAULT_CONCURRENCY 8}. They also share the
     * {@link #rateLimit rate limit} and the retry policy. Orders have a bound of their own
     * ({@code ApplyOptions.concurrency}).
     *
     * @param concurrency from 1 to 64
     * @return this builder
     */
    public Builder concurrency(int concurrency) {
      if (concurrency < 1 || concurrency > 64) {
        throw new IllegalArgumentException("concurrency must be from 1 to 64, got " + concurrency);
      }
      this.concurrency = concurrency;
      return this;
    }

    /**
     * The largest answer body the client reads; default {@link #DEFAULT_MAX_RESPONSE_BYTES 16 MiB}.
     * A larger answer aborts the call with an {@link OvhDecodingException} naming the limit (an
     * {@link OrderOutcomeUnknownException} for an order or a payment), instead of exhausting the heap.
     *
     * @param maxResponseBytes from 1 KiB to 1 GiB
     * @return this builder
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes < 1024 || maxResponseBytes > (1L << 30)) {
        throw new IllegalArgumentException(
            "maxResponseBytes must be from 1024 (1 KiB) to 1073741824 (1 GiB), got " + maxResponseBytes);
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /**
     * When to retry calls that are safe to repeat; default {@link RetryPolicy#defaults()}. Orders
     * and payments are never retried, whatever the policy.
     *
     * @param retryPolicy the policy, e.g. {@link RetryPolicy#none()}
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Arguments.notNull("retryPolicy", retryPolicy);
      return this;
    }

    /**
     * Limits this client to a number of requests per minute, shared by all its threads; off by
     * default. OVH's guidance is about 60 a minute per consumer key.
     *
     * @param requestsPerMinute the limit, from 1 to 6000
     * @return this builder
     */
    public Builder rateLimit(int requestsPerMinute) {
      if (requestsPerMinute < 1 || requestsPerMinute > 6000) {
        throw new IllegalArgumentException("rateLimit must be from 1 to 6000 requests per minute, got " + requestsPerMinute);
      }
      this.requestsPerMinute = requestsPerMinute;
      return this;
    }

    /**
     * How the client waits between retries and for the rate limit. For tests: a sleeper that
     * returns at once makes retry tests instant.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Arguments.notNull("sleeper", sleeper);
      return this;
    }

    /**
     * The API endpoint: a name of the table ({@code ovh-eu}, {@code ovh-ca}, {@code ovh-us},
     * {@code kimsufi-eu}, {@code kimsufi-ca}, {@code soyoustart-eu}, {@code soyoustart-ca}) or an
     * absolute URL (plain http only for loopback hosts).
     *
     * @param nameOrUrl the endpoint
     * @return this builder
     * @throws IllegalArgumentException naming the value and what is allowed
     */
    public Builder endpoint(String nameOrUrl) {
      this.endpoint = Endpoint.of(nameOrUrl);
      return this;
    }

    /**
     * The API endpoint.
     *
     * @param endpoint e.g. {@link Endpoint#OVH_EU}
     * @return this builder
     */
    public Builder endpoint(Endpoint endpoint) {
      this.endpoint = Arguments.notNull("endpoint", endpoint);
      return this;
    }

    /**
     * The application key ({@code X-Ovh-Application}).
     *
     * @param applicationKey the key
     * @return this builder
     */
    public Builder applicationKey(String applicationKey) {
      this.applicationKey = applicationKey;
      return this;
    }

    /**
     * The application secret, used only to sign; never sent, printed or logged.
     *
     * @param applicationSecret the secret
     * @return this builder
     */
    public Builder applicationSecret(String applicationSecret) {
      this.applicationSecret = applicationSecret;
      return this;
    }

    /**
     * The consumer key ({@code X-Ovh-Consumer}); never printed or logged.
     *
     * @param consumerKey the key
     * @return this builder
     */
    public Builder consumerKey(String consumerKey) {
      this.consumerKey = consumerKey;
      return this;
    }

    /**
     * The OAuth2 client id of a service account, used with {@link #clientSecret(String)} instead of
     * an application key, secret and consumer key.
     *
     * @param clientId the id
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    /**
     * The OAuth2 client secret of a service account; only sent to the token URL, never printed or logged.
     *
     * @param clientSecret the secret
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
      return this;
    }

    /**
     * The OAuth2 token URL; by default the one OVH publishes for the endpoint (eu, ca, us). Needed
     * for any other endpoint.
     *
     * @param oauth2TokenUrl an absolute https URL (http only for loopback hosts)
     * @return this builder
     */
    public Builder oauth2TokenUrl(String oauth2TokenUrl) {
      this.oauth2TokenUrl = oauth2TokenUrl;
      return this;
    }

    /**
     * Completes the values not given to this builder from these sources: environment, then
     * {@code ovh.conf} files. Without this (or {@link #configFile(Path)}), only this builder's
     * values count, so that an explicitly configured client never depends on the machine it runs on.
     *
     * @param sources e.g. {@link ConfigurationSources#system()}
     * @return this builder
     */
    public Builder configurationSources(ConfigurationSources sources) {
      this.sources = Arguments.notNull("configurationSources", sources);
      return this;
    }

    /**
     * Completes the values not given to this builder from the environment, this file, then the
     * default {@code ovh.conf} files (the {@link #configurationSources(ConfigurationSources) sources}
     * given, or the system's).
     *
     * @param configFile an {@code ovh.conf} file, which must exist
     * @return this builder
     */
    public Builder configFile(Path configFile) {
      this.configFile = Arguments.notNull("configFile", configFile);
      return this;
    }

    /**
     * An OkHttp client whose connection pool and dispatcher to share. Its settings are kept,
     * except the timeouts and redirects, which this builder sets.
     *
     * @param okHttpClient the client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Arguments.notNull("okHttpClient", okHttpClient);
      return this;
    }

    /**
     * Time to open a connection; default {@link #DEFAULT_CONNECT_TIMEOUT 10 s}.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive("connectTimeout", timeout);
      return this;
    }

    /**
     * Time to wait between two reads (or writes) of one exchange; default {@link #DEFAULT_READ_TIMEOUT 30 s}.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive("readTimeout", timeout);
      return this;
    }

    /**
     * Time for a whole call; default {@link #DEFAULT_CALL_TIMEOUT 60 s}.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = positive("callTimeout", timeout);
      return this;
    }

    /**
     * The local clock, corrected by the server's offset for every signature. For tests.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Arguments.notNull("clock", clock);
      return this;
    }

    /**
     * Checks the configuration and builds the client. Nothing is sent yet.
     *
     * @return the client
     * @throws IllegalArgumentException naming what is missing or invalid ({@link OvhConfigurationException}
     *     when configuration sources are used)
     */
    public RenewalClient build() {
      return new RenewalClient(this, resolve(true));
    }

    /**
     * Builds a client that can only ask for new consumer keys: it needs the endpoint, the
     * application key and its secret, and no consumer key.
     *
     * @return the requester
     * @throws IllegalArgumentException naming what is missing or invalid, or if OAuth2 settings are given
     */
    public CredentialRequester buildForCredentialRequest() {
      ResolvedConfiguration configuration = resolve(false);
      return new CredentialRequester(new Engine(engineSettings(configuration)), configuration);
    }

    /**
     * The settings {@link #build()} would use and where each comes from, without building a
     * client: for diagnostics.
     *
     * @return the configuration
     * @throws IllegalArgumentException as {@link #build()}
     */
    public ResolvedConfiguration resolveConfiguration() {
      return resolve(true);
    }

    private ResolvedConfiguration resolve(boolean needConsumerKey) {
      boolean chain = sources != null || configFile != null;
      if (!chain && clientId == null && clientSecret == null) {
        // The builder's own contract, unchanged: every value given here, checked in this order.
        if (endpoint == null) {
          throw new IllegalArgumentException(
              "endpoint must be set: one of " + Endpoint.names() + " or an absolute URL");
        }
        Arguments.notBlank("applicationKey", applicationKey);
        Arguments.notBlank("applicationSecret", applicationSecret);
        if (needConsumerKey) {
          Arguments.notBlank("consumerKey", consumerKey);
        }
      }
      ConfigurationSources from = sources != null ? sources : chain ? ConfigurationSources.system() : ConfigurationSources.none();
      if (configFile != null) {
        from = from.withConfigFile(configFile);
      }
      Credentials given = Credentials.given(
          explicit("applicationKey", applicationKey),
          explicit("applicationSecret", applicationSecret),
          needConsumerKey ? explicit("consumerKey", consumerKey) : null,
          explicit("clientId", clientId),
          explicit("clientSecret", clientSecret),
          explicit("oauth2TokenUrl", oauth2TokenUrl));
      return from.resolve(given, endpoint, needConsumerKey);
    }

    /** The engine's settings: this builder's values with the resolved endpoint and credentials. */
    EngineSettings engineSettings(ResolvedConfiguration configuration) {
      return new EngineSettings(configuration.endpoint().url(), configuration.credentials(),
          new Timeouts(connectTimeout, readTimeout, callTimeout), retryPolicy, sleeper, clock, requestsPerMinute,
          maxResponseBytes, okHttpClient, concurrency);
    }

    private static String explicit(String name, String value) {
      return value == null ? null : Arguments.notBlank(name, value);
    }

    private static Duration positive(String name, Duration timeout) {
      Arguments.notNull(name, timeout);
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + timeout);
      }
      return timeout;
    }

    /** Shows what is set, never the secrets. */
    @Override
    public String toString() {
      return "RenewalClient.Builder[endpoint=" + endpoint + ", applicationKey=" + applicationKey + ", clientId=" + clientId
          + ", configFile=" + configFile + ", sources=" + sources + "]";
    }
  }
}
