package io.github.ovhrenewal.core.internal;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * The exact bytes that were signed, sent as they are; one-shot for requests that must never be
 * sent twice, which forbids OkHttp from transmitting them again on its own.
 *
 * <p>Internal: not part of the SDK's API.
 */
final class ExactBody extends RequestBody {
  private final byte[] bytes;
  private final MediaType contentType;
  private final boolean oneShot;

  ExactBody(byte[] bytes, MediaType contentType, boolean oneShot) {
    this.bytes = bytes;
    this.contentType = contentType;
    this.oneShot = oneShot;
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

  /** The bytes, for the wire log, which OkHttp's logger would skip on a one-shot body. */
  byte[] bytes() {
    return bytes.clone();
  }
}
