package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * The role of a customer contact of a service ({@code services.expanded.Customer.Contact.TypeEnum}).
 *
 * <p>An open enumeration: values the server adds later parse too and keep their text (see {@link OpenEnum}).
 */
public final class ContactType extends OpenEnum {
  private static final Registry<ContactType> REGISTRY = new Registry<>("ContactType", ContactType::new);

  /** The value {@code administrator}. */
  public static final ContactType ADMINISTRATOR = REGISTRY.known("administrator");
  /** The value {@code billing}. */
  public static final ContactType BILLING = REGISTRY.known("billing");
  /** The value {@code technical}. */
  public static final ContactType TECHNICAL = REGISTRY.known("technical");

  private ContactType(String value, Boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with this wire text: a constant when known, otherwise a new value that keeps the text.
   *
   * @param value the exact text the API uses
   * @return the value, never null
   * @throws IllegalArgumentException if {@code value} is null or blank
   */
  public static ContactType of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK version knows, in the API's order.
   *
   * @return an unmodifiable list
   */
  public static List<ContactType> knownValues() {
    return REGISTRY.values();
  }
}
