package io.github.accountgovernance.core.model;

import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A police force: its name, the time zone its rotas and declared hours are written in, its districts, and its
 * handle conventions per account tier.
 *
 * <p>A handle convention is a template in which {@code {district}} stands for a district's
 * {@linkplain District#handleToken() handle token} and {@code {function}} for a corporate function's name:
 * North Yorkshire's are {@code NYorksPolice} (force-wide), {@code NYP_{district}} and {@code NYP_{function}}.
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
    handleConventions()
        .forEach((tier, template) -> Identifiers.requireNotBlank("handle convention for " + tier, template));
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
