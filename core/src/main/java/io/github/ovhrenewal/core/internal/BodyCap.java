package io.github.ovhrenewal.core.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Reads every answer's body whole, once, into one buffer, and refuses a body larger than the cap.
 *
 * <p>Without a cap a hostile or broken server could answer an endless body and exhaust the
 * heap. Reading here, next to the network, also means that a connection lost in the middle of a
 * body fails the attempt itself (so the retry interceptor can retry a safe call), and that the
 * buffer handed up the chain is the only copy: the converter parses from it, and the wire log
 * reads it without buffering the network stream itself.
 *
 * <p>Internal: not part of the SDK's API.
 */
final class BodyCap implements Interceptor {
  private static final long CHUNK = 8192;

  private final long maxBytes;

  /**
   * Creates the cap.
   *
   * @param maxBytes the largest body accepted, in bytes
   */
  public BodyCap(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    try {
      ResponseBody body = response.body();
      long declared = body.contentLength();
      if (declared > maxBytes) {
        throw new ResponseTooLargeException(maxBytes, "Content-Length " + declared);
      }
      Buffer buffer = read(body.source());
      return response.newBuilder().body(ResponseBody.create(buffer, body.contentType(), buffer.size())).build();
    } catch (IOException | RuntimeException e) {
      response.close();
      throw e;
    }
  }

  private Buffer read(BufferedSource source) throws IOException {
    Buffer buffer = new Buffer();
    while (source.read(buffer, CHUNK) != -1) {
      if (buffer.size() > maxBytes) {
        throw new ResponseTooLargeException(maxBytes, "more than " + maxBytes + " bytes read");
      }
    }
    return buffer;
  }

  /** A size for people: {@code 16 MiB}, {@code 512 KiB}, or bytes. */
  static String describe(long bytes) {
    if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
      return (bytes >> 20) + " MiB";
    }
    if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
      return (bytes >> 10) + " KiB";
    }
    return bytes + " bytes";
  }
}
