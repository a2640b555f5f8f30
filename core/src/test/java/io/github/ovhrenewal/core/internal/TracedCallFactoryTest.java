package io.github.ovhrenewal.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** Every call Retrofit makes gets a state of its own. */
class TracedCallFactoryTest {
  private static final Request REQUEST = new Request.Builder().url("http://localhost/1.0/service").build();

  private final TracedCallFactory factory = new TracedCallFactory(new OkHttpClient());

  @Test
  void newCall_anyRequest_tagsAFreshState() {
    Call call = factory.newCall(REQUEST);

    CallState state = call.request().tag(CallState.class);
    assertThat(state).isNotNull();
    assertThat(state.attempts()).isEqualTo(1);
    assertThat(state.claimResync()).isTrue();
  }

  @Test
  void newCall_sameRequestTwice_eachCallItsOwnState() {
    CallState first = factory.newCall(REQUEST).request().tag(CallState.class);
    CallState second = factory.newCall(REQUEST).request().tag(CallState.class);

    assertThat(first).isNotNull().isNotSameAs(second);
    first.attempt(3);
    first.claimResync();
    assertThat(second.attempts()).isEqualTo(1);
    assertThat(second.claimResync()).isTrue();
  }

  @Test
  void newCall_requestAlreadyTagged_replacesTheStateWithAFreshOne() {
    // Retrofit clones a call by building its request again; a state used up by an earlier call
    // (its resync claimed) must not carry over.
    CallState used = new CallState();
    used.attempt(3);
    used.claimResync();

    CallState state = factory.newCall(REQUEST.newBuilder().tag(CallState.class, used).build()).request().tag(CallState.class);

    assertThat(state).isNotSameAs(used);
    assertThat(state.attempts()).isEqualTo(1);
    assertThat(state.claimResync()).isTrue();
  }

  @Test
  void newCall_keepsTheRequestAsMade() {
    Request request = REQUEST.newBuilder().header("Accept", "application/json").build();

    Request sent = factory.newCall(request).request();

    assertThat(sent.url()).isEqualTo(request.url());
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.header("Accept")).isEqualTo("application/json");
  }
}
