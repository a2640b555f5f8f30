package io.github.ovhrenewal.api;

import io.github.ovhrenewal.api.model.NoContent;
import io.github.ovhrenewal.api.model.OrderPaymentMethods;
import io.github.ovhrenewal.api.model.PayWithPaymentMethodRequest;
import io.github.ovhrenewal.api.model.PayWithRegisteredPaymentMeanRequest;
import io.github.ovhrenewal.api.model.PaymentMethod;
import io.github.ovhrenewal.api.model.RegisteredPaymentMean;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** Paying an order with a registered payment mean or a payment method, and the account's payment methods. */
public interface PaymentApi {

  /**
   * {@code GET /me/order/{orderId}/availableRegisteredPaymentMean}: the means able to pay this order.
   *
   * @param orderId the order id
   * @return the call
   */
  @GET("me/order/{orderId}/availableRegisteredPaymentMean")
  Call<List<RegisteredPaymentMean>> availableRegisteredPaymentMeans(@Path("orderId") long orderId);

  /**
   * {@code POST /me/order/{orderId}/payWithRegisteredPaymentMean}. Spends money: never retry it blindly.
   *
   * @param orderId the order id
   * @param body the payment mean and its id
   * @return the call; the answer is empty or {@code null}, anything else is not what the reference says
   */
  @POST("me/order/{orderId}/payWithRegisteredPaymentMean")
  Call<NoContent> payWithRegisteredPaymentMean(
      @Path("orderId") long orderId, @Body PayWithRegisteredPaymentMeanRequest body);

  /**
   * {@code GET /me/payment/method[?paymentType=…&status=…&default=…]}: ids of the account's payment
   * methods.
   *
   * @param paymentType only methods of this type (e.g. {@code PAYPAL}), or null for all
   * @param status only methods in this state (e.g. {@code VALID}), or null for all
   * @param isDefault only the default method ({@code true}) or the others ({@code false}), or null for all
   * @return the call
   */
  @GET("me/payment/method")
  Call<List<Long>> listPaymentMethods(
      @Query("paymentType") String paymentType, @Query("status") String status, @Query("default") Boolean isDefault);

  /**
   * {@code GET /me/payment/method/{paymentMethodId}}.
   *
   * @param paymentMethodId the payment method's id
   * @return the call
   */
  @GET("me/payment/method/{paymentMethodId}")
  Call<PaymentMethod> getPaymentMethod(@Path("paymentMethodId") long paymentMethodId);

  /**
   * {@code GET /me/order/{orderId}/paymentMethods}: the account's payment methods that can pay this
   * order, and the kinds that could.
   *
   * @param orderId the order id
   * @return the call
   */
  @GET("me/order/{orderId}/paymentMethods")
  Call<OrderPaymentMethods> getOrderPaymentMethods(@Path("orderId") long orderId);

  /**
   * {@code POST /me/order/{orderId}/pay}: pays the order with a payment method, the newer way than
   * {@link #payWithRegisteredPaymentMean}. Spends money: never retry it blindly.
   *
   * @param orderId the order id
   * @param body the payment method, e.g. {@code PayWithPaymentMethodRequest.of(555)}
   * @return the call; the answer is empty or {@code null}, anything else is not what the reference says
   */
  @POST("me/order/{orderId}/pay")
  Call<NoContent> pay(@Path("orderId") long orderId, @Body PayWithPaymentMethodRequest body);
}
