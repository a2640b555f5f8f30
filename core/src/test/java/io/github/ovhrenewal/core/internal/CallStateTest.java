package io.github.ovhrenewal.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** What one call went through, carried by its request as a tag. */
class CallStateTest {
  private static final Request REQUEST = new Request.Builder().url("http://localhost/1.0/service").build();

  @Test
  void new_freshState_oneAttemptNoQueryIdUnsigned() {
    CallState state = new CallState();

    assertThat(state.attempts()).isEqualTo(1);
    assertThat(state.queryId()).isNull();
    assertThat(state.clockGeneration()).isZero();
  }

  @Test
  void of_taggedRequest_returnsItsTag() {
    CallState state = new CallState();
    Request tagged = REQUEST.newBuilder().tag(CallState.class, state).build();

    assertThat(CallState.of(tagged)).isSameAs(state);
    // A request rebuilt by an interceptor (new headers, a new body) keeps its tags, so its state.
    assertThat(CallState.of(tagged.newBuilder().header("X-Ovh-Timestamp", "1").build())).isSameAs(state);
  }

  @Test
  void of_untaggedRequest_givesADetachedStateEachTime() {
    CallState first = CallState.of(REQUEST);
    CallState second = CallState.of(REQUEST);

    assertThat(first).isNotNull().isNotSameAs(second);
    first.attempt(3);
    assertThat(second.attempts()).isEqualTo(1);
  }

  @Test
  void claimResync_calledTwice_trueOnceThenFalse() {
    CallState state = new CallState();

    assertThat(state.claimResync()).isTrue();
    assertThat(state.claimResync()).isFalse();
    assertThat(state.claimResync()).isFalse();
  }

  @Test
  void claimResync_twoCalls_eachMayResyncOnce() {
    CallState one = new CallState();
    CallState other = new CallState();

    assertThat(one.claimResync()).isTrue();
    assertThat(other.claimResync()).as("another call's resync is its own").isTrue();
  }

  @Test
  void setters_recordAttemptQueryIdAndSigningGeneration() {
    CallState state = new CallState();

    state.attempt(2);
    state.queryId("EU.ext-1.abc");
    state.signedWith(7);

    assertThat(state.attempts()).isEqualTo(2);
    assertThat(state.queryId()).isEqualTo("EU.ext-1.abc");
    assertThat(state.clockGeneration()).isEqualTo(7);
  }
}
