package io.github.ovhrenewal.api.model;

import java.util.List;
import java.util.Set;

/**
 * A kind of registered payment mean ({@code billing.ReusablePaymentMeanEnum}), as used by
 * {@code POST /me/order/{orderId}/payWithRegisteredPaymentMean}.
 *
 * <p>An open enumeration: {@code PaymentMean.of("somethingNew")} is kept as it is, never rejected,
 * because OVH adds means (the upper-case family appeared with the new payment API).
 *
 * <pre>{@code
 * client.orders().payWithRegisteredPaymentMean(orderId, PaymentMean.PAYPAL, 1234L);
 * }</pre>
 */
public final class PaymentMean extends OpenEnum {
  private static final Registry<PaymentMean> REGISTRY = new Registry<>("PaymentMean", PaymentMean::new);
  // The API refuses these without a paymentMeanId (OVH reference, payWithRegisteredPaymentMean).
  private static final Set<String> NEEDS_ID = Set.of("bankAccount", "creditCard", "paypal");

  /** A PayPal account ({@code paypal}); needs the registered account's id. */
  public static final PaymentMean PAYPAL = REGISTRY.known("paypal");
  /** A registered credit card ({@code creditCard}); needs the card's id. */
  public static final PaymentMean CREDIT_CARD = REGISTRY.known("creditCard");
  /** A registered bank account ({@code bankAccount}); needs the account's id. */
  public static final PaymentMean BANK_ACCOUNT = REGISTRY.known("bankAccount");
  /** The OVH prepaid account ({@code ovhAccount}). */
  public static final PaymentMean OVH_ACCOUNT = REGISTRY.known("ovhAccount");
  /** Fidelity points ({@code fidelityAccount}). */
  public static final PaymentMean FIDELITY_ACCOUNT = REGISTRY.known("fidelityAccount");
  /** A deferred payment account ({@code deferredPaymentAccount}). */
  public static final PaymentMean DEFERRED_PAYMENT_ACCOUNT = REGISTRY.known("deferredPaymentAccount");
  /** The newer upper-case name of a current account ({@code CURRENT_ACCOUNT}). */
  public static final PaymentMean CURRENT_ACCOUNT = REGISTRY.known("CURRENT_ACCOUNT");
  /** A domestic card ({@code DOMESTIC_CARD}). */
  public static final PaymentMean DOMESTIC_CARD = REGISTRY.known("DOMESTIC_CARD");
  /** An enterprise account ({@code ENTERPRISE}). */
  public static final PaymentMean ENTERPRISE = REGISTRY.known("ENTERPRISE");
  /** An internal trusted account ({@code INTERNAL_TRUSTED_ACCOUNT}). */
  public static final PaymentMean INTERNAL_TRUSTED_ACCOUNT = REGISTRY.known("INTERNAL_TRUSTED_ACCOUNT");
  /** A RuPay card ({@code RUPAY}). */
  public static final PaymentMean RUPAY = REGISTRY.known("RUPAY");
  /** A SEPA direct debit mandate ({@code SEPA_DIRECT_DEBIT}). */
  public static final PaymentMean SEPA_DIRECT_DEBIT = REGISTRY.known("SEPA_DIRECT_DEBIT");

  static {
    // Upper-case spellings of the new payment API whose lower-case twins hold the constant names.
    REGISTRY.known("CREDIT_CARD");
    REGISTRY.known("PAYPAL");
    REGISTRY.known("DEFERRED_PAYMENT_ACCOUNT");
  }

  private PaymentMean(String value, Boolean known) {
    super(value, known);
  }

  /**
   * Returns the payment mean with this wire text; unknown text is kept, never rejected.
   *
   * @param value the exact text the API uses, e.g. {@code "paypal"}
   * @return the payment mean, never null
   * @throws IllegalArgumentException if {@code value} is null or blank
   */
  public static PaymentMean of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * The payment means this SDK version knows.
   *
   * @return an unmodifiable list
   */
  public static List<PaymentMean> knownValues() {
    return REGISTRY.values();
  }

  /**
   * Whether OVH requires a {@code paymentMeanId} with this mean.
   *
   * @return true for {@code paypal}, {@code creditCard} and {@code bankAccount}
   */
  public boolean requiresId() {
    return NEEDS_ID.contains(value());
  }
}
