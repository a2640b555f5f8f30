package io.github.ovhrenewal.examples.sandbox;

/**
 * Checks a signed call the way OVH does, in OVH's order: application key, consumer key, timestamp,
 * signature, then the consumer key's access rules.
 */
final class SandboxAuthenticator {

  /** OVH's tolerance between the client's timestamp and its own clock. */
  static final long MAX_SKEW_SECONDS = 180;

  private final SandboxCredentials credentials;
  private final SandboxClock clock;

  SandboxAuthenticator(SandboxCredentials credentials, SandboxClock clock) {
    this.credentials = credentials;
    this.clock = clock;
  }

  /** Throws the OVH error for an unknown application key (used by unsigned calls too). */
  void checkApplication(SandboxRequest request) {
    if (!credentials.isApplicationKey(request.header("X-Ovh-Application"))) {
      throw SandboxErrors.invalidKey();
    }
  }

  /** Returns the caller's credential, or throws the OVH error that the call deserves. */
  SandboxCredential authenticate(SandboxRequest request) {
    checkApplication(request);
    String consumerKey = request.header("X-Ovh-Consumer");
    SandboxCredential credential = credentials.find(consumerKey);
    if (credential == null) {
      throw SandboxErrors.invalidCredential();
    }
    String timestamp = request.header("X-Ovh-Timestamp");
    if (!isFresh(timestamp)) {
      throw SandboxErrors.queryTimeOut();
    }
    String expected =
        SandboxSignature.sign(
            credentials.applicationSecret(),
            consumerKey,
            request.method(),
            request.fullUrl(),
            request.body(),
            timestamp);
    if (!SandboxSignature.matches(expected, request.header("X-Ovh-Signature"))) {
      throw SandboxErrors.invalidSignature();
    }
    if (!credential.allows(request.method(), request.apiPath())) {
      throw SandboxErrors.notGranted();
    }
    credential.used(clock.nowUtc());
    return credential;
  }

  private boolean isFresh(String timestamp) {
    if (timestamp == null || !timestamp.matches("[0-9]{1,18}")) {
      return false;
    }
    return Math.abs(Long.parseLong(timestamp) - clock.unixSeconds()) <= MAX_SKEW_SECONDS;
  }
}
