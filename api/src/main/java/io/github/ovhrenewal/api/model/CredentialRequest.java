package io.github.ovhrenewal.api.model;

/**
 * The answer of {@code POST /auth/credential} ({@code auth.ApiCredentialRequest}): a new consumer
 * key, usable once its owner has opened {@link #validationUrl()} and logged in.
 *
 * @param consumerKey the new consumer key; hidden by {@link #toString()}
 * @param state the key's state, {@code pendingValidation} when just created
 * @param validationUrl the page where the account owner validates the key
 */
public record CredentialRequest(String consumerKey, CredentialState state, String validationUrl) {

  /** Prints the state and validation URL, never the consumer key. */
  @Override
  public String toString() {
    return "CredentialRequest[state=" + state + ", validationUrl=" + validationUrl
        + ", consumerKey=" + Hidden.mark(consumerKey) + "]";
  }
}
