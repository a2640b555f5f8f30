/**
 * Fleet renewal: what the account holds and when it expires ({@link
 * io.github.ovhrenewal.core.fleet.ServiceSummary}), a priced plan ({@link
 * io.github.ovhrenewal.core.fleet.RenewalPlan}) and its journaled, resumable application ({@link
 * io.github.ovhrenewal.core.fleet.ApplyReport}). Reached through {@code client.services()} and
 * {@code client.renewals()}.
 */
package io.github.ovhrenewal.core.fleet;
