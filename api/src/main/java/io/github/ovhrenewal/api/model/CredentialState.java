package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * The state of an API credential ({@code auth.CredentialStateEnum}). A consumer key just created is
 * {@code pendingValidation} until its owner opens the validation URL and logs in.
 *
 * <p>An open enumeration: values the server adds later parse too and keep their text (see {@link OpenEnum}).
 */
public final class CredentialState extends OpenEnum {
  private static final Registry<CredentialState> REGISTRY = new Registry<>("CredentialState", CredentialState::new);

  /** The value {@code expired}. */
  public static final CredentialState EXPIRED = REGISTRY.known("expired");
  /** The value {@code pendingValidation}. */
  public static final CredentialState PENDING_VALIDATION = REGISTRY.known("pendingValidation");
  /** The value {@code refused}. */
  public static final CredentialState REFUSED = REGISTRY.known("refused");
  /** The value {@code validated}. */
  public static final CredentialState VALIDATED = REGISTRY.known("validated");

  private CredentialState(String value, Boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with this wire text: a constant when known, otherwise a new value that keeps the text.
   *
   * @param value the exact text the API uses
   * @return the value, never null
   * @throws IllegalArgumentException if {@code value} is null or blank
   */
  public static CredentialState of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK version knows, in the API's order.
   *
   * @return an unmodifiable list
   */
  public static List<CredentialState> knownValues() {
    return REGISTRY.values();
  }
}
