package io.github.ovhrenewal.core.internal;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;

/**
 * The exact bytes that were signed, sent as they are; one-shot for requests that must never be
 * sent twice, which forbids OkHttp from transmitting them again on its own.
 *
 * <p>Internal: not part of the SDK's API.
 */
final class ExactBody extends RequestBody {
  private static final MediaType JSON = MediaType.get("application/json");

  private final byte[] bytes;
  private final MediaType contentType;
  private final boolean oneShot;

  ExactBody(byte[] bytes, MediaType contentType, boolean oneShot) {
    this.bytes = bytes;
    this.contentType = contentType;
    this.oneShot = oneShot;
  }

  /**
   * The body of a request as the exact bytes that will be sent, one-shot unless the method is
   * idempotent; null for a request without body.
   */
  static ExactBody of(Request request) throws IOException {
    RequestBody body = request.body();
    if (body == null) {
      return null;
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    MediaType type = body.contentType();
    // Exactly "application/json", as python-ovh sends it: the bytes are UTF-8 either way, and a
    // strict server should not have to parse a charset parameter.
    if (type != null && "json".equals(type.subtype())) {
      type = JSON;
    }
    return new ExactBody(buffer.readByteArray(), type, !RequestKinds.isIdempotent(request.method()));
  }

  @Override
  public MediaType contentType() {
    return contentType;
  }

  @Override
  public long contentLength() {
    return bytes.length;
  }

  @Override
  public boolean isOneShot() {
    return oneShot;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    sink.write(bytes);
  }

  /** The bytes: what is signed, and what the wire log shows (OkHttp's logger skips one-shot bodies). */
  byte[] bytes() {
    return bytes.clone();
  }
}
