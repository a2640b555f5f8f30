package io.github.ovhrenewal.examples.sandbox;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.List;
import okio.Buffer;
import okio.BufferedSink;

/**
 * A JSON array written element by element as the client reads it, with its exact length known
 * beforehand: a page of thousands of services never sits whole in the sandbox's memory. The length
 * is measured by writing every element once into a scratch buffer that is emptied after each, so
 * the elements must be immutable snapshots (they are written twice).
 */
final class SandboxJsonArrayBody {

  /** Writes one element. */
  interface Element {
    void write(JsonWriter writer) throws IOException;
  }

  private final List<Element> elements;
  private final long length;

  SandboxJsonArrayBody(List<Element> elements) {
    this.elements = List.copyOf(elements);
    Buffer scratch = new Buffer();
    // "[" and "]", and one comma between two elements.
    long total = 2 + Math.max(0, this.elements.size() - 1);
    for (Element element : this.elements) {
      writeElement(element, scratch);
      total += scratch.size();
      scratch.clear();
    }
    this.length = total;
  }

  /** The body's exact length in bytes, for Content-Length. */
  long length() {
    return length;
  }

  void writeTo(BufferedSink sink) throws IOException {
    Buffer scratch = new Buffer();
    sink.writeUtf8("[");
    for (int i = 0; i < elements.size(); i++) {
      if (i > 0) {
        sink.writeUtf8(",");
      }
      writeElement(elements.get(i), scratch);
      sink.writeAll(scratch);
    }
    sink.writeUtf8("]");
    // MockWebServer only emits whole segments of a custom body: the tail must be flushed here.
    sink.flush();
  }

  private static void writeElement(Element element, Buffer into) {
    try (JsonWriter writer = JsonWriter.of(into)) {
      writer.setSerializeNulls(true);
      element.write(writer);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
