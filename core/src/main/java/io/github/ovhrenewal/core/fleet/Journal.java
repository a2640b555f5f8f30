package io.github.ovhrenewal.core.fleet;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.ovhrenewal.core.exception.JournalException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import okio.Buffer;

/**
 * The journal of an apply: an append-only file of JSON lines, bound to one plan by its first line,
 * locked for the length of a run. Each line is written whole and synced to the disk before the
 * step it announces happens, so that after a crash the file tells, for every item, what may have
 * been sent.
 *
 * <p>Format (version 1), one JSON object per line, UTF-8:
 * <pre>
 * {"journal":1,"plan":"sha256:…","createdAt":"2024-03-01T09:15:30Z"}
 * {"serviceId":12345,"period":"P1Y","state":"sending","at":"2024-03-01T09:15:31Z"}
 * {"serviceId":12345,"period":"P1Y","state":"ordered","at":"…","orderId":124,"priceWithTax":2.39,"currency":"EUR"}
 * {"serviceId":12345,"period":"P1Y","state":"paying","at":"…","orderId":124}
 * {"serviceId":12345,"period":"P1Y","state":"paid","at":"…","orderId":124}
 * </pre>
 * A line counts once its newline is on the disk: a last line without one (a crash while writing
 * it) is ignored and cut off before anything is appended; a malformed line anywhere else stops
 * the run with the file and line number.
 */
final class Journal implements AutoCloseable {
  /** The journal format this SDK writes and reads. */
  static final int VERSION = 1;

  /** Writes one whole line (newline included) and syncs it to the disk. */
  @FunctionalInterface
  interface Sink {
    /**
     * Writes and syncs.
     *
     * @param line the bytes of the line, its newline included
     * @throws IOException if it could not be written or synced
     */
    void write(byte[] line) throws IOException;
  }

  private final Path file;
  private final RandomAccessFile raf;
  private final FileLock lock;
  private final Sink sink;
  private final List<JournalEntry> entries;
  private final Supplier<OffsetDateTime> now;
  private final Object writeLock = new Object();
  private JournalException broken;

  private Journal(Path file, RandomAccessFile raf, FileLock lock, UnaryOperator<Sink> decorate, List<JournalEntry> entries,
      Supplier<OffsetDateTime> now) {
    this.file = file;
    this.raf = raf;
    this.lock = lock;
    // RandomAccessFile.write and FileDescriptor.sync (fsync) rather than the channel's write and
    // force: an interrupted thread closes a FileChannel, and with it the lock, half way through a
    // run; these calls are not interruptible.
    this.sink = decorate.apply(line -> {
      raf.write(line);
      raf.getFD().sync();
    });
    this.entries = List.copyOf(entries);
    this.now = now;
  }

