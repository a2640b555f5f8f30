package io.github.ovhrenewal.api.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The credential a request is made with ({@code auth.ApiCredential}), as
 * {@code GET /auth/currentCredential} returns it: its state and the routes it may call. Holds no secret.
 *
 * @param allowedIPs the IP blocks allowed to use it; empty when any may
 * @param applicationId the id of its application
 * @param creation when it was created, or null
 * @param credentialId its id
 * @param expiration when it expires, or null for never
 * @param lastUse when it was last used, or null
 * @param ovhSupport whether OVH support created it, or null when absent
 * @param rules the routes it may call
 * @param status its state, e.g. {@code validated}
 */
public record ApiCredential(
    List<String> allowedIPs,
    long applicationId,
    OffsetDateTime creation,
    long credentialId,
    OffsetDateTime expiration,
    OffsetDateTime lastUse,
    Boolean ovhSupport,
    List<AccessRule> rules,
    CredentialState status) {

  /**
   * Absent lists become empty lists. Nothing is checked: whatever the server answers must parse.
   *
   * @param allowedIPs the IP blocks allowed to use it, or null when any may
   * @param applicationId the id of its application
   * @param creation when it was created, or null
   * @param credentialId its id
   * @param expiration when it expires, or null for never
   * @param lastUse when it was last used, or null
   * @param ovhSupport whether OVH support created it, or null
   * @param rules the routes it may call, or null for none
   * @param status its state
   */
  public ApiCredential {
    allowedIPs = Lists.orEmpty(allowedIPs);
    rules = Lists.orEmpty(rules);
  }
}
