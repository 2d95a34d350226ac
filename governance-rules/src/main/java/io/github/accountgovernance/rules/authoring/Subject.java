package io.github.accountgovernance.rules.authoring;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import java.util.Comparator;

/**
 * What a violation is about: its {@link SubjectKind kind}, the id by which the estate knows it, and the name
 * people know it by. Accounts display as their handle ({@code @NYP_York}), contributors as their name,
 * districts as their name, closure plans as {@code closure of @NYPRoadCrime}, and the whole estate as the
 * force's name.
 *
 * <pre>{@code
 * Subject york = Subject.of(yorkAccount);   // account york-x, shown as "@NYP_York"
 * york.matches("@NYP_York");                  // true
 * york.matches("york-x");                     // true
 * york.matches("account:york-x");             // true
 * }</pre>
 *
 * <p>Subjects order by kind, then id. Immutable and thread-safe.
 */
public final class Subject implements Comparable<Subject> {

  private static final Comparator<Subject> ORDER =
      Comparator.comparing(Subject::kind).thenComparing(Subject::id).thenComparing(Subject::displayName);

  private final SubjectKind kind;
  private final String id;
  private final String displayName;

  private Subject(SubjectKind kind, String id, String displayName) {
    this.kind = kind;
    this.id = id;
    this.displayName = displayName;
  }

  /**
   * Returns a subject.
   *
   * @param kind what kind of thing it is
   * @param id the id by which the estate knows it
   * @param displayName the name people know it by
   * @return the subject
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id or display name is blank
   */
  public static Subject of(SubjectKind kind, String id, String displayName) {
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
    requireNonNull(displayName, "displayName");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a subject id must not be blank, but was \"" + id + "\"");
    }
    if (displayName.isBlank()) {
      throw new IllegalArgumentException(
          "a subject's display name must not be blank, but was \"" + displayName + "\"");
    }
    return new Subject(kind, id, displayName);
  }

  /**
   * Returns the subject for an account, shown as its handle.
   *
   * @param account the account
   * @return the subject, such as account {@code york-x} shown as {@code @NYP_York}
   * @throws NullPointerException if {@code account} is null
   */
  public static Subject of(Account account) {
    requireNonNull(account, "account");
    return new Subject(SubjectKind.ACCOUNT, account.id(), account.handle().display());
  }

  /**
   * Returns the subject for a contributor, shown as their name.
   *
   * @param contributor the contributor
   * @return the subject
   * @throws NullPointerException if {@code contributor} is null
   */
  public static Subject of(Contributor contributor) {
    requireNonNull(contributor, "contributor");
    return new Subject(SubjectKind.CONTRIBUTOR, contributor.id(), contributor.name());
  }

  /**
   * Returns the subject for a district, shown as its name.
   *
   * @param district the district
   * @return the subject
   * @throws NullPointerException if {@code district} is null
   */
  public static Subject of(District district) {
    requireNonNull(district, "district");
    return new Subject(SubjectKind.DISTRICT, district.code(), district.name());
  }

  /**
   * Returns the subject for a closure plan, shown as {@code closure of} and the closing account's handle.
   *
   * @param plan the plan
   * @param estate the estate the plan belongs to, to find the account's handle
   * @return the subject, whose id is the closing account's id
   * @throws NullPointerException if an argument is null
   */
  public static Subject of(ClosurePlan plan, Estate estate) {
    requireNonNull(plan, "plan");
    requireNonNull(estate, "estate");
    String shown =
        estate.account(plan.account()).map(account -> account.handle().display()).orElse(plan.account());
    return new Subject(SubjectKind.CLOSURE_PLAN, plan.account(), "closure of " + shown);
  }

  /**
   * Returns the subject for a handle that is not (or no longer) an account of the estate.
   *
   * @param handle the handle
   * @return the subject, whose id is the platform's file name and the handle's equivalence key
   * @throws NullPointerException if {@code handle} is null
   */
  public static Subject of(Handle handle) {
    requireNonNull(handle, "handle");
    return new Subject(
        SubjectKind.HANDLE, handle.platform().fileName() + ":" + handle.equivalenceKey(), handle.display());
  }

  /**
   * Returns the subject for a platform, for rules about the accounts on it taken together.
   *
   * @param platform the platform
   * @return the subject
   * @throws NullPointerException if {@code platform} is null
   */
  public static Subject of(Platform platform) {
    requireNonNull(platform, "platform");
    return new Subject(SubjectKind.PLATFORM, platform.fileName(), platform.fileName());
  }

  /**
   * Returns the subject for the whole estate, shown as the force's name.
   *
   * @param estate the estate
   * @return the subject, whose id is {@code estate}
   * @throws NullPointerException if {@code estate} is null
   */
  public static Subject of(Estate estate) {
    requireNonNull(estate, "estate");
    return new Subject(SubjectKind.ESTATE, "estate", estate.force().name());
  }

  /**
   * Returns what kind of thing the subject is.
   *
   * @return the kind
   */
  public SubjectKind kind() {
    return kind;
  }

  /**
   * Returns the id by which the estate knows the subject.
   *
   * @return the id, such as {@code york-x}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the name people know the subject by.
   *
   * @return the display name, such as {@code @NYP_York}
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Returns the kind and id, the form used in fingerprints and files.
   *
   * @return such as {@code account:york-x}
   */
  public String reference() {
    return kind.label() + ":" + id;
  }

  /**
   * Tells whether a reference names this subject: its id, its display name, or its {@link #reference()}.
   *
   * @param reference the reference, such as {@code @NYP_York}, {@code york-x} or {@code account:york-x}
   * @return true if it names this subject
   * @throws NullPointerException if {@code reference} is null
   */
  public boolean matches(String reference) {
    requireNonNull(reference, "reference");
    return reference.equals(id) || reference.equals(displayName) || reference.equals(reference());
  }

  @Override
  public int compareTo(Subject other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Subject
        && ((Subject) other).kind == kind
        && ((Subject) other).id.equals(id)
        && ((Subject) other).displayName.equals(displayName);
  }

  @Override
  public int hashCode() {
    return (kind.hashCode() * 31 + id.hashCode()) * 31 + displayName.hashCode();
  }

  /** Returns the display name. */
  @Override
  public String toString() {
    return displayName;
  }
}