  /**
   * The fingerprint that binds a journal to a plan: the SHA-256 of one line per ready item, in plan
   * order, {@code serviceId,period,priceWithTax,currency} (the price without trailing zeros, an
   * absent value empty).
   *
   * @param plan the plan
   * @return {@code "sha256:"} and 64 hex digits
   */
  static String fingerprint(RenewalPlan plan) {
    StringBuilder text = new StringBuilder();
    for (PlanItem item : plan.ready()) {
      text.append(item.serviceId()).append(',')
          .append(item.period() == null ? "" : item.period().toString()).append(',')
          .append(item.priceWithTax() == null ? "" : item.priceWithTax().stripTrailingZeros().toPlainString()).append(',')
          .append(item.currency() == null ? "" : item.currency()).append('\n');
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /**
   * Opens (or creates) a journal for a plan and locks it for this run.
   *
   * @param file the journal file; its directory must exist
   * @param fingerprint the plan's {@link #fingerprint(RenewalPlan)}
   * @param now the server's clock, for the time of each line
   * @param decorate wraps the sink (tests make it fail); {@code UnaryOperator.identity()} otherwise
   * @return the journal, with the entries it already holds
   * @throws JournalException if the file cannot be opened, locked, read or written, or a line is malformed
   * @throws IllegalArgumentException if the journal was written for another plan
   */
  static Journal open(Path file, String fingerprint, Supplier<OffsetDateTime> now, UnaryOperator<Sink> decorate) {
    boolean existed = Files.exists(file);
    RandomAccessFile raf;
    try {
      raf = new RandomAccessFile(file.toFile(), "rw");
    } catch (FileNotFoundException e) {
      throw new JournalException("cannot open the journal " + file + " (" + e.getMessage() + "); nothing was ordered", file.toString(), e);
    }
    boolean done = false;
    try {
      FileLock lock = lock(file, raf.getChannel());
      Journal journal = read(file, raf, lock, fingerprint, now, decorate);
      if (!existed) {
        syncDirectory(file);
      }
      done = true;
      return journal;
    } finally {
      if (!done) {
        closeQuietly(raf);
      }
    }
  }

  private static FileLock lock(Path file, FileChannel channel) {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException e) {
      throw new JournalException("cannot lock the journal " + file + " (" + e.getMessage() + "); nothing was ordered", file.toString(), e);
    }
    if (lock == null) {
      throw new JournalException("the journal " + file + " is in use by another apply (it holds the file's lock): let that run finish, "
          + "then run again with the same journal; nothing was ordered", file.toString(), null);
    }
    return lock;
  }

  private static Journal read(Path file, RandomAccessFile raf, FileLock lock, String fingerprint, Supplier<OffsetDateTime> now,
      UnaryOperator<Sink> decorate) {
    byte[] content;
    try {
      long length = raf.length();
      if (length > Integer.MAX_VALUE - 16) {
        throw new JournalException("the journal " + file + " is too large (" + length + " bytes) to be a journal", file.toString(), null);
      }
      content = new byte[(int) length];
      raf.seek(0);
      raf.readFully(content);
    } catch (IOException e) {
      throw new JournalException("cannot read the journal " + file + " (" + e.getMessage() + "); nothing was ordered", file.toString(), e);
    }
    int complete = lastNewline(content) + 1;
    List<String> lines = lines(content, complete);
    String header = null;
    List<JournalEntry> entries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int number = i + 1;
      Map<String, Object> fields = parse(file, number, line);
      if (header == null) {
        header = header(file, number, fields);
        continue;
      }
      try {
        entries.add(JournalEntry.from(fields));
      } catch (IllegalArgumentException e) {
        throw malformed(file, number, e.getMessage());
      }
    }
    if (header != null && !header.equals(fingerprint)) {
      throw new IllegalArgumentException("the journal " + file + " was written for another plan (plan " + header + " in the journal, "
          + fingerprint + " for this plan): apply the plan it was written for, or give a new journal file; nothing was ordered");
    }
    Journal journal = new Journal(file, raf, lock, decorate, entries, now);
    try {
      if (complete < content.length) {
        // A line cut short by a crash: it was never complete, so nothing it announced was sent.
        raf.setLength(complete);
        raf.getFD().sync();
      }
      raf.seek(complete);
    } catch (IOException e) {
      throw new JournalException("cannot cut the incomplete last line of the journal " + file + " (" + e.getMessage()
          + "); nothing was ordered", file.toString(), e);
    }
    if (header == null) {
      journal.writeHeader(fingerprint);
    }
    return journal;
  }

