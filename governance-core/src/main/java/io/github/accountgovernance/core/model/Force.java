package io.github.accountgovernance.core.model;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A police force: its name, the time zone its rotas and declared hours are written in, its districts, and its
 * handle conventions per account tier.
 *
 * <p>A handle convention is a template in which {@code {district}} stands for a district's
 * {@linkplain District#handleToken() handle token} and {@code {function}} for a corporate function's name:
 * North Yorkshire's are {@code NYorksPolice} (force-wide), {@code NYP_{district}} and {@code NYP_{function}}.
 * A force refuses a template that is not one ({@link #checkHandleConvention(AccountTier, String)}), and one that
 * gives one of its districts a handle that cannot be ({@link Handle#of(Platform, String)}): too long, or nothing
 * but {@code @}; an {@link Estate} refuses an account whose function does the same.
 *
 * <pre>{@code
 * Force nyp = Force.builder()
 *     .name("North Yorkshire Police")
 *     .addDistricts(District.of("york", "York"))
 *     .putHandleConventions(AccountTier.DISTRICT, "NYP_{district}")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
// Immutables' annotations stay in the class file, but consumers need no Immutables: see module-info.
@SuppressWarnings("exports")
@Value.Immutable
public abstract class Force {

  /** The placeholder for a district's handle token in a handle convention. */
  public static final String DISTRICT_PLACEHOLDER = "{district}";

  /** The placeholder for a corporate function's name in a handle convention. */
  public static final String FUNCTION_PLACEHOLDER = "{function}";

  // A template is at most a handle with both placeholders and a leading @.
  private static final int MAX_TEMPLATE =
      Handle.MAX_LENGTH + DISTRICT_PLACEHOLDER.length() + FUNCTION_PLACEHOLDER.length() + 1;
  // What checks stand in for a district token or a function they do not know: the shortest text there can be.
  private static final String STAND_IN = "x";
  private static final Pattern BRACES = Pattern.compile("\\{[^}]*}?|}");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  Force() {}

  /**
   * Returns the force's name.
   *
   * @return the name, such as {@code "North Yorkshire Police"}
   */
  public abstract String name();

  /**
   * Returns the zone in which weekly hours and calendar days are reckoned; Europe/London unless set.
   *
   * @return the zone
   */
  @Value.Default
  public ZoneId zone() {
    return ZoneId.of("Europe/London");
  }

  /**
   * Returns the force's districts, sorted by code; codes are unique.
   *
   * @return the districts
   */
  public abstract List<District> districts();

  /**
   * Returns the handle convention template for each tier that has one.
   *
   * @return the conventions, by tier
   */
  public abstract Map<AccountTier, String> handleConventions();

  /**
   * Finds a district by its code.
   *
   * @param code the district code
   * @return the district, or empty
   */
  public Optional<District> district(String code) {
    return Optional.ofNullable(districtsByCode().get(code));
  }

  // Rules look a district up once per account; a national force has thousands of districts.
  @Value.Lazy
  Map<String, District> districtsByCode() {
    Map<String, District> byCode = new HashMap<>();
    for (District district : districts()) {
      byCode.putIfAbsent(district.code(), district);
    }
    return Collections.unmodifiableMap(byCode);
  }

  /**
   * Checks a handle convention's template: not blank, no white space or control characters, no braces but the
   * placeholders {@value #DISTRICT_PLACEHOLDER} and {@value #FUNCTION_PLACEHOLDER}, and some text besides a
   * leading {@code @} and the placeholders unless it has a placeholder, all within a handle's
   * {@value Handle#MAX_LENGTH} characters.
   *
   * @param tier the tier, for the message
   * @param template the template, such as {@code "NYP_{district}"}
   * @return the template
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the template is malformed; the message quotes it
   */
  public static String checkHandleConvention(AccountTier tier, String template) {
    requireNonNull(tier, "tier");
    requireNonNull(template, "template");
    String which = "the handle convention for " + tierName(tier);
    if (template.length() > MAX_TEMPLATE) {
      throw new IllegalArgumentException(
          which + " has at most " + MAX_TEMPLATE + " characters, but has " + template.length());
    }
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        throw new IllegalArgumentException(
            which + " must be non-blank with no white space or control characters, but is \"" + template + "\"");
      }
    }
    if (template.isEmpty()) {
      throw new IllegalArgumentException(which + " must not be blank, but is \"\"");
    }
    Matcher braces = BRACES.matcher(template);
    while (braces.find()) {
      String found = braces.group();
      if (!found.equals(DISTRICT_PLACEHOLDER) && !found.equals(FUNCTION_PLACEHOLDER)) {
        throw new IllegalArgumentException(
            which + " may only use the placeholders " + DISTRICT_PLACEHOLDER + " and " + FUNCTION_PLACEHOLDER
                + ", but \"" + template + "\" has \"" + found + "\"");
      }
    }
    String derived = conventionalHandle(template, Optional.of(STAND_IN), Optional.of(STAND_IN));
    try {
      Handle.requireWellFormed(derived);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(which + ", \"" + template + "\", cannot give a handle: " + e.getMessage(), e);
    }
    return template;
  }

  /**
   * Returns the handle text a convention gives: the template with {@value #DISTRICT_PLACEHOLDER} replaced by the
   * district's handle token and {@value #FUNCTION_PLACEHOLDER} by the function, each without white space.
   *
   * <pre>{@code
   * Force.conventionalHandle("NYP_{district}", Optional.of("Harrogate Boro"), Optional.empty()); // "NYP_HarrogateBoro"
   * }</pre>
   *
   * @param template the template
   * @param districtToken the district's handle token, or empty to leave its placeholder as it is
   * @param function the function, or empty to leave its placeholder as it is
   * @return the handle text, which may not be a well-formed handle for a template this force has not checked
   * @throws NullPointerException if an argument is null
   */
  public static String conventionalHandle(String template, Optional<String> districtToken, Optional<String> function) {
    requireNonNull(template, "template");
    String handle = template;
    if (districtToken.isPresent()) {
      handle = handle.replace(DISTRICT_PLACEHOLDER, WHITE_SPACE.matcher(districtToken.get()).replaceAll(""));
    }
    if (function.isPresent()) {
      handle = handle.replace(FUNCTION_PLACEHOLDER, WHITE_SPACE.matcher(function.get()).replaceAll(""));
    }
    return handle;
  }

  /** The tier as estate files write it, such as {@code corporate-function}. */
  private static String tierName(AccountTier tier) {
    return tier.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe, and {@code build()} copies its state
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Force}; {@code build()} throws {@link IllegalStateException} if the name is unset. */
  public static final class Builder extends ImmutableForce.Builder {
    Builder() {}
  }

  @Value.Check
  Force normalize() {
    Identifiers.requireNotBlank("force name", name());
    handleConventions().forEach((tier, template) -> {
      checkHandleConvention(tier, template);
      if (template.contains(DISTRICT_PLACEHOLDER)) {
        for (District district : districts()) {
          String handle =
              conventionalHandle(template, Optional.of(district.handleToken()), Optional.of(STAND_IN));
          try {
            Handle.requireWellFormed(handle);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                "the handle convention for " + tierName(tier) + ", \"" + template + "\", cannot give district "
                    + district.code() + " a handle: " + e.getMessage(), e);
          }
        }
      }
    });
    Set<String> codes = new HashSet<>();
    for (District district : districts()) {
      if (!codes.add(district.code())) {
        throw new IllegalArgumentException(
            "district codes must be unique, but \"" + district.code() + "\" is used twice");
      }
    }
    List<District> sorted = districts().stream().sorted().collect(Collectors.toList());
    return sorted.equals(districts()) ? this : builder().from(this).districts(sorted).build();
  }
}
