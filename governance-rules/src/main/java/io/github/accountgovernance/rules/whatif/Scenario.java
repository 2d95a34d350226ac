package io.github.accountgovernance.rules.whatif;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.problem.Suggestions;
import io.github.accountgovernance.core.model.Absence;
import io.github.accountgovernance.core.model.AbsenceReason;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.ContributorStatus;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.InvalidEstateException;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.core.time.WeeklyWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A question about an estate, as a list of changes to it: people absent for a while, a person leaving on a date,
 * accounts closing or opening, rota slots added or removed. {@link #applyTo(Estate)} gives the estate as it would
 * be; {@link ChangeReport#whatIf} evaluates both and says what changes.
 *
 * <pre>{@code
 * Scenario scenario = Scenario.builder()
 *     .name("the Hambleton sergeant's fortnight off")
 *     .absent("c1299", LocalDate.of(2021, 3, 8), LocalDate.of(2021, 3, 22))   // back on 22 March
 *     .leaves("c7320", LocalDate.of(2021, 3, 15))
 *     .closes("york-x", LocalDate.of(2021, 3, 31), "force-x")
 *     .build();
 * Estate changed = scenario.applyTo(estate);
 * }</pre>
 *
 * <p>What each change does to the estate:
 *
 * <ul>
 *   <li>{@link Absent}: adds an absence. Dates stand for whole local days in the force's zone, from the start of
 *       the first to the start of the second (the day the person is back), so {@code 2021-03-08..2021-03-22} is
 *       a fortnight.
 *   <li>{@link Leaves}: the person's rota slots end at the start of that day (weekly patterns stop, later shifts
 *       go, a shift across it is cut short); if the day is on or before the estate's own date, the person is also
 *       recorded as having left, so that ATT-3 asks for their access to be removed.
 *   <li>{@link Closes}: the account gets a closure plan closing it that day (an existing plan keeps its final
 *       message and archive date; successors given replace its successors) and becomes {@code closing}, or
 *       {@code closed} if the day is on or before the estate's own date.
 *   <li>{@link Opens}: a proposed or closed account becomes active (a closed one loses its closure plan). The
 *       estate has no dated statuses, so an account opened later than the estate's date is checked as open over
 *       the whole horizon.
 *   <li>{@link AddsSlot} and {@link RemovesSlots}: the rota gains a slot, or loses a contributor's slots on an
 *       account (all of them, or one weekly pattern).
 * </ul>
 *
 * <p>Changes apply in the order given, each to the estate the earlier ones left, so an account can be opened
 * and then given a rota. A change that names someone or something the estate does not have, or that cannot
 * apply (closing a closed account), is a problem; {@link #applyTo(Estate)} reports every problem at once.
 *
 * <p>Immutable and thread-safe; the {@link Builder} is not thread-safe and copies its state on {@code build()}.
 */
public final class Scenario {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
  private static final Scenario EMPTY = new Scenario(Optional.empty(), List.of());

  private final Optional<String> name;
  private final List<Change> changes;

  private Scenario(Optional<String> name, List<Change> changes) {
    this.name = name;
    this.changes = List.copyOf(changes);
  }

  /**
   * Returns the scenario that changes nothing.
   *
   * @return the empty scenario
   */
  public static Scenario empty() {
    return EMPTY;
  }

  /**
   * Returns a scenario of the given changes, in order.
   *
   * @param changes the changes
   * @return the scenario
   * @throws NullPointerException if {@code changes} or one of them is null
   */
  public static Scenario of(List<? extends Change> changes) {
    return builder().addAll(changes).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the scenario's name, as its file or its author gave it.
   *
   * @return the name, or empty
   */
  public Optional<String> name() {
    return name;
  }

  /**
   * Returns the changes, in the order they apply.
   *
   * @return the changes; unmodifiable
   */
  public List<Change> changes() {
    return changes;
  }

  /**
   * Tells whether the scenario changes nothing.
   *
   * @return true if it has no changes
   */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * Returns a copy with another name.
   *
   * @param newName the name
   * @return the scenario with that name
   * @throws NullPointerException if {@code newName} is null
   * @throws IllegalArgumentException if the name is blank
   */
  public Scenario withName(String newName) {
    return builder().name(newName).addAll(changes).build();
  }

  /**
   * Returns the estate as it would be after the changes.
   *
   * @param estate the estate as it is
   * @return the changed estate; {@code estate} itself if there are no changes
   * @throws NullPointerException if {@code estate} is null
   * @throws InvalidScenarioException listing every change that names what the estate does not have or cannot
   *     apply to it
   */
  public Estate applyTo(Estate estate) {
    requireNonNull(estate, "estate");
    if (changes.isEmpty()) {
      return estate;
    }
    Applying applying = new Applying(estate);
    for (int i = 0; i < changes.size(); i++) {
      applying.apply(i, changes.get(i));
    }
    return applying.result();
  }

  /**
   * Describes each change in words, naming people and accounts as the estate shows them and dates in the force's
   * zone, for example {@code "Sgt Ravi Nabholme (c1299) is absent Mon 8 Mar 2021 00:00 – Mon 22 Mar 00:00 GMT, 14 d
   * (leave)"}.
   *
   * @param estate the estate the scenario is about
   * @return one line per change, in order
   * @throws NullPointerException if {@code estate} is null
   */
  public List<String> describe(Estate estate) {
    requireNonNull(estate, "estate");
    List<String> lines = new ArrayList<>(changes.size());
    for (Change change : changes) {
      lines.add(change.describe(estate));
    }
    return List.copyOf(lines);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Scenario
        && ((Scenario) other).name.equals(name)
        && ((Scenario) other).changes.equals(changes);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + changes.hashCode();
  }

  /**
   * Returns the changes as the command line writes them, such as {@code --absent c1299 2021-03-08..2021-03-22}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    name.ifPresent(n -> parts.add("\"" + n + "\":"));
    for (Change change : changes) {
      parts.add(change.toString());
    }
    return parts.isEmpty() ? "(no changes)" : String.join(" ", parts);
  }

  // ------------------------------------------------------------------------------------------------ changes

  /**
   * One change a scenario makes to an estate. The kinds are fixed: {@link Absent}, {@link Leaves},
   * {@link Closes}, {@link Opens}, {@link AddsSlot} and {@link RemovesSlots}.
   */
  public sealed interface Change permits Absent, Leaves, Closes, Opens, AddsSlot, RemovesSlots {

    /**
     * Describes the change in words, naming people and accounts as the estate shows them.
     *
     * @param estate the estate the change applies to
     * @return the description
     */
    String describe(Estate estate);
  }

  /**
   * A contributor is absent from one moment to another (exclusive).
   *
   * @param contributor the contributor's id
   * @param from when the absence starts
   * @param until when it ends, exclusive: for a date, the day the person is back
   * @param reason why
   */
  public record Absent(String contributor, Moment from, Moment until, AbsenceReason reason) implements Change {

    /**
     * Checks the parts.
     *
     * @param contributor see {@link #contributor()}
     * @param from see {@link #from()}
     * @param until see {@link #until()}
     * @param reason see {@link #reason()}
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the contributor id is blank
     */
    public Absent {
      requireId("contributor", contributor);
      requireNonNull(from, "from");
      requireNonNull(until, "until");
      requireNonNull(reason, "reason");
    }

    /**
     * Returns the absence as a window in the force's zone.
     *
     * @param zone the zone dates are days in
     * @return the window
     * @throws IllegalArgumentException if it ends before or when it starts
     */
    public TimeWindow window(ZoneId zone) {
      Instant start = from.resolve(zone);
      Instant end = until.resolve(zone);
      if (!end.isAfter(start)) {
        throw new IllegalArgumentException(
            "the absence of " + contributor + " ends (" + until + ") before it starts (" + from + ")"
                + (until.date().isPresent() ? "; the second date is the day they are back" : ""));
      }
      return TimeWindow.of(start, end);
    }

    @Override
    public String describe(Estate estate) {
      ZoneId zone = estate.force().zone();
      String when;
      try {
        when = window(zone).format(zone);
      } catch (IllegalArgumentException e) {
        when = from + ".." + until;
      }
      return person(estate, contributor) + " is absent " + when + " (" + word(reason) + ")";
    }

    @Override
    public String toString() {
      return "--absent " + contributor + " " + from + ".." + until
          + (reason == AbsenceReason.LEAVE ? "" : " (" + word(reason) + ")");
    }
  }

  /**
   * A contributor leaves the force on a date.
   *
   * @param contributor the contributor's id
   * @param on the day they leave: their rota slots end at its start
   */
  public record Leaves(String contributor, LocalDate on) implements Change {

    /**
     * Checks the parts.
     *
     * @param contributor see {@link #contributor()}
     * @param on see {@link #on()}
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the contributor id is blank
     */
    public Leaves {
      requireId("contributor", contributor);
      requireNonNull(on, "on");
    }

    @Override
    public String describe(Estate estate) {
      return person(estate, contributor) + " leaves on " + DAY.format(on) + ": their rota slots end then";
    }

    @Override
    public String toString() {
      return "--leaves " + contributor + " " + on;
    }
  }

  /**
   * An account closes on a date.
   *
   * @param account the account's id
   * @param on the closure date
   * @param successors the accounts its followers are pointed to; empty to keep an existing plan's successors
   */
  public record Closes(String account, LocalDate on, List<String> successors) implements Change {

    /**
     * Checks the parts and copies the successors.
     *
     * @param account see {@link #account()}
     * @param on see {@link #on()}
     * @param successors see {@link #successors()}
     * @throws NullPointerException if a part or successor is null
     * @throws IllegalArgumentException if an id is blank
     */
    public Closes {
      requireId("account", account);
      requireNonNull(on, "on");
      successors = List.copyOf(successors);
      successors.forEach(id -> requireId("successor", id));
    }

    @Override
    public String describe(Estate estate) {
      StringBuilder text = new StringBuilder(handle(estate, account)).append(" closes on ").append(DAY.format(on));
      if (!successors.isEmpty()) {
        List<String> shown = new ArrayList<>();
        for (String successor : successors) {
          shown.add(handle(estate, successor));
        }
        text.append(", succeeded by ").append(String.join(" and ", shown));
      }
      return text.toString();
    }

    @Override
    public String toString() {
      return "--close " + account + " " + on + (successors.isEmpty() ? "" : " " + String.join(",", successors));
    }
  }

  /**
   * A proposed or closed account opens (becomes active) on a date.
   *
   * @param account the account's id
   * @param on the day it opens
   */
  public record Opens(String account, LocalDate on) implements Change {

    /**
     * Checks the parts.
     *
     * @param account see {@link #account()}
     * @param on see {@link #on()}
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the account id is blank
     */
    public Opens {
      requireId("account", account);
      requireNonNull(on, "on");
    }

    @Override
    public String describe(Estate estate) {
      return handle(estate, account) + " opens on " + DAY.format(on);
    }

    @Override
    public String toString() {
      return "--open " + account + " " + on;
    }
  }

  /**
   * The rota gains a slot.
   *
   * @param slot the slot: a shift or a weekly pattern
   */
  public record AddsSlot(RotaAssignment slot) implements Change {

    /**
     * Checks the slot.
     *
     * @param slot see {@link #slot()}
     * @throws NullPointerException if the slot is null
     */
    public AddsSlot {
      requireNonNull(slot, "slot");
    }

    @Override
    public String describe(Estate estate) {
      return person(estate, slot.contributor()) + " monitors " + handle(estate, slot.account()) + " "
          + slotWords(slot, estate.force().zone());
    }

    @Override
    public String toString() {
      return "--add-slot " + slot.contributor() + " " + slot.account() + " \"" + slotText(slot) + "\"";
    }
  }

  /**
   * A contributor's slots on an account leave the rota: all of them, or only one weekly pattern.
   *
   * @param contributor the contributor's id
   * @param account the account's id
   * @param weekly the weekly window of the patterns to remove, or empty for every slot
   */
  public record RemovesSlots(String contributor, String account, Optional<WeeklyWindow> weekly)
      implements Change {

    /**
     * Checks the parts.
     *
     * @param contributor see {@link #contributor()}
     * @param account see {@link #account()}
     * @param weekly see {@link #weekly()}
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if an id is blank
     */
    public RemovesSlots {
      requireId("contributor", contributor);
      requireId("account", account);
      requireNonNull(weekly, "weekly");
    }

    boolean matches(RotaAssignment slot) {
      return slot.contributor().equals(contributor)
          && slot.account().equals(account)
          && (weekly.isEmpty() || weekly.equals(slot.weeklyWindow()));
    }

    @Override
    public String describe(Estate estate) {
      return person(estate, contributor) + " no longer monitors " + handle(estate, account)
          + weekly.map(w -> " in the weekly slot " + w).orElse("");
    }

    @Override
    public String toString() {
      return "--remove-slots " + contributor + " " + account + weekly.map(w -> " \"" + w + "\"").orElse("");
    }
  }

  // ------------------------------------------------------------------------------------------------ builder

  /**
   * Collects the changes of a scenario, in order. Not thread-safe; {@link #build()} copies the collected state,
   * so a builder can go on and build again.
   *
   * <pre>{@code
   * Scenario s = Scenario.builder()
   *     .absent("c1299", LocalDate.of(2021, 3, 8), LocalDate.of(2021, 3, 22))
   *     .removeSlots("c9751", "hambleton-x")
   *     .build();
   * }</pre>
   */
  public static final class Builder {

    private String name;
    private final List<Change> changes = new ArrayList<>();

    private Builder() {}

    /**
     * Names the scenario.
     *
     * @param scenarioName the name
     * @return this builder
     * @throws NullPointerException if {@code scenarioName} is null
     * @throws IllegalArgumentException if it is blank
     * @throws IllegalStateException if a name was already set
     */
    public Builder name(String scenarioName) {
      requireNonNull(scenarioName, "scenarioName");
      if (scenarioName.isBlank()) {
        throw new IllegalArgumentException("a scenario's name must not be blank, but was \"" + scenarioName + "\"");
      }
      if (name != null) {
        throw new IllegalStateException("the scenario was already named \"" + name + "\"");
      }
      name = scenarioName;
      return this;
    }

    /**
     * Adds a change.
     *
     * @param change the change
     * @return this builder
     * @throws NullPointerException if {@code change} is null
     */
    public Builder add(Change change) {
      changes.add(requireNonNull(change, "change"));
      return this;
    }

    /**
     * Adds changes, in order.
     *
     * @param more the changes
     * @return this builder
     * @throws NullPointerException if {@code more} or one of its elements is null
     */
    public Builder addAll(List<? extends Change> more) {
      requireNonNull(more, "more");
      for (Change change : more) {
        add(change);
      }
      return this;
    }

    /**
     * Adds leave: whole local days from {@code from} up to, not including, {@code backOn}.
     *
     * @param contributor the contributor's id
     * @param from the first day away
     * @param backOn the day they are back
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code backOn} is not after {@code from}, or the id is blank
     */
    public Builder absent(String contributor, LocalDate from, LocalDate backOn) {
      requireNonNull(from, "from");
      requireNonNull(backOn, "backOn");
      if (!backOn.isAfter(from)) {
        throw new IllegalArgumentException(
            "the absence of " + contributor + " must end after it starts, but runs from " + from + " to " + backOn
                + " (the second date is the day they are back)");
      }
      return add(new Absent(contributor, Moment.date(from), Moment.date(backOn), AbsenceReason.LEAVE));
    }

    /**
     * Adds an absence between two moments.
     *
     * @param contributor the contributor's id
     * @param from when it starts
     * @param until when it ends, exclusive
     * @param reason why
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the id is blank
     */
    public Builder absent(String contributor, Moment from, Moment until, AbsenceReason reason) {
      return add(new Absent(contributor, from, until, reason));
    }

    /**
     * Adds a person leaving on a date.
     *
     * @param contributor the contributor's id
     * @param on the day they leave
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the id is blank
     */
    public Builder leaves(String contributor, LocalDate on) {
      return add(new Leaves(contributor, on));
    }

    /**
     * Adds an account closing on a date.
     *
     * @param account the account's id
     * @param on the closure date
     * @param successors the successors' ids; none to keep an existing plan's
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an id is blank
     */
    public Builder closes(String account, LocalDate on, String... successors) {
      return add(new Closes(account, on, List.of(successors)));
    }

    /**
     * Adds an account opening on a date.
     *
     * @param account the account's id
     * @param on the day it opens
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the id is blank
     */
    public Builder opens(String account, LocalDate on) {
      return add(new Opens(account, on));
    }

    /**
     * Adds a rota slot.
     *
     * @param slot the slot
     * @return this builder
     * @throws NullPointerException if {@code slot} is null
     */
    public Builder addSlot(RotaAssignment slot) {
      return add(new AddsSlot(slot));
    }

    /**
     * Removes every slot of a contributor on an account.
     *
     * @param contributor the contributor's id
     * @param account the account's id
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an id is blank
     */
    public Builder removeSlots(String contributor, String account) {
      return add(new RemovesSlots(contributor, account, Optional.empty()));
    }

    /**
     * Removes a contributor's weekly patterns with one window on an account.
     *
     * @param contributor the contributor's id
     * @param account the account's id
     * @param weekly the weekly window
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an id is blank
     */
    public Builder removeSlot(String contributor, String account, WeeklyWindow weekly) {
      return add(new RemovesSlots(contributor, account, Optional.of(weekly)));
    }

    /**
     * Builds the scenario.
     *
     * @return the scenario
     */
    public Scenario build() {
      return new Scenario(Optional.ofNullable(name), changes);
    }
  }

  // ------------------------------------------------------------------------------------------------ applying

  /** The estate being changed, as mutable parts, and the problems found so far. */
  private static final class Applying {

    private final Estate original;
    private final ZoneId zone;
    private final LocalDate today;
    private final Map<String, Account> accounts = new TreeMap<>();
    private final Map<String, Contributor> contributors = new TreeMap<>();
    private final List<RotaAssignment> rota;
    private final List<Absence> absences;
    private final Map<String, ClosurePlan> plans = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();

    Applying(Estate estate) {
      original = estate;
      zone = estate.force().zone();
      today = estate.asOf().atZone(zone).toLocalDate();
      estate.accounts().forEach(a -> accounts.put(a.id(), a));
      estate.contributors().forEach(c -> contributors.put(c.id(), c));
      rota = new ArrayList<>(estate.rota());
      absences = new ArrayList<>(estate.absences());
      estate.closurePlans().forEach(p -> plans.put(p.account(), p));
    }

    void apply(int index, Change change) {
      List<String> found = new ArrayList<>();
      if (change instanceof Absent absent) {
        absent(absent, found);
      } else if (change instanceof Leaves leaves) {
        leaves(leaves, found);
      } else if (change instanceof Closes closes) {
        closes(closes, found);
      } else if (change instanceof Opens opens) {
        opens(opens, found);
      } else if (change instanceof AddsSlot adds) {
        addSlot(adds, found);
      } else {
        removeSlots((RemovesSlots) change, found);
      }
      for (String problem : found) {
        problems.add("change " + (index + 1) + " (" + change + "): " + problem);
      }
    }

    Estate result() {
      if (!problems.isEmpty()) {
        throw new InvalidScenarioException(problems);
      }
      try {
        return Estate.builder()
            .from(original)
            .accounts(accounts.values())
            .contributors(contributors.values())
            .rota(rota)
            .absences(absences)
            .closurePlans(plans.values())
            .build();
      } catch (InvalidEstateException e) {
        throw new InvalidScenarioException(List.of("the changed estate does not hang together: " + e.getMessage()));
      }
    }

    private Optional<Contributor> contributor(String id, List<String> found) {
      Contributor contributor = contributors.get(id);
      if (contributor == null) {
        found.add("unknown contributor \"" + id + "\"" + Suggestions.didYouMean(id, contributors.keySet()));
      }
      return Optional.ofNullable(contributor);
    }

    private Optional<Account> account(String id, List<String> found) {
      Account account = accounts.get(id);
      if (account == null) {
        found.add("unknown account \"" + id + "\"" + Suggestions.didYouMean(id, accounts.keySet()));
      }
      return Optional.ofNullable(account);
    }

    private void absent(Absent absent, List<String> found) {
      Optional<Contributor> who = contributor(absent.contributor(), found);
      TimeWindow window;
      try {
        window = absent.window(zone);
      } catch (IllegalArgumentException e) {
        found.add(e.getMessage());
        return;
      }
      if (who.isPresent()) {
        absences.add(Absence.of(absent.contributor(), window, absent.reason()));
      }
    }

    private void leaves(Leaves leaves, List<String> found) {
      Optional<Contributor> who = contributor(leaves.contributor(), found);
      if (who.isEmpty()) {
        return;
      }
      if (!who.get().isServing()) {
        found.add(who.get().id() + " has left already"
            + who.get().leftOn().map(d -> " (on " + d + ")").orElse(""));
        return;
      }
      Instant leaving = leaves.on().atStartOfDay(zone).toInstant();
      List<RotaAssignment> kept = new ArrayList<>(rota.size());
      for (RotaAssignment slot : rota) {
        if (!slot.contributor().equals(leaves.contributor())) {
          kept.add(slot);
        } else {
          endSlot(slot, leaves.on(), leaving).ifPresent(kept::add);
        }
      }
      rota.clear();
      rota.addAll(kept);
      if (!leaves.on().isAfter(today)) {
        contributors.put(
            who.get().id(),
            Contributor.builder().from(who.get()).status(ContributorStatus.LEFT).leftOn(leaves.on()).build());
      }
    }

    /** The part of a slot before someone leaves: a weekly pattern stops starting, a shift is cut short or goes. */
    private static Optional<RotaAssignment> endSlot(RotaAssignment slot, LocalDate day, Instant leaving) {
      if (slot.shiftWindow().isPresent()) {
        TimeWindow shift = slot.shiftWindow().get();
        if (!shift.start().isBefore(leaving)) {
          return Optional.empty();
        }
        return Optional.of(
            shift.end().isAfter(leaving)
                ? RotaAssignment.shift(slot.contributor(), slot.account(), TimeWindow.of(shift.start(), leaving))
                : slot);
      }
      LocalDate from = slot.validFrom().orElseThrow();
      if (!from.isBefore(day)) {
        return Optional.empty();
      }
      if (slot.validUntil().isPresent() && !slot.validUntil().get().isAfter(day)) {
        return Optional.of(slot);
      }
      return Optional.of(RotaAssignment.builder().from(slot).validUntil(day).build());
    }

    private void closes(Closes closes, List<String> found) {
      Optional<Account> account = account(closes.account(), found);
      for (String successor : closes.successors()) {
        account(successor, found);
        if (successor.equals(closes.account())) {
          found.add("an account cannot succeed itself");
        }
      }
      if (account.isEmpty() || !found.isEmpty()) {
        return;
      }
      Account closing = account.get();
      if (closing.status() == AccountStatus.CLOSED || closing.status() == AccountStatus.DELETED) {
        found.add(closing.id() + " is " + status(closing) + " already");
        return;
      }
      boolean past = !closes.on().isAfter(today);
      if (past && closing.openedOn().isPresent() && closes.on().isBefore(closing.openedOn().get())) {
        found.add(closing.id() + " cannot close on " + closes.on() + ", before it opened on " + closing.openedOn().get());
        return;
      }
      ClosurePlan existing = plans.get(closing.id());
      ClosurePlan.Builder plan =
          existing == null ? ClosurePlan.builder().account(closing.id()) : ClosurePlan.builder().from(existing);
      plan.closureDate(closes.on());
      if (!closes.successors().isEmpty()) {
        plan.successors(closes.successors());
      }
      plans.put(closing.id(), plan.build());
      Account.Builder changed = Account.builder().from(closing);
      if (past) {
        changed.status(AccountStatus.CLOSED).closedOn(closes.on());
      } else {
        changed.status(AccountStatus.CLOSING);
      }
      accounts.put(closing.id(), changed.build());
    }

    private void opens(Opens opens, List<String> found) {
      Optional<Account> account = account(opens.account(), found);
      if (account.isEmpty()) {
        return;
      }
      Account opening = account.get();
      if (opening.status() != AccountStatus.PROPOSED && opening.status() != AccountStatus.CLOSED) {
        found.add(opening.id() + " is " + status(opening) + "; only a proposed or closed account can open");
        return;
      }
      Account.Builder changed = Account.builder().from(opening).status(AccountStatus.ACTIVE);
      if (opening.status() == AccountStatus.PROPOSED) {
        changed.openedOn(opens.on());
      } else {
        changed.closedOn(Optional.empty());
        plans.remove(opening.id());
      }
      accounts.put(opening.id(), changed.build());
    }

    private void addSlot(AddsSlot adds, List<String> found) {
      Optional<Contributor> who = contributor(adds.slot().contributor(), found);
      Optional<Account> account = account(adds.slot().account(), found);
      if (who.isPresent() && account.isPresent()) {
        rota.add(adds.slot());
      }
    }

    private void removeSlots(RemovesSlots removes, List<String> found) {
      Optional<Contributor> who = contributor(removes.contributor(), found);
      Optional<Account> account = account(removes.account(), found);
      if (who.isEmpty() || account.isEmpty()) {
        return;
      }
      int removed = 0;
      for (Iterator<RotaAssignment> slots = rota.iterator(); slots.hasNext(); ) {
        if (removes.matches(slots.next())) {
          slots.remove();
          removed++;
        }
      }
      if (removed == 0) {
        found.add(removes.contributor() + " has no " + removes.weekly().map(w -> "weekly slot " + w).orElse("slot")
            + " on " + removes.account() + " to remove");
      }
    }

    private static String status(Account account) {
      return account.status().name().toLowerCase(Locale.ROOT);
    }
  }

  // ------------------------------------------------------------------------------------------------ words

  private static void requireId(String what, String id) {
    requireNonNull(id, what);
    if (id.isBlank()) {
      throw new IllegalArgumentException("a " + what + " id must not be blank, but was \"" + id + "\"");
    }
  }

  private static String word(AbsenceReason reason) {
    return reason.name().toLowerCase(Locale.ROOT);
  }

  static String person(Estate estate, String id) {
    return estate.contributor(id).map(c -> c.name() + " (" + c.id() + ")").orElse(id);
  }

  static String handle(Estate estate, String id) {
    return estate.account(id).map(a -> a.handle().display() + " (" + a.id() + ")").orElse(id);
  }

  /** A slot as people read it: "weekly Sat 08:00-16:00 from Mon 1 Mar 2021" or "Sat 13 Mar 2021 08:00 – 16:00". */
  static String slotWords(RotaAssignment slot, ZoneId zone) {
    if (slot.shiftWindow().isPresent()) {
      return "during " + slot.shiftWindow().get().format(zone);
    }
    return "every week " + slot.weeklyWindow().orElseThrow() + " from " + DAY.format(slot.validFrom().orElseThrow())
        + slot.validUntil().map(until -> " until " + DAY.format(until)).orElse("");
  }

  /** A slot as the command line takes it: {@code Sat 08:00-16:00} or {@code 2021-03-13T08:00:00Z..2021-03-13T16:00:00Z}. */
  static String slotText(RotaAssignment slot) {
    if (slot.shiftWindow().isPresent()) {
      return slot.shiftWindow().get().start() + ".." + slot.shiftWindow().get().end();
    }
    return slot.weeklyWindow().orElseThrow()
        + slot.validFrom().map(from -> " from " + from).orElse("")
        + slot.validUntil().map(until -> " until " + until).orElse("");
  }
}
