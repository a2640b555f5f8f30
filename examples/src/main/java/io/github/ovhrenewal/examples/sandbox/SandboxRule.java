package io.github.ovhrenewal.examples.sandbox;

import java.util.regex.Pattern;

/**
 * One access rule of a consumer key: an HTTP method and a path pattern where {@code *} matches
 * anything (including slashes), as OVH's rules do.
 *
 * @param method GET, POST, PUT, DELETE or PATCH
 * @param path the pattern, relative to the API root, e.g. {@code /service/*}
 */
record SandboxRule(String method, String path) {

  boolean allows(String requestMethod, String requestPath) {
    return method.equals(requestMethod) && toRegex(path).matcher(requestPath).matches();
  }

  private static Pattern toRegex(String pattern) {
    StringBuilder regex = new StringBuilder();
    int start = 0;
    for (int star = pattern.indexOf('*'); star >= 0; star = pattern.indexOf('*', start)) {
      regex.append(Pattern.quote(pattern.substring(start, star))).append(".*");
      start = star + 1;
    }
    regex.append(Pattern.quote(pattern.substring(start)));
    return Pattern.compile(regex.toString());
  }
}
