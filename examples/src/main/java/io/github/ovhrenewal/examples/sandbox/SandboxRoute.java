package io.github.ovhrenewal.examples.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * One operation: a method, a path pattern under {@code /1.0} whose {@code {x}} segments are
 * variables, whether it is signed, and its handler.
 */
final class SandboxRoute {

  /** A matched call: the request, the path variables in order, the caller's credential. */
  record Call(SandboxRequest request, List<String> vars, SandboxCredential credential) {

    String var(int index) {
      return vars.get(index);
    }
  }

  /** Handles one matched call. */
  interface Handler {
    SandboxAnswer handle(Call call);
  }

  private final String method;
  private final List<String> pattern;
  private final boolean signed;
  private final Handler handler;

  private SandboxRoute(String method, String pattern, boolean signed, Handler handler) {
    this.method = method;
    this.pattern = List.of(pattern.substring(1).split("/"));
    this.signed = signed;
    this.handler = handler;
  }

  static SandboxRoute signed(String method, String pattern, Handler handler) {
    return new SandboxRoute(method, pattern, true, handler);
  }

  static SandboxRoute open(String method, String pattern, Handler handler) {
    return new SandboxRoute(method, pattern, false, handler);
  }

  /** A pattern without a handler, matching every method: where a fault is armed. */
  static SandboxRoute anyMethod(String pattern) {
    return new SandboxRoute(null, pattern, false, null);
  }

  boolean signed() {
    return signed;
  }

  Handler handler() {
    return handler;
  }

  /** The path variables if this route matches, else null. */
  List<String> match(String requestMethod, List<String> segments) {
    return method == null || method.equals(requestMethod) ? vars(segments) : null;
  }

  /** Whether the path matches, whatever the method. */
  boolean matchesPath(List<String> segments) {
    return vars(segments) != null;
  }

  private List<String> vars(List<String> segments) {
    if (segments.size() != pattern.size()) {
      return null;
    }
    List<String> vars = new ArrayList<>();
    for (int i = 0; i < pattern.size(); i++) {
      String part = pattern.get(i);
      if (part.startsWith("{")) {
        if (segments.get(i).isEmpty()) {
          return null;
        }
        vars.add(segments.get(i));
      } else if (!part.equals(segments.get(i))) {
        return null;
      }
    }
    return vars;
  }

  /** Parses a path variable declared {@code long}, with OVH's message when it is not one. */
  static long longVar(String name, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw SandboxErrors.badRequest(
          "[" + name + "] Given data (" + value + ") is not valid for type long");
    }
  }
}
