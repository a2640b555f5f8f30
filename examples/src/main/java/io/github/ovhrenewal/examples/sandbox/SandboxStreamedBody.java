package io.github.ovhrenewal.examples.sandbox;

import java.io.IOException;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;
import okio.ByteString;

/**
 * A JSON array of zeros ({@code [0,0,…]}) written block by block as the client reads it: a huge
 * body of an exact length, or an endless chunked one. One block of 8 KiB is shared and rewritten,
 * so the sandbox's memory does not grow with the body, whatever its size.
 */
final class SandboxStreamedBody implements MockResponseBody {

  private static final int BLOCK_SIZE = 8192;
  /** {@code 0,0,…,0,}: whole {@code "0,"} pairs, so that any even cut of it stays valid array content. */
  private static final ByteString BLOCK = ByteString.encodeUtf8("0,".repeat(BLOCK_SIZE / 2));
  private static final ByteString CRLF = ByteString.encodeUtf8("\r\n");
  private static final long ENDLESS = -1L;

  private final long length;

  private SandboxStreamedBody(long length) {
    this.length = length;
  }

  /** Exactly {@code bytes} bytes: {@code [}, pairs of {@code 0,}, a space if the count is odd, {@code 0]}. */
  static SandboxStreamedBody huge(long bytes) {
    if (bytes < 3) {
      throw new IllegalArgumentException("bytes must be at least 3 (the shortest array, [0]), was " + bytes);
    }
    return new SandboxStreamedBody(bytes);
  }

  /** Chunk after chunk, never ending; already framed in chunked transfer encoding. */
  static SandboxStreamedBody endless() {
    return new SandboxStreamedBody(ENDLESS);
  }

  /** Whether the body never ends (sent chunked, without Content-Length). */
  boolean isEndless() {
    return length == ENDLESS;
  }

  @Override
  public long getContentLength() {
    return length;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    if (isEndless()) {
      writeEndless(sink);
    } else {
      writeHuge(sink);
    }
  }

  private void writeHuge(BufferedSink sink) throws IOException {
    sink.writeUtf8("[");
    long middle = length - 3;
    while (middle >= BLOCK_SIZE) {
      // The sink flushes whole segments as they fill: the socket's back-pressure paces this loop.
      sink.write(BLOCK);
      middle -= BLOCK_SIZE;
    }
    int rest = (int) middle;
    sink.write(BLOCK, 0, rest - rest % 2);
    if (rest % 2 == 1) {
      sink.writeUtf8(" ");
    }
    sink.writeUtf8("0]");
    // MockWebServer only emits whole segments of a custom body: the tail must be flushed here.
    sink.flush();
  }

  /**
   * MockWebServer writes a body's bytes as they are, so the chunk framing is written here. Ends
   * only when writing fails: the client closed the connection, or the sandbox closed.
   */
  private static void writeEndless(BufferedSink sink) throws IOException {
    sink.writeUtf8("1\r\n[\r\n");
    String size = Integer.toHexString(BLOCK_SIZE) + "\r\n";
    while (!Thread.currentThread().isInterrupted()) {
      sink.writeUtf8(size);
      sink.write(BLOCK);
      sink.write(CRLF);
      sink.flush();
    }
    throw new IOException("endless body interrupted");
  }
}
