package io.github.ovhrenewal.core.internal;

import okhttp3.Request;

/**
 * What one call went through, carried by its request as a tag: how many attempts it made, the
 * {@code X-Ovh-QueryId} of its last answer, which reading of the server clock signed it, and
 * whether it already caused a clock resync.
 *
 * <p>It rides on the request, not in a thread-local, so that a call made while another is under
 * way on the same thread (the {@code /auth/time} read that a signature may need) keeps its own
 * state. {@link TracedCallFactory} gives every call a fresh one; Retrofit's {@code Call.request()}
 * returns that same tagged request, which is how the executor reads it back.
 */
final class CallState {
  private volatile int attempts = 1;
  private volatile String queryId;
  private volatile long clockGeneration;
  private volatile boolean resynced;

  /** The state of a request's call; a detached one for a request made outside the factory. */
  static CallState of(Request request) {
    CallState state = request.tag(CallState.class);
    return state != null ? state : new CallState();
  }

  int attempts() {
    return attempts;
  }

  void attempt(int attempt) {
    this.attempts = attempt;
  }

  String queryId() {
    return queryId;
  }

  void queryId(String queryId) {
    this.queryId = queryId;
  }

  /** The generation of the server-clock reading that signed the last attempt; 0 when unsigned. */
  long clockGeneration() {
    return clockGeneration;
  }

  void signedWith(long generation) {
    this.clockGeneration = generation;
  }

  /** Marks the one resync a call may cause; false if it already caused one. */
  boolean claimResync() {
    if (resynced) {
      return false;
    }
    resynced = true;
    return true;
  }
}
