/**
 * The OVH API, wire level: Retrofit interfaces, model records and the Moshi setup that reads them.
 */
module io.github.ovhrenewal.api {
  requires transitive retrofit2;
  requires transitive okhttp3;
  requires transitive com.squareup.moshi;

  exports io.github.ovhrenewal.api;
  exports io.github.ovhrenewal.api.json;
  exports io.github.ovhrenewal.api.model;

  // Moshi reads and builds the records reflectively.
  opens io.github.ovhrenewal.api.model to com.squareup.moshi;
}
