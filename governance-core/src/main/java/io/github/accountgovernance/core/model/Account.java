package io.github.accountgovernance.core.model;

import io.github.accountgovernance.core.time.SupportedTime;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An official presence of the force on a platform: its handle, display name, {@link AccountTier tier},
 * {@link AccountStatus status}, district (for district accounts), owning team, followers, declared
 * {@link MonitoredHours monitored hours}, out-of-hours signposting text, bio and dates.
 *
 * <p>An account is known inside an estate by its {@link #id()}, which rota slots, access grants and closure
 * plans refer to.
 *
 * <pre>{@code
 * Account york = Account.builder()
 *     .id("york-x")
 *     .handle(Handle.of(Platform.X, "NYP_York"))
 *     .displayName("North Yorkshire Police - York")
 *     .tier(AccountTier.DISTRICT)
 *     .status(AccountStatus.ACTIVE)
 *     .district("york")
 *     .owningTeam("York local policing team")
 *     .monitoredHours(MonitoredHours.weekly(List.of(WeeklyWindow.parse("Mon 08:00-20:00"))))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
// Immutables' annotations stay in the class file, but consumers need no Immutables: see module-info.
@SuppressWarnings("exports")
@Value.Immutable
public abstract class Account implements Comparable<Account> {

  Account() {}

  /**
   * Returns the key by which the estate refers to the account.
   *
   * @return the id, such as {@code "york-x"}
   */
  public abstract String id();

  /**
   * Returns the handle, which also fixes the platform.
   *
   * @return the handle
   */
  public abstract Handle handle();

  /**
   * Returns the platform the account lives on.
   *
   * @return the handle's platform
   */
  public final Platform platform() {
    return handle().platform();
  }

  /**
   * Returns the name shown on the profile.
   *
   * @return the display name
   */
  public abstract String displayName();

  /**
   * Returns what the account speaks for.
   *
   * @return the tier
   */
  public abstract AccountTier tier();

  /**
   * Returns where the account is in its life.
   *
   * @return the status
   */
  public abstract AccountStatus status();

  /**
   * Returns the code of the district the account serves, for district accounts (and others that are local).
   *
   * @return the district code, or empty
   */
  public abstract Optional<String> district();

  /**
   * Returns the corporate function the account serves, such as {@code "Jobs"}.
   *
   * @return the function name, or empty
   */
  public abstract Optional<String> function();

  /**
   * Returns the team that owns the account.
   *
   * @return the owning team, or empty when nobody owns it (EST-5 reports that)
   */
  public abstract Optional<String> owningTeam();

  /**
   * Returns how many followers the account has.
   *
   * @return the follower count, zero or more
   */
  @Value.Default
  public long followers() {
    return 0;
  }

  /**
   * Returns the hours during which the account declares it is monitored.
   *
   * @return the declared hours; not declared unless set
   */
  @Value.Default
  public MonitoredHours monitoredHours() {
    return MonitoredHours.notDeclared();
  }

  /**
   * Returns the text that tells people what to do outside monitored hours, such as "Not monitored 24/7: do
   * not report crime here. Call 101, or 999 in an emergency."
   *
   * @return the signposting text, or empty
   */
  public abstract Optional<String> outOfHoursText();

  /**
   * Returns the profile's bio.
   *
   * @return the bio; empty text unless set
   */
  @Value.Default
  public String bio() {
    return "";
  }

  /**
   * Returns the recorded justification for keeping a specialist account (EST-3 asks for one).
   *
   * @return the justification, or empty
   */
  public abstract Optional<String> justification();

  /**
   * Returns the date the account opened.
   *
   * @return the opening date, or empty if unknown
   */
  public abstract Optional<LocalDate> openedOn();

  /**
   * Returns the date the account closed (became dormant).
   *
   * @return the closing date, or empty
   */
  public abstract Optional<LocalDate> closedOn();

  /**
   * Returns the date the account was deleted from the platform, freeing its handle.
   *
   * @return the deletion date, or empty
   */
  public abstract Optional<LocalDate> deletedOn();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe, and {@code build()} copies its state
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Account}; {@code build()} throws {@link IllegalStateException} if id, handle, display name,
   * tier or status is unset, and {@link IllegalArgumentException} for a structurally bad value.
   */
  public static final class Builder extends ImmutableAccount.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Identifiers.requireId("account id", id());
    Identifiers.requireShortText("display name of account " + id(), displayName());
    Identifiers.requireShortText("bio of account " + id(), bio());
    outOfHoursText().ifPresent(text -> Identifiers.requireShortText("out-of-hours text of " + id(), text));
    openedOn().ifPresent(date -> SupportedTime.requireDate("opening date of account " + id(), date));
    closedOn().ifPresent(date -> SupportedTime.requireDate("closing date of account " + id(), date));
    deletedOn().ifPresent(date -> SupportedTime.requireDate("deletion date of account " + id(), date));
    function().ifPresent(name -> Identifiers.requireHandleMaterial("function of account " + id(), name));
    if (followers() < 0) {
      throw new IllegalArgumentException(
          "followers of account " + id() + " must not be negative, but was " + followers());
    }
    if (openedOn().isPresent() && closedOn().isPresent() && closedOn().get().isBefore(openedOn().get())) {
      throw new IllegalArgumentException(
          "account " + id() + " closed on " + closedOn().get() + ", before it opened on " + openedOn().get());
    }
  }

  /** Orders accounts by id. */
  @Override
  public int compareTo(Account other) {
    return id().compareTo(other.id());
  }
}
