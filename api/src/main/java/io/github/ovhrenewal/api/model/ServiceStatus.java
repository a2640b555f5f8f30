package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * The state of a service as its product's {@code serviceInfos} reports it ({@code service.StateEnum}).
 *
 * <p>An open enumeration: values the server adds later parse too and keep their text (see {@link OpenEnum}).
 */
public final class ServiceStatus extends OpenEnum {
  private static final Registry<ServiceStatus> REGISTRY = new Registry<>("ServiceStatus", ServiceStatus::new);

  /** The value {@code autorenewInProgress}. */
  public static final ServiceStatus AUTORENEW_IN_PROGRESS = REGISTRY.known("autorenewInProgress");
  /** The value {@code expired}. */
  public static final ServiceStatus EXPIRED = REGISTRY.known("expired");
  /** The value {@code inCreation}. */
  public static final ServiceStatus IN_CREATION = REGISTRY.known("inCreation");
  /** The value {@code ok}. */
  public static final ServiceStatus OK = REGISTRY.known("ok");
  /** The value {@code pendingDebt}. */
  public static final ServiceStatus PENDING_DEBT = REGISTRY.known("pendingDebt");
  /** The value {@code unPaid}. */
  public static final ServiceStatus UN_PAID = REGISTRY.known("unPaid");

  private ServiceStatus(String value, Boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with this wire text: a constant when known, otherwise a new value that keeps the text.
   *
   * @param value the exact text the API uses
   * @return the value, never null
   * @throws IllegalArgumentException if {@code value} is null or blank
   */
  public static ServiceStatus of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The values this SDK version knows, in the API's order.
   *
   * @return an unmodifiable list
   */
  public static List<ServiceStatus> knownValues() {
    return REGISTRY.values();
  }
}
