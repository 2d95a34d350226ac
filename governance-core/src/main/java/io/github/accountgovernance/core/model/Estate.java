package io.github.accountgovernance.core.model;

import io.github.accountgovernance.core.problem.Problem;
import io.github.accountgovernance.core.problem.SourceLocation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A snapshot of a force's whole social-media configuration at an instant: the aggregate the rules are evaluated
 * over. It holds the force (with its districts), the accounts, the contributors, their access grants, the
 * monitoring rota, absences, closure plans, sampled posts and handles observed elsewhere on the platforms.
 *
 * <p>Building an estate checks that it hangs together: ids are unique, no two accounts have literally the same
 * handle on a platform, and every reference (an account's district, a rota slot's contributor and account, a
 * closure plan's successors, …) resolves. If anything does not, {@link Builder#build()} throws one
 * {@link InvalidEstateException} that lists every problem with its path, such as {@code accounts[12].district}.
 * Whether the estate is <em>good</em> (monitored, well named, consolidated) is for the rules to say.
 *
 * <p>Lists are kept in a canonical order (accounts and contributors by id, rota by account, contributor and
 * time, …), so two estates with the same content are equal, and write the same bytes, whatever order they were
 * built in. Lookups by id, handle (under the platform's equivalence), district and contributor are indexed on
 * first use.
 *
 * <pre>{@code
 * Estate estate = Estate.builder()
 *     .force(nyp)
 *     .asOf(Instant.parse("2021-04-01T00:00:00Z"))
 *     .addAccounts(forceAccount, yorkAccount)
 *     .addContributors(alex, sam)
 *     .addRota(RotaAssignment.weekly("c-1402", "york-x", WeeklyWindow.parse("Mon 08:00-18:00"),
 *         LocalDate.of(2021, 3, 1), LocalDate.of(2021, 6, 1)))
 *     .build();
 * estate.accountsWithHandle(Handle.of(Platform.X, "nyp_york")); // [york-x]
 * }</pre>
 *
 * <p>Immutable and thread-safe; the lazily built index is published safely.
 */
// Immutables' annotations stay in the class file, but consumers need no Immutables: see module-info.
@SuppressWarnings("exports")
@Value.Immutable
public abstract class Estate {

  Estate() {}

  /**
   * Returns the force whose estate this is.
   *
   * @return the force
   */
  public abstract Force force();

  /**
   * Returns the instant the snapshot describes.
   *
   * @return the snapshot instant
   */
  public abstract Instant asOf();

  /**
   * Returns the accounts, by id.
   *
   * @return the accounts
   */
  public abstract List<Account> accounts();

  /**
   * Returns the contributors, by id.
   *
   * @return the contributors
   */
  public abstract List<Contributor> contributors();

  /**
   * Returns the access grants, by account, contributor and role.
   *
   * @return the grants
   */
  public abstract List<AccessGrant> grants();

  /**
   * Returns the monitoring rota, by account, contributor and time.
   *
   * @return the rota slots
   */
  public abstract List<RotaAssignment> rota();

  /**
   * Returns the absences, by contributor and time.
   *
   * @return the absences
   */
  public abstract List<Absence> absences();

  /**
   * Returns the closure plans, by account.
   *
   * @return the closure plans
   */
  public abstract List<ClosurePlan> closurePlans();

  /**
   * Returns the sampled posts, by time.
   *
   * @return the posts
   */
  public abstract List<SampledPost> posts();

  /**
   * Returns handles seen on the platforms that are not the force's, by handle.
   *
   * @return the observed handles
   */
  public abstract List<ObservedHandle> observedHandles();

  /**
   * Returns the platforms the estate declares as data, beyond the {@linkplain Platform#builtIns() built-in} ones:
   * those given to the builder and those its accounts' and observed handles' platforms are, each once, in platform
   * order. An estate file lists them under {@code platforms:}, so that its accounts can name them.
   *
   * <p>Two different declarations may not share a name, and a built-in platform is never declared: the builder
   * reports either at {@code platforms[i]} (or at the account or observed handle whose platform clashes).
   *
   * @return the declared platforms
   */
  public abstract List<Platform> declaredPlatforms();

  /**
   * Where the parts of the estate were read from, by part (an account, contributor, grant, rota entry, absence,
   * closure plan, post, observed handle, district, or the force for the estate as a whole). Not part of the
   * estate's value: two estates with the same content are equal wherever they were read from.
   *
   * @return the locations; empty for an estate built in code
   */
  @Value.Default
  @Value.Auxiliary
  PartLocations locations() {
    return PartLocations.empty();
  }

  /**
   * Returns where a part of the estate was defined, when the estate was read from files: the file (as the reader
   * was given it), and the line and column of the entry (the row, for a CSV register). The parts are the estate's
   * own values: an {@link Account}, {@link Contributor}, {@link AccessGrant}, {@link RotaAssignment},
   * {@link Absence}, {@link ClosurePlan}, {@link SampledPost}, {@link ObservedHandle}, {@link District}, or the
   * {@link Force} (where the file describes the force). Locations are not part of the estate's equality.
   *
   * <pre>{@code
   * estate.account("cadets-x").flatMap(estate::locationOf); // accounts.csv:12:1
   * }</pre>
   *
   * @param part a part of this estate
   * @return where it was defined, or empty for an estate built in code
   * @throws NullPointerException if {@code part} is null
   */
  public Optional<SourceLocation> locationOf(Object part) {
    return locations().find(requireNonNull(part, "part"));
  }

  /**
   * Returns this estate without the locations of its parts, as an estate built in code has none.
   *
   * @return an equal estate with no locations
   */
  public Estate withoutLocations() {
    return locations().isEmpty() ? this : builder().from(this).locations(PartLocations.empty()).build();
  }

  @Value.Lazy
  EstateIndex index() {
    return new EstateIndex(this);
  }

  /**
   * Finds an account by id.
   *
   * @param id the account id
   * @return the account, or empty
   */
  public Optional<Account> account(String id) {
    return Optional.ofNullable(index().accountsById.get(id));
  }

  /**
   * Returns the accounts whose handle the platform treats as the same as {@code handle}.
   *
   * @param handle the handle
   * @return the accounts, by id; usually zero or one
   */
  public List<Account> accountsWithHandle(Handle handle) {
    return index().accountsByHandle.get(handle);
  }

  /**
   * Returns the accounts of a district.
   *
   * @param districtCode the district code
   * @return the accounts, by id
   */
  public List<Account> accountsInDistrict(String districtCode) {
    return index().accountsByDistrict.get(districtCode);
  }

  /**
   * Returns the accounts on a platform.
   *
   * @param platform the platform
   * @return the accounts, by id
   */
  public List<Account> accountsOn(Platform platform) {
    return index().accountsByPlatform.get(platform);
  }

  /**
   * Finds a contributor by id.
   *
   * @param id the contributor id
   * @return the contributor, or empty
   */
  public Optional<Contributor> contributor(String id) {
    return Optional.ofNullable(index().contributorsById.get(id));
  }

  /**
   * Returns the grants on an account.
   *
   * @param accountId the account id
   * @return the grants
   */
  public List<AccessGrant> grantsOn(String accountId) {
    return index().grantsByAccount.get(accountId);
  }

  /**
   * Returns the grants a contributor holds.
   *
   * @param contributorId the contributor id
   * @return the grants
   */
  public List<AccessGrant> grantsOf(String contributorId) {
    return index().grantsByContributor.get(contributorId);
  }

  /**
   * Returns the rota slots for an account.
   *
   * @param accountId the account id
   * @return the slots
   */
  public List<RotaAssignment> rotaFor(String accountId) {
    return index().rotaByAccount.get(accountId);
  }

  /**
   * Returns the rota slots of a contributor.
   *
   * @param contributorId the contributor id
   * @return the slots
   */
  public List<RotaAssignment> rotaOf(String contributorId) {
    return index().rotaByContributor.get(contributorId);
  }

  /**
   * Returns a contributor's absences.
   *
   * @param contributorId the contributor id
   * @return the absences, by time
   */
  public List<Absence> absencesOf(String contributorId) {
    return index().absencesByContributor.get(contributorId);
  }

  /**
   * Finds the closure plan of an account.
   *
   * @param accountId the account id
   * @return the plan, or empty
   */
  public Optional<ClosurePlan> closurePlanFor(String accountId) {
    return Optional.ofNullable(index().closurePlansByAccount.get(accountId));
  }

  /**
   * Returns the sampled posts made on an account.
   *
   * @param accountId the account id
   * @return the posts, by time
   */
  public List<SampledPost> postsOn(String accountId) {
    return index().postsByAccount.get(accountId);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe, and {@code build()} copies its state
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Estate}. {@code build()} throws {@link IllegalStateException} if the force or the instant
   * is unset, and {@link InvalidEstateException} listing every problem if references do not resolve.
   */
  public static final class Builder extends ImmutableEstate.Builder {
    Builder() {}
  }

  @Value.Check
  Estate normalize() {
    List<Problem> problems = EstateValidation.problems(this);
    if (!problems.isEmpty()) {
      throw new InvalidEstateException(problems);
    }
    return EstateValidation.isCanonical(this) ? this : EstateValidation.canonical(this);
  }
}
