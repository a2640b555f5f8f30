package io.github.ovhrenewal.core;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server that streams bodies without ever holding them: an endless chunked
 * body, or a huge one, written a block at a time until the client hangs up. WireMock and
 * MockWebServer build a body in memory first, which a test of the client's body cap under a
 * small heap cannot afford. It can also compute an answer from the request's head (e.g. check a
 * timestamp against a clock the test moves). One connection per request ({@code Connection: close}).
 */
final class StreamingOvhServer implements AutoCloseable {
  /** What to answer for one path: a small JSON body, or a stream. */
  sealed interface Answer permits Json, Raw, Computed, Endless, Huge {}

  /** A JSON body with a status. */
  record Json(int status, String body) implements Answer {
    Json(String body) {
      this(200, body);
    }
  }

  /** A 200 answer with any body, content type and query id (null for no header). */
  record Raw(String body, String contentType, String queryId) implements Answer {}

  /** An answer computed from the request's head (request line and headers). */
  record Computed(java.util.function.Function<String, Answer> fromHead) implements Answer {}

  /** A chunked body that never ends. */
  record Endless() implements Answer {}

  /** A body of this many bytes, with or without a Content-Length header. */
  record Huge(long bytes, boolean declared) implements Answer {}

  private static final byte[] BLOCK = new byte[64 * 1024];

  static {
    Arrays.fill(BLOCK, (byte) ' ');
  }

  private final ServerSocket socket;
  private final Thread acceptor;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private volatile Answer otherwise = new Json(404, null);

  StreamingOvhServer() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::acceptLoop, "streaming-ovh-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  /** Answers {@code METHOD PATH} (path without query) with this. */
  StreamingOvhServer on(String method, String path, Answer answer) {
    answers.put(method + " " + path, answer);
    return this;
  }

  /** Answers every request that no {@link #on} matches with this. */
  StreamingOvhServer otherwise(Answer answer) {
    this.otherwise = answer;
    return this;
  }

  /** How many requests {@code METHOD PATH} received. */
  int count(String method, String path) {
    AtomicInteger count = counts.get(method + " " + path);
    return count == null ? 0 : count.get();
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        Thread worker = new Thread(() -> serve(connection), "streaming-ovh-connection");
        worker.setDaemon(true);
        worker.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket connection) {
    try (connection) {
      InputStream in = new BufferedInputStream(connection.getInputStream());
      String head = readHead(in);
      String[] requestLine = head.substring(0, head.indexOf("\r\n")).split(" ");
      String path = requestLine[1].split("\\?")[0];
      String key = requestLine[0] + " " + path;
      counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
      in.readNBytes(contentLength(head));
      Answer answer = answers.getOrDefault(key, otherwise);
      write(connection.getOutputStream(), answer instanceof Computed computed ? computed.fromHead().apply(head) : answer);
    } catch (IOException clientHungUp) {
      // Expected: the client stops reading at its cap and closes the connection.
    }
  }

  private static void write(OutputStream out, Answer answer) throws IOException {
    if (answer instanceof Json json) {
      byte[] body = json.body() == null ? new byte[0] : json.body().getBytes(StandardCharsets.UTF_8);
      out.write(ascii("HTTP/1.1 " + json.status() + " Answer\r\nContent-Type: application/json\r\nX-Ovh-QueryId: EU.stream-1\r\nContent-Length: "
          + body.length + "\r\nConnection: close\r\n\r\n"));
      out.write(body);
    } else if (answer instanceof Raw raw) {
      byte[] body = raw.body().getBytes(StandardCharsets.UTF_8);
      out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: " + raw.contentType() + "\r\n"
          + (raw.queryId() == null ? "" : "X-Ovh-QueryId: " + raw.queryId() + "\r\n")
          + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n"));
      out.write(body);
    } else if (answer instanceof Endless) {
      out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Ovh-QueryId: EU.stream-1\r\n"
          + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"));
      out.write(ascii("1\r\n[\r\n"));
      while (true) {
        out.write(ascii(Integer.toHexString(BLOCK.length) + "\r\n"));
        out.write(BLOCK);
        out.write(ascii("\r\n"));
      }
    } else if (answer instanceof Huge huge) {
      out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Ovh-QueryId: EU.stream-1\r\n"
          + (huge.declared() ? "Content-Length: " + huge.bytes() + "\r\n" : "") + "Connection: close\r\n\r\n"));
      for (long sent = 0; sent < huge.bytes(); sent += BLOCK.length) {
        out.write(BLOCK, 0, (int) Math.min(BLOCK.length, huge.bytes() - sent));
      }
    }
    out.flush();
  }

  /** The value of a header in a request head, or null. */
  static String header(String head, String name) {
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
        return line.substring(colon + 1).trim();
      }
    }
    return null;
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = ascii("\r\n\r\n");
    while (matched < end.length) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed before the end of the request head");
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
    }
    return head.toString(StandardCharsets.US_ASCII);
  }

  private static int contentLength(String head) {
    String length = header(head, "Content-Length");
    return length == null ? 0 : Integer.parseInt(length);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
