package io.github.ovhrenewal.api.model;

import java.util.List;

/**
 * The account's contacts for a service ({@code services.expanded.Customer}).
 *
 * @param contacts its administrative, billing and technical contacts, never null
 */
public record ServiceCustomer(List<Contact> contacts) {

  /**
   * Absent lists become empty lists.
   *
   * @param contacts its administrative, billing and technical contacts, never null
   */
  public ServiceCustomer {
    contacts = Lists.orEmpty(contacts);
  }

  /**
   * One contact of a service ({@code services.expanded.Customer.Contact}).
   *
   * @param customerCode the contact's account, e.g. {@code "xx1111-ovh"}, or null
   * @param type its role, e.g. {@link ContactType#BILLING}, or null
   */
  public record Contact(String customerCode, ContactType type) {}
}
