package io.github.ovhrenewal.api;

import io.github.ovhrenewal.api.model.Order;
import io.github.ovhrenewal.api.model.OrderDetail;
import io.github.ovhrenewal.api.model.OrderFollowUp;
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

  /**
   * {@code GET /me/order/{orderId}/details}: the ids of the order's entries.
   *
   * @param orderId the order id
   * @return the call
   */
  @GET("me/order/{orderId}/details")
  Call<List<Long>> listOrderDetails(@Path("orderId") long orderId);

  /**
   * {@code GET /me/order/{orderId}/details/{orderDetailId}}: one entry, whose {@code domain} names
   * the service it is about.
   *
   * @param orderId the order id
   * @param orderDetailId the entry's id, from {@link #listOrderDetails}
   * @return the call
   */
  @GET("me/order/{orderId}/details/{orderDetailId}")
  Call<OrderDetail> getOrderDetail(@Path("orderId") long orderId, @Path("orderDetailId") long orderDetailId);

  /**
   * {@code GET /me/order/{orderId}/followUp}: the order's steps to delivery, each with its history.
   *
   * @param orderId the order id
   * @return the call
   */
  @GET("me/order/{orderId}/followUp")
  Call<List<OrderFollowUp>> getOrderFollowUp(@Path("orderId") long orderId);
}
