package io.github.ovhrenewal.core.internal;

import io.github.ovhrenewal.api.PaymentApi;
import io.github.ovhrenewal.api.model.PaymentMethod;
import io.github.ovhrenewal.api.model.PaymentMethodStatus;
import io.github.ovhrenewal.core.exception.OvhNotFoundException;
import io.github.ovhrenewal.core.exception.PaymentMethodUnusableException;
import io.github.ovhrenewal.core.util.Arguments;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading the account's payment methods and checking one before ordering. One place for it, so
 * that {@code client.payments()}, the fluent flow and a fleet apply list and refuse methods the
 * same way, with the same words.
 *
 * <p>Internal: not part of the SDK's API.
 */
public final class PaymentMethodReads {
  private PaymentMethodReads() {}

  /**
   * {@code GET /me/payment/method} with the filters as its query, then each method read; a method
   * that does not match the filters is dropped, in case a server ignored one.
   *
   * @param executor runs the calls
   * @param api the payment calls
   * @param isDefault only the default method (true), only the others (false), or null
   * @param paymentType only this kind, or null
   * @param status only this state, or null
   * @return the methods, in the server's order
   */
  public static List<PaymentMethod> list(
      CallExecutor executor, PaymentApi api, Boolean isDefault, String paymentType, PaymentMethodStatus status) {
    List<Long> ids = executor.execute(api.listPaymentMethods(paymentType, status == null ? null : status.value(), isDefault));
    List<PaymentMethod> methods = new ArrayList<>();
    for (long id : ids == null ? List.<Long>of() : ids) {
      PaymentMethod method = executor.execute(api.getPaymentMethod(id));
      if (method != null && matches(method, isDefault, paymentType, status)) {
        methods.add(method);
      }
    }
    return List.copyOf(methods);
  }

  private static boolean matches(PaymentMethod method, Boolean isDefault, String paymentType, PaymentMethodStatus status) {
    return (isDefault == null || isDefault == method.isDefaultMethod())
        && (paymentType == null || paymentType.equalsIgnoreCase(method.paymentType()))
        && (status == null || status.equals(method.status()));
  }

  /**
   * Reads a method and checks that it can pay ({@code VALID}).
   *
   * @param executor runs the calls
   * @param api the payment calls
   * @param paymentMethodId the method
   * @return the method
   * @throws PaymentMethodUnusableException if there is no such method or it is not valid; the
   *     message lists the methods that can pay
   */
  public static PaymentMethod requireUsable(CallExecutor executor, PaymentApi api, long paymentMethodId) {
    Arguments.positiveId("paymentMethodId", paymentMethodId);
    PaymentMethod method;
    try {
      method = executor.execute(api.getPaymentMethod(paymentMethodId));
    } catch (OvhNotFoundException e) {
      throw new PaymentMethodUnusableException("payment method " + paymentMethodId + " does not exist on this account; "
          + usable(executor, api) + "; nothing was ordered or paid", paymentMethodId, null, e);
    }
    if (method == null || !method.isValid()) {
      PaymentMethodStatus status = method == null ? null : method.status();
      throw new PaymentMethodUnusableException("payment method " + describe(method, paymentMethodId) + " is " + status
          + (method != null && method.expirationDate() != null ? " (expiry " + method.expirationDate().toLocalDate() + ")" : "")
          + " and cannot pay: only a VALID method can; " + usable(executor, api) + "; nothing was ordered or paid",
          paymentMethodId, status, null);
    }
    return method;
  }

  /** The account's valid methods, for a refusal's message; a failure to read them is said, not thrown. */
  private static String usable(CallExecutor executor, PaymentApi api) {
    try {
      List<PaymentMethod> valid = list(executor, api, null, null, PaymentMethodStatus.VALID);
      return valid.isEmpty() ? "the account has no valid payment method"
          : "the account's valid methods: " + Arguments.bounded(valid.stream().map(m -> describe(m, m.paymentMethodId())).toList(), "methods");
    } catch (RuntimeException e) {
      return "the account's valid methods could not be read";
    }
  }

  /** Id and kind, e.g. {@code 3002 (CREDIT_CARD, default)}; never the label, which may hold an e-mail address. */
  static String describe(PaymentMethod method, long id) {
    if (method == null) {
      return String.valueOf(id);
    }
    return id + " (" + Arguments.bounded(String.valueOf(method.paymentType())) + (method.isDefaultMethod() ? ", default" : "") + ")";
  }
}
