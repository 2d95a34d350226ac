package io.github.accountgovernance.core.model;

import io.github.accountgovernance.core.time.SupportedTime;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.core.time.WeeklyWindow;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A slot on the monitoring rota: a contributor monitors an account either during one {@linkplain #shift(String,
 * String, TimeWindow) shift} or {@linkplain #weekly(String, String, WeeklyWindow, LocalDate, LocalDate) every
 * week} in a weekly window between two dates (in the force's zone). Weekly patterns are expanded over the
 * evaluation horizon by the monitoring rules.
 *
 * <pre>{@code
 * RotaAssignment nights = RotaAssignment.shift("c-1402", "york-x",
 *     TimeWindow.of(Instant.parse("2021-03-06T22:00:00Z"), Duration.ofHours(10)));
 * RotaAssignment office = RotaAssignment.weekly("c-1402", "york-x",
 *     WeeklyWindow.parse("Mon 08:00-18:00"), LocalDate.of(2021, 3, 1), LocalDate.of(2021, 6, 1));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
// Immutables' annotations stay in the class file, but consumers need no Immutables: see module-info.
@SuppressWarnings("exports")
@Value.Immutable
public abstract class RotaAssignment implements Comparable<RotaAssignment> {

  RotaAssignment() {}

  /**
   * Returns the id of the contributor on duty.
   *
   * @return the contributor id
   */
  public abstract String contributor();

  /**
   * Returns the id of the account monitored.
   *
   * @return the account id
   */
  public abstract String account();

  /**
   * Returns the one-off shift, for a shift slot.
   *
   * @return the shift window, or empty for a weekly slot
   */
  public abstract Optional<TimeWindow> shiftWindow();

  /**
   * Returns the weekly window, for a weekly slot.
   *
   * @return the weekly window, or empty for a shift
   */
  public abstract Optional<WeeklyWindow> weeklyWindow();

  /**
   * Returns the first date on which a weekly slot applies.
   *
   * @return the first date, or empty for a shift
   */
  public abstract Optional<LocalDate> validFrom();

  /**
   * Returns the first date on which no occurrence of a weekly slot starts; an occurrence that starts the day
   * before (an overnight window) still runs to its end.
   *
   * @return the end date, or empty for a shift or an open-ended pattern
   */
  public abstract Optional<LocalDate> validUntil();

  /**
   * Returns a one-off shift.
   *
   * @param contributor the contributor's id
   * @param account the account's id
   * @param window when the contributor is on duty
   * @return the slot
   * @throws NullPointerException if an argument is null
   */
  public static RotaAssignment shift(String contributor, String account, TimeWindow window) {
    return builder().contributor(contributor).account(account).shiftWindow(window).build();
  }

  /**
   * Returns a weekly slot whose occurrences start on dates in {@code [from, until)}; each occurrence counts whole,
   * so an overnight window that starts on the last date runs into the next morning.
   *
   * @param contributor the contributor's id
   * @param account the account's id
   * @param window the weekly window, in the force's zone
   * @param from the first date on which the pattern applies
   * @param until the first date on which it no longer applies
   * @return the slot
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code until} is not after {@code from}
   */
  public static RotaAssignment weekly(
      String contributor, String account, WeeklyWindow window, LocalDate from, LocalDate until) {
    return builder()
        .contributor(contributor)
        .account(account)
        .weeklyWindow(window)
        .validFrom(from)
        .validUntil(until)
        .build();
  }

  /**
   * Returns a new builder, for weekly patterns without an end date.
   *
   * @return a builder; not thread-safe, and {@code build()} copies its state
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RotaAssignment}; {@code build()} throws {@link IllegalArgumentException} unless exactly one
   * of shift window and weekly window (with its first date) is set.
   */
  public static final class Builder extends ImmutableRotaAssignment.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    // Each part is asked for once, and the words of a message are made only for a value out of range: a national
    // rota has millions of slots, and an Optional per question and a lambda per check were a tenth of what
    // reading one allocated.
    TimeWindow shift = shiftWindow().orElse(null);
    WeeklyWindow weekly = weeklyWindow().orElse(null);
    LocalDate from = validFrom().orElse(null);
    LocalDate until = validUntil().orElse(null);
    if (shift != null && !SupportedTime.contains(shift)) {
      SupportedTime.requireWindow("shift of " + contributor() + " on " + account(), shift);
    }
    if (from != null && !SupportedTime.contains(from)) {
      SupportedTime.requireDate("first date of " + contributor() + " on " + account(), from);
    }
    if (until != null && !SupportedTime.contains(until)) {
      SupportedTime.requireDate("last date of " + contributor() + " on " + account(), until);
    }
    if ((shift != null) == (weekly != null)) {
      throw new IllegalArgumentException(
          "a rota slot is either a shift or a weekly pattern, but slot of " + contributor() + " on " + account()
              + " has " + (shift != null ? "both" : "neither"));
    }
    if (weekly != null && from == null) {
      throw new IllegalArgumentException(
          "weekly slot " + weekly + " of " + contributor() + " on " + account() + " needs a first date (validFrom)");
    }
    if (shift != null && (from != null || until != null)) {
      throw new IllegalArgumentException(
          "shift " + shift + " of " + contributor() + " on " + account()
              + " has validFrom/validUntil, which only weekly slots take");
    }
    if (from != null && until != null && !until.isAfter(from)) {
      throw new IllegalArgumentException(
          "weekly slot of " + contributor() + " on " + account() + " ends (" + until + ") before it starts ("
              + from + ")");
    }
  }

  /** Orders slots by account, contributor, then time. */
  @Override
  public int compareTo(RotaAssignment other) {
    // Written out rather than a chain of comparators: sorting and checking the order of a national rota compares
    // millions of pairs, and most differ in their account or contributor, before any Optional is asked for.
    int c = account().compareTo(other.account());
    if (c != 0) {
      return c;
    }
    c = contributor().compareTo(other.contributor());
    if (c != 0) {
      return c;
    }
    c = nullsLast(shiftWindow().orElse(null), other.shiftWindow().orElse(null));
    if (c != 0) {
      return c;
    }
    c = nullsLast(weeklyWindow().orElse(null), other.weeklyWindow().orElse(null));
    if (c != 0) {
      return c;
    }
    c = nullsLast(validFrom().orElse(null), other.validFrom().orElse(null));
    if (c != 0) {
      return c;
    }
    return nullsLast(validUntil().orElse(null), other.validUntil().orElse(null));
  }

  /** Compares two parts in their natural order, an absent part after every present one. */
  private static <V extends Comparable<? super V>> int nullsLast(V a, V b) {
    if (a == null) {
      return b == null ? 0 : 1;
    }
    return b == null ? -1 : a.compareTo(b);
  }
}
