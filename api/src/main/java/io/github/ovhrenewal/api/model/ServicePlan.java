package io.github.ovhrenewal.api.model;

/**
 * The commercial plan of a service ({@code service.Plan}).
 *
 * @param code the product code, or null
 * @param product the product
 */
public record ServicePlan(String code, Product product) {

  /**
   * The product of a plan ({@code service.plan.Product}).
   *
   * @param name the product name, or null
   */
  public record Product(String name) {}
}
