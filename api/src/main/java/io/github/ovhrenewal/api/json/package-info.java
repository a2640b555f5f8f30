/** JSON for the OVH API: the configured Moshi instance ({@link io.github.ovhrenewal.api.json.OvhJson}). */
package io.github.ovhrenewal.api.json;
