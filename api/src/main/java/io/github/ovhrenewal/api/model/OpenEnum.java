package io.github.ovhrenewal.api.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A value of an enumeration that the OVH API defines and keeps extending.
 *
 * <p>OVH adds enum values between API versions ({@code automaticV2024} and {@code autorenewInProgress}
 * appeared without notice), so a Java {@code enum} would make a running program fail on the day a
 * new value ships. Every server enumeration is therefore an open set: the known values are
 * constants, and an unknown value parses into an instance that keeps its exact text and reports
 * {@link #isKnown()} {@code false}.
 *
 * <p>Two values are equal when they are of the same type and have the same wire text.
 */
public abstract class OpenEnum {
  private final String value;
  private final boolean known;

  /**
   * Creates a value; only subclasses' registries call this.
   *
   * @param value the exact wire text
   * @param known whether the value is one of the type's constants
   */
  protected OpenEnum(String value, boolean known) {
    this.value = Objects.requireNonNull(value, "value == null");
    this.known = known;
  }

  /**
   * The exact text the OVH API uses for this value.
   *
   * @return the wire text, never null
   */
  public final String value() {
    return value;
  }

  /**
   * Whether this value is one of the constants this SDK version knows.
   *
   * @return false for a value the server sent that this SDK version has never heard of
   */
  public final boolean isKnown() {
    return known;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((OpenEnum) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  /** Returns the wire text, so that values print as the API spells them. */
  @Override
  public final String toString() {
    return value;
  }

  /**
   * The known constants of one open enumeration, and the factory for values outside them.
   *
   * @param <T> the open enumeration type
   */
  protected static final class Registry<T extends OpenEnum> {
    private final Map<String, T> known = Collections.synchronizedMap(new LinkedHashMap<>());
    private final BiFunction<String, Boolean, T> factory;
    private final String typeName;

    /**
     * Creates an empty registry.
     *
     * @param typeName the type's name, used in error messages
     * @param factory creates an instance from its text and whether it is known
     */
    public Registry(String typeName, BiFunction<String, Boolean, T> factory) {
      this.typeName = typeName;
      this.factory = factory;
    }

    /**
     * Declares a known constant.
     *
     * @param value its wire text
     * @return the constant
     */
    public T known(String value) {
      T constant = factory.apply(value, Boolean.TRUE);
      known.put(value, constant);
      return constant;
    }

    /**
     * Returns the constant with this text, or a new unknown value that keeps it.
     *
     * @param value the wire text
     * @return the value, never null
     * @throws IllegalArgumentException if {@code value} is null or blank
     */
    public T of(String value) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(
            typeName + " must not be " + (value == null ? "null" : "blank") + "; known values: " + known.keySet());
      }
      T constant = known.get(value);
      return constant != null ? constant : factory.apply(value, Boolean.FALSE);
    }

    /**
     * The known constants, in declaration order.
     *
     * @return an unmodifiable list
     */
    public List<T> values() {
      synchronized (known) {
        return List.copyOf(new ArrayList<>(known.values()));
      }
    }
  }
}
