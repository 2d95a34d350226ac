package io.github.accountgovernance.core.model;

import io.github.accountgovernance.core.time.SupportedTime;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person who posts on or monitors the force's accounts: an officer, special constable, member of staff or
 * volunteer, with a collar number where they have one, the district or team they belong to, and whether they
 * still serve.
 *
 * <pre>{@code
 * Contributor pc = Contributor.builder()
 *     .id("c-1402")
 *     .kind(ContributorKind.OFFICER)
 *     .name("PC Alex Example")          // every person in examples is fictional
 *     .collarNumber("1402")
 *     .district("york")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
// Immutables' annotations stay in the class file, but consumers need no Immutables: see module-info.
@SuppressWarnings("exports")
@Value.Immutable
public abstract class Contributor implements Comparable<Contributor> {

  Contributor() {}

  /**
   * Returns the key by which the estate refers to the person.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns what kind of contributor the person is.
   *
   * @return the kind
   */
  public abstract ContributorKind kind();

  /**
   * Returns the person's name as they would sign a post.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the collar number, for officers and special constables.
   *
   * @return the collar number, or empty
   */
  public abstract Optional<String> collarNumber();

  /**
   * Returns the code of the district the person belongs to.
   *
   * @return the district code, or empty for force-wide teams
   */
  public abstract Optional<String> district();

  /**
   * Returns the team the person belongs to.
   *
   * @return the team, or empty
   */
  public abstract Optional<String> team();

  /**
   * Returns whether the person still serves; serving unless set.
   *
   * @return the status
   */
  @Value.Default
  public ContributorStatus status() {
    return ContributorStatus.SERVING;
  }

  /**
   * Returns the date the person left, if they have.
   *
   * @return the leaving date, or empty
   */
  public abstract Optional<LocalDate> leftOn();

  /**
   * Tells whether the person is serving.
   *
   * @return true if {@link #status()} is {@link ContributorStatus#SERVING}
   */
  public final boolean isServing() {
    return status() == ContributorStatus.SERVING;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe, and {@code build()} copies its state
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Contributor}; {@code build()} throws {@link IllegalStateException} if id, kind or name is unset. */
  public static final class Builder extends ImmutableContributor.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Identifiers.requireId("contributor id", id());
    Identifiers.requireNotBlank("name of contributor " + id(), name());
    Identifiers.requireShortText("name of contributor " + id(), name());
    collarNumber().ifPresent(collar -> Identifiers.requireNotBlank("collar number of " + id(), collar));
    leftOn().ifPresent(date -> SupportedTime.requireDate("leaving date of contributor " + id(), date));
    if (leftOn().isPresent() && status() != ContributorStatus.LEFT) {
      throw new IllegalArgumentException(
          "contributor " + id() + " has a leaving date (" + leftOn().get() + ") but is " + status());
    }
  }

  /** Orders contributors by id. */
  @Override
  public int compareTo(Contributor other) {
    return id().compareTo(other.id());
  }
}
