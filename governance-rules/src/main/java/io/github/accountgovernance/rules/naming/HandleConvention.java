package io.github.accountgovernance.rules.naming;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Force;
import io.github.accountgovernance.core.model.Handle;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A force's handle conventions (NAM-2): one template per account tier, in which
 * {@value Force#DISTRICT_PLACEHOLDER} stands for the account's district's
 * {@linkplain District#handleToken() handle token} and {@value Force#FUNCTION_PLACEHOLDER} for its
 * {@linkplain Account#function() function} (with white space removed). North Yorkshire's are
 * {@code NYorksPolice}, {@code NYP_{district}} and {@code NYP_{function}}.
 *
 * <p>Handles are compared under the platform's equivalence, so {@code nyp_york} follows {@code NYP_{district}}
 * for York.
 *
 * <pre>{@code
 * HandleConvention conventions = HandleConvention.of(nyp);          // from Force.handleConventions()
 * conventions.expectedHandle(harrogateAccount, nyp);                // Optional[NYP_Harrogate]
 * conventions.check(harrogateAccount, nyp).explanation();
 * // "expected NYP_Harrogate for district Harrogate Borough, found NYP_Harrogate_Boro"
 * HandleConvention custom = conventions.withTemplate(AccountTier.SPECIALIST_TEAM, "NYP{function}");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class HandleConvention {

  private final Map<AccountTier, String> templates;
  // The handle each template with a district gives for each district's handle token, worked out once: a force
  // has a few districts and an estate thousands of accounts. Concurrent, as rules may run at once.
  private final Map<String, Map<String, String>> byDistrictToken = new ConcurrentHashMap<>();

  private HandleConvention(Map<AccountTier, String> templates) {
    this.templates = templates;
  }

  /**
   * Returns the conventions the force declares ({@link Force#handleConventions()}).
   *
   * @param force the force
   * @return its conventions
   * @throws NullPointerException if {@code force} is null
   * @throws IllegalArgumentException if a template is malformed (see {@link #of(Map)})
   */
  public static HandleConvention of(Force force) {
    return of(requireNonNull(force, "force").handleConventions());
  }

  /**
   * Returns conventions from templates by tier.
   *
   * @param templates the template for each tier that has one
   * @return the conventions
   * @throws NullPointerException if the map, a tier or a template is null
   * @throws IllegalArgumentException if a template is malformed ({@link Force#checkHandleConvention(AccountTier,
   *     String)}): blank, with white space or control characters, with braces other than the two placeholders,
   *     or unable to give a handle
   */
  public static HandleConvention of(Map<AccountTier, String> templates) {
    requireNonNull(templates, "templates");
    Map<AccountTier, String> copy = new EnumMap<>(AccountTier.class);
    templates.forEach(
        (tier, template) -> copy.put(requireNonNull(tier, "tier"), checkTemplate(tier, template)));
    return new HandleConvention(Collections.unmodifiableMap(copy));
  }

  /**
   * Returns these conventions with the tier's template replaced or added, for a force that differs.
   *
   * @param tier the tier
   * @param template its template
   * @return new conventions; this one is unchanged
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the template is malformed (see {@link #of(Map)})
   */
  public HandleConvention withTemplate(AccountTier tier, String template) {
    requireNonNull(tier, "tier");
    Map<AccountTier, String> copy = new EnumMap<>(AccountTier.class);
    copy.putAll(templates);
    copy.put(tier, checkTemplate(tier, template));
    return new HandleConvention(Collections.unmodifiableMap(copy));
  }

  /**
   * Returns the templates by tier.
   *
   * @return the templates, in tier order
   */
  public Map<AccountTier, String> templates() {
    return templates;
  }

  /**
   * Returns the tier's template.
   *
   * @param tier the tier
   * @return the template, or empty if the tier has no convention
   * @throws NullPointerException if {@code tier} is null
   */
  public Optional<String> template(AccountTier tier) {
    return Optional.ofNullable(templates.get(requireNonNull(tier, "tier")));
  }

  /**
   * Returns the handle the convention expects for the account.
   *
   * @param account the account
   * @param force the force, whose districts supply the handle tokens
   * @return the expected handle text, or empty if the tier has no convention or the account lacks the district
   *     or function the template needs
   * @throws NullPointerException if an argument is null
   */
  public Optional<String> expectedHandle(Account account, Force force) {
    return check(account, force).expected();
  }

  /**
   * Tells whether the handle is the one the convention expects for the account, under the platform's
   * equivalence. False when nothing is expected (no convention, or the account lacks what the template needs);
   * use {@link #check(Account, Force)} to tell those apart.
   *
   * @param handle the handle to judge, typically the account's own
   * @param account the account, for its tier, district and function
   * @param force the force
   * @return true if the handle follows the convention
   * @throws NullPointerException if an argument is null
   */
  public boolean matches(Handle handle, Account account, Force force) {
    requireNonNull(handle, "handle");
    return expectedHandle(account, force)
        .map(expected -> sameHandle(expected, handle))
        .orElse(false);
  }

  /**
   * Checks the account's own handle against its tier's convention.
   *
   * @param account the account
   * @param force the force, whose districts supply the handle tokens
   * @return the outcome, expected handle and explanation
   * @throws NullPointerException if an argument is null
   */
  public ConventionCheck check(Account account, Force force) {
    requireNonNull(account, "account");
    requireNonNull(force, "force");
    String template = templates.get(account.tier());
    if (template == null) {
      return new ConventionCheck(
          account,
          ConventionCheck.Outcome.NO_CONVENTION,
          Optional.empty(),
          "no handle convention for " + describe(account.tier()));
    }
    String expected = template;
    District district = null;
    if (template.contains(Force.DISTRICT_PLACEHOLDER)) {
      if (account.district().isEmpty()) {
        return new ConventionCheck(
            account,
            ConventionCheck.Outcome.NO_DISTRICT,
            Optional.empty(),
            "the convention " + template + " needs a district, but account " + account.id() + " has none");
      }
      Optional<District> named = force.district(account.district().get());
      if (named.isEmpty()) {
        return new ConventionCheck(
            account,
            ConventionCheck.Outcome.UNKNOWN_DISTRICT,
            Optional.empty(),
            "the convention " + template + " needs a district, but account " + account.id()
                + " names district \"" + account.district().get() + "\", which " + force.name()
                + " does not have");
      }
      district = named.get();
      expected = districtHandle(template, district.handleToken());
    }
    String function = null;
    if (template.contains(Force.FUNCTION_PLACEHOLDER)) {
      if (account.function().isEmpty()) {
        return new ConventionCheck(
            account,
            ConventionCheck.Outcome.NO_FUNCTION,
            Optional.empty(),
            "the convention " + template + " needs a function, but account " + account.id() + " has none");
      }
      function = account.function().get();
      expected = Force.conventionalHandle(expected, Optional.empty(), Optional.of(function));
    }
    Handle found = account.handle();
    boolean follows = sameHandle(expected, found);
    String handle = expected;
    String districtName = district == null ? null : district.name();
    String functionName = function;
    return new ConventionCheck(
        account,
        follows ? ConventionCheck.Outcome.FOLLOWS : ConventionCheck.Outcome.DEPARTS,
        Optional.of(expected),
        () -> {
          String forWhat = districtName == null && functionName == null
              ? describe(account.tier())
              : (districtName == null ? "" : "district " + districtName)
                  + (districtName != null && functionName != null ? " and " : "")
                  + (functionName == null ? "" : "function " + functionName);
          return follows
              ? found.value() + " follows " + template + " for " + forWhat
              : "expected " + handle + " for " + forWhat + ", found " + found.value();
        });
  }

  /** The template with its district placeholder replaced by the token, as {@link Force#conventionalHandle}. */
  private String districtHandle(String template, String token) {
    return byDistrictToken
        .computeIfAbsent(template, t -> new ConcurrentHashMap<>())
        .computeIfAbsent(token, t -> Force.conventionalHandle(template, Optional.of(t), Optional.empty()));
  }

  private static boolean sameHandle(String expected, Handle handle) {
    return handle.platform().equivalenceKey(expected).equals(handle.equivalenceKey());
  }

  private static String checkTemplate(AccountTier tier, String template) {
    return Force.checkHandleConvention(tier, template);
  }

  private static String describe(AccountTier tier) {
    switch (tier) {
      case FORCE_WIDE:
        return "the force-wide account";
      case DISTRICT:
        return "a district account";
      case SPECIALIST_TEAM:
        return "a specialist team account";
      case CORPORATE_FUNCTION:
        return "a corporate function account";
      case INDIVIDUAL_OFFICER:
        return "an individual officer's account";
      default:
        throw new AssertionError(tier);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HandleConvention && ((HandleConvention) other).templates.equals(templates);
  }

  @Override
  public int hashCode() {
    return templates.hashCode();
  }

  /** Returns the templates by tier. */
  @Override
  public String toString() {
    return "HandleConvention" + templates;
  }
}
