/**
 * Checks shared by every layer: argument checks and the URL rule. Internal: not exported, not part
 * of the SDK's API.
 */
package io.github.ovhrenewal.core.util;
