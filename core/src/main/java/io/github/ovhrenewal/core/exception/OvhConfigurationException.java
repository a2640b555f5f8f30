package io.github.ovhrenewal.core.exception;

/**
 * The client cannot be configured: a setting is missing, invalid or contradicts another, or an
 * {@code ovh.conf} file is malformed. The message says which setting, which sources were looked at
 * and why each gave nothing, or which file and line is wrong; it never holds a secret.
 *
 * <p>It extends {@link IllegalArgumentException} because a bad configuration is a bad argument to
 * the builder, which already throws that type: code written against the builder's contract keeps
 * working, while callers such as a command line can catch this type alone to print the message
 * without a stack trace.
 */
public final class OvhConfigurationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and where, without secrets
   */
  public OvhConfigurationException(String message) {
    super(message);
  }
}
