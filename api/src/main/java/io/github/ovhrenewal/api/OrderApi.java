package io.github.ovhrenewal.api;

import io.github.ovhrenewal.api.model.Order;
import io.github.ovhrenewal.api.model.OrderStatus;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** {@code /me/order}: the account's orders. */
public interface OrderApi {

  /**
   * {@code GET /me/order[?date.from=…&date.to=…]}: ids of the orders created in a time range.
   *
   * @param dateFrom ISO-8601 datetime lower bound, or null
   * @param dateTo ISO-8601 datetime upper bound, or null
   * @return the call
   */
  @GET("me/order")
  Call<List<Long>> listOrders(@Query("date.from") String dateFrom, @Query("date.to") String dateTo);

  /**
   * {@code GET /me/order/{orderId}}.
   *
   * @param orderId the order id
   * @return the call
   */
  @GET("me/order/{orderId}")
  Call<Order> getOrder(@Path("orderId") long orderId);

  /**
   * {@code GET /me/order/{orderId}/status}: a bare JSON string such as {@code "notPaid"}.
   *
   * @param orderId the order id
   * @return the call
   */
  @GET("me/order/{orderId}/status")
  Call<OrderStatus> getOrderStatus(@Path("orderId") long orderId);
}
