package io.github.ovhrenewal.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonReader;
import io.github.ovhrenewal.examples.sandbox.OvhSandbox;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/** Runs {@code ovh-renew} in process with captured streams, a given environment and a fake terminal. */
final class CliHarness {
  /** The sandbox's secrets: they must never appear in any output. Constants, so known without a sandbox. */
  static final List<String> SECRETS;

  static {
    try (OvhSandbox sandbox = OvhSandbox.start()) {
      SECRETS = List.of(sandbox.applicationSecret(), sandbox.consumerKey(), sandbox.readOnlyConsumerKey());
    }
  }

  private CliHarness() {}

  /** What one run produced. */
  record Result(int exitCode, String out, String err) {
    /** stdout parsed strictly as one JSON document (fails on anything else, trailing text included). */
    Object json() {
      return parseJson(out);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> jsonObject() {
      Object value = json();
      assertThat(value).as("stdout is a JSON object: %s", out).isInstanceOf(Map.class);
      return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> jsonArrayOfObjects() {
      Object value = json();
      assertThat(value).as("stdout is a JSON array: %s", out).isInstanceOf(List.class);
      return (List<Map<String, Object>>) value;
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
    }
  }

  static Result run(Map<String, String> environment, Terminal terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = OvhRenewCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), environment, terminal);
    Result result = new Result(code, out.toString(), err.toString());
    assertNoSecret(result);
    return result;
  }

  /** Runs against the given sandbox, configured through the environment, without a terminal. */
  static Result run(OvhSandbox sandbox, String... args) {
    return run(env(sandbox), FakeTerminal.nonInteractive(), args);
  }

  /** Runs with {@code --sandbox} (the CLI's own sandbox), an empty environment and no terminal. */
  static Result runOwnSandbox(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "--sandbox";
    System.arraycopy(args, 0, all, 1, args.length);
    return run(Map.of(), FakeTerminal.nonInteractive(), all);
  }

  /** The four variables the SDK's environment configuration reads, pointing at the sandbox. */
  static Map<String, String> env(OvhSandbox sandbox) {
    return env(sandbox.baseUrl(), sandbox.applicationKey(), sandbox.applicationSecret(), sandbox.consumerKey());
  }

  static Map<String, String> env(String endpoint, String applicationKey, String applicationSecret, String consumerKey) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("OVH_ENDPOINT", endpoint);
    env.put("OVH_APPLICATION_KEY", applicationKey);
    env.put("OVH_APPLICATION_SECRET", applicationSecret);
    env.put("OVH_CONSUMER_KEY", consumerKey);
    return env;
  }

  static void assertNoSecret(Result result) {
    for (String secret : SECRETS) {
      assertThat(result.out()).as("stdout leaks a secret").doesNotContain(secret);
      assertThat(result.err()).as("stderr leaks a secret").doesNotContain(secret);
    }
  }

  /**
   * Parses a JSON document strictly with Moshi's reader, keeping numbers exact as BigDecimal (so
   * that 21.00 stays 21.00), and fails unless the whole text is that one document.
   */
  static Object parseJson(String text) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text))) {
      Object value = read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new AssertionError("stdout has more than one JSON document:\n" + text);
      }
      return value;
    } catch (IOException e) {
      throw new AssertionError("stdout is not valid JSON: " + e.getMessage() + "\n" + text, e);
    } catch (RuntimeException e) {
      throw new AssertionError("stdout is not valid JSON: " + e + "\n" + text, e);
    }
  }

  private static Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          if (map.containsKey(name)) {
            throw new AssertionError("duplicate JSON key " + name);
          }
          map.put(name, read(reader));
        }
        reader.endObject();
        return map;
      }
      case BEGIN_ARRAY -> {
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(read(reader));
        }
        reader.endArray();
        return list;
      }
      case STRING -> {
        return reader.nextString();
      }
      case NUMBER -> {
        return new BigDecimal(reader.nextString());
      }
      case BOOLEAN -> {
        return reader.nextBoolean();
      }
      case NULL -> {
        return reader.nextNull();
      }
      default -> throw new AssertionError("unexpected JSON token " + reader.peek());
    }
  }
}
