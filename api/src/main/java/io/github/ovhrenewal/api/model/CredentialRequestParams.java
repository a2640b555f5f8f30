package io.github.ovhrenewal.api.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The body of {@code POST /auth/credential} ({@code auth.ApiCredentialRequestParams}):
 * {@code {"accessRules":[{"method":"GET","path":"/service"}],"redirection":"https://…","allowedIPs":["192.0.2.0/24"]}}.
 *
 * <p>A request value, so it validates: a bad one fails here, before anything is sent.
 *
 * @param accessRules the routes the new consumer key may call; not empty
 * @param redirection where OVH sends the user after validation, or null (left out of the JSON)
 * @param allowedIPs the IP blocks allowed to use the key, or null for any (left out of the JSON)
 */
public record CredentialRequestParams(List<AccessRule> accessRules, String redirection, List<String> allowedIPs) {

  /**
   * Checks the values.
   *
   * @param accessRules the routes the new consumer key may call; not empty, copied
   * @param redirection where OVH sends the user after validation, or null for none; not blank
   * @param allowedIPs the IP blocks allowed to use the key, or null for any; copied
   * @throws IllegalArgumentException if there is no rule, a rule or IP block is null or blank, or
   *     the redirection is blank
   */
  public CredentialRequestParams {
    if (accessRules == null || accessRules.isEmpty()) {
      throw new IllegalArgumentException("accessRules must not be empty: a consumer key with no rule can call nothing");
    }
    for (AccessRule rule : accessRules) {
      if (rule == null || rule.method() == null || rule.path() == null || rule.path().isBlank()) {
        throw new IllegalArgumentException("access rule " + rule + " must have a method and a path");
      }
    }
    accessRules = Collections.unmodifiableList(new ArrayList<>(accessRules));
    if (redirection != null && redirection.isBlank()) {
      throw new IllegalArgumentException("redirection must not be blank; pass null for none");
    }
    if (allowedIPs != null) {
      for (String block : allowedIPs) {
        if (block == null || block.isBlank()) {
          throw new IllegalArgumentException("allowedIPs must not hold a null or blank IP block, got " + allowedIPs);
        }
      }
      allowedIPs = Collections.unmodifiableList(new ArrayList<>(allowedIPs));
    }
  }
}