  private static int lastNewline(byte[] content) {
    for (int i = content.length - 1; i >= 0; i--) {
      if (content[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static List<String> lines(byte[] content, int complete) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < complete; i++) {
      if (content[i] == '\n') {
        int end = i > start && content[i - 1] == '\r' ? i - 1 : i;
        lines.add(new String(content, start, end - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    return lines;
  }

  private static String header(Path file, int number, Map<String, Object> fields) {
    Object version = fields.get("journal");
    if (version == null) {
      throw malformed(file, number, "the first line is not the journal's header; expected {\"journal\":1,\"plan\":\"sha256:…\",…}");
    }
    if (!(version instanceof BigDecimal v) || v.compareTo(BigDecimal.valueOf(VERSION)) != 0) {
      throw malformed(file, number, "\"journal\" is " + version + "; this SDK reads version " + VERSION);
    }
    Object plan = fields.get("plan");
    if (!(plan instanceof String fingerprint) || fingerprint.isBlank()) {
      throw malformed(file, number, "\"plan\" is " + (plan == null ? "missing" : plan) + "; expected the plan's fingerprint, \"sha256:…\"");
    }
    return fingerprint;
  }

  private static JournalException malformed(Path file, int number, String what) {
    return new JournalException("the journal " + file + " is malformed at line " + number + ": " + what
        + "; nothing was ordered", file.toString(), null);
  }

  /** One line's object, flat: strings, numbers (exact), booleans and nulls; nested values are skipped. */
  private static Map<String, Object> parse(Path file, int number, String line) {
    Buffer buffer = new Buffer().writeUtf8(line);
    Map<String, Object> fields = new LinkedHashMap<>();
    try (JsonReader reader = JsonReader.of(buffer)) {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        throw malformed(file, number, "expected a JSON object, found " + excerpt(line));
      }
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        switch (reader.peek()) {
          case STRING -> fields.put(name, reader.nextString());
          // nextString on a number gives its literal digits: exact.
          case NUMBER -> fields.put(name, new BigDecimal(reader.nextString()));
          case BOOLEAN -> fields.put(name, reader.nextBoolean());
          case NULL -> fields.put(name, reader.nextNull());
          default -> reader.skipValue();
        }
      }
      reader.endObject();
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw malformed(file, number, "more than one JSON value on the line: " + excerpt(line));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof JournalException journal) {
        throw journal;
      }
      throw malformed(file, number, "not JSON (" + e.getMessage() + "): " + excerpt(line));
    }
    return fields;
  }

  private static String excerpt(String line) {
    return line.length() > 60 ? line.substring(0, 60) + "…" : line;
  }

  private static void syncDirectory(Path file) {
    Path directory = file.toAbsolutePath().getParent();
    if (directory == null) {
      return;
    }
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      // The new file's name must survive a crash as well as its lines.
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Some systems cannot open or sync a directory; the file's own lines are synced regardless.
    }
  }

  private void writeHeader(String fingerprint) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.beginObject();
      writer.name("journal").value(VERSION);
      writer.name("plan").value(fingerprint);
      writer.name("createdAt").value(JournalEntry.format(time()));
      writer.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    write(buffer.readUtf8());
  }

  /**
   * The entries the journal held when it was opened, in file order.
   *
   * @return the entries
   */
  List<JournalEntry> entries() {
    return entries;
  }

  /**
   * The journal file.
   *
   * @return its path, as given
   */
  Path file() {
    return file;
  }

  /**
   * The server's time for a line, to the second.
   *
   * @return now
   */
  OffsetDateTime time() {
    return now.get().truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * Appends a line and syncs it: when this returns, the line survives a crash. After a failure,
   * every later call fails too, so that nothing is sent without its line.
   *
   * @param entry the line
   * @throws JournalException if it could not be written
   */
  void append(JournalEntry entry) {
    write(entry.toLine());
  }

  private void write(String line) {
    synchronized (writeLock) {
      if (broken != null) {
        throw new JournalException("the journal " + file + " could not be written earlier (" + broken.getMessage() + ")",
            file.toString(), broken);
      }
      try {
        sink.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      } catch (IOException | RuntimeException e) {
        broken = new JournalException("cannot write to the journal " + file + " (" + e.getMessage() + ")", file.toString(), e);
        throw broken;
      }
    }
  }

  /** Releases the lock and closes the file. */
  @Override
  public void close() {
    synchronized (writeLock) {
      try {
        if (lock.isValid()) {
          lock.release();
        }
      } catch (IOException e) {
        // Closing the file releases the lock as well.
      }
      closeQuietly(raf);
    }
  }

  private static void closeQuietly(RandomAccessFile raf) {
    try {
      raf.close();
    } catch (IOException e) {
      // Nothing left to do with a file that does not close; its lines are already synced.
    }
  }
}
