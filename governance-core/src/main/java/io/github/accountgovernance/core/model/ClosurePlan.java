package io.github.accountgovernance.core.model;

import io.github.accountgovernance.core.time.SupportedTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How an account is closed: the successor accounts its followers are pointed to, the final message and the
 * date it was (or will be) published, the closure date, and when the content was archived.
 *
 * <p>The Operational Support Unit's account, for instance, posted on 31 March 2021 that it would "close over
 * the next few days" and told its 11.4K followers to follow {@code @NYorksPolice}:
 *
 * <pre>{@code
 * ClosurePlan osu = ClosurePlan.builder()
 *     .account("osu-x")
 *     .addSuccessors("force-x")
 *     .finalMessage("... this account will close over the next few days ... follow @NYorksPolice.")
 *     .finalMessageOn(LocalDate.of(2021, 3, 31))
 *     .closureDate(LocalDate.of(2021, 4, 3))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
// Immutables' annotations stay in the class file, but consumers need no Immutables: see module-info.
@SuppressWarnings("exports")
@Value.Immutable
public abstract class ClosurePlan implements Comparable<ClosurePlan> {

  ClosurePlan() {}

  /**
   * Returns the id of the account being closed.
   *
   * @return the account id
   */
  public abstract String account();

  /**
   * Returns the ids of the accounts that followers are pointed to, in the order given.
   *
   * @return the successor ids, possibly empty (CLO-2 reports that)
   */
  public abstract List<String> successors();

  /**
   * Returns the text of the final message.
   *
   * @return the final message, or empty if none is planned
   */
  public abstract Optional<String> finalMessage();

  /**
   * Returns the date the final message is published.
   *
   * @return the publication date, or empty
   */
  public abstract Optional<LocalDate> finalMessageOn();

  /**
   * Returns the date on which the account closes.
   *
   * @return the closure date
   */
  public abstract LocalDate closureDate();

  /**
   * Returns the date the account's content was archived.
   *
   * @return the archive date, or empty if not archived
   */
  public abstract Optional<LocalDate> archivedOn();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe, and {@code build()} copies its state
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClosurePlan}; {@code build()} throws {@link IllegalStateException} if account or closure date is unset. */
  public static final class Builder extends ImmutableClosurePlan.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    finalMessage().ifPresent(text -> Identifiers.requireShortText("final message of " + account(), text));
    SupportedTime.requireDate("closure date of " + account(), closureDate());
    finalMessageOn().ifPresent(date -> SupportedTime.requireDate("final message date of " + account(), date));
    archivedOn().ifPresent(date -> SupportedTime.requireDate("archive date of " + account(), date));
  }

  /** Orders plans by account id. */
  @Override
  public int compareTo(ClosurePlan other) {
    return account().compareTo(other.account());
  }
}
