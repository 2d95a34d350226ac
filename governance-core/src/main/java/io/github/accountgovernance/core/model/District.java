package io.github.accountgovernance.core.model;

import org.immutables.value.Value;

/**
 * A geographic policing area of a force, such as North Yorkshire's York or Harrogate Borough district.
 *
 * <pre>{@code
 * District harrogate = District.of("harrogate", "Harrogate Borough", "Harrogate");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
// Immutables' annotations stay in the class file, but consumers need no Immutables: see module-info.
@SuppressWarnings("exports")
@Value.Immutable
public abstract class District implements Comparable<District> {

  District() {}

  /**
   * Returns the short code that accounts and contributors use to refer to the district.
   *
   * @return the code, such as {@code "york"}
   */
  public abstract String code();

  /**
   * Returns the district's name.
   *
   * @return the name, such as {@code "Harrogate Borough"}
   */
  public abstract String name();

  /**
   * Returns the word that stands for the district in handles and display names; the name without spaces unless
   * set (North Yorkshire's Harrogate Borough is {@code NYP_Harrogate}).
   *
   * @return the handle token, such as {@code "Harrogate"}
   */
  @Value.Default
  public String handleToken() {
    return name().replace(" ", "");
  }

  /**
   * Returns a district whose handle token is its name without spaces.
   *
   * @param code the short code
   * @param name the name
   * @return the district
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the code is not an id or the name is blank
   */
  public static District of(String code, String name) {
    return builder().code(code).name(name).build();
  }

  /**
   * Returns a district with an explicit handle token.
   *
   * @param code the short code
   * @param name the name
   * @param handleToken the word used in handles
   * @return the district
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the code is not an id, or the name or token is blank
   */
  public static District of(String code, String name, String handleToken) {
    return builder().code(code).name(name).handleToken(handleToken).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe, and {@code build()} copies its state
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link District}; {@code build()} throws {@link IllegalStateException} if code or name is unset. */
  public static final class Builder extends ImmutableDistrict.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Identifiers.requireId("district code", code());
    Identifiers.requireNotBlank("district name", name());
    Identifiers.requireNotBlank("district handle token", handleToken());
    Identifiers.requireHandleMaterial("handle token of district " + code(), handleToken());
  }

  @Override
  public int compareTo(District other) {
    return code().compareTo(other.code());
  }
}
