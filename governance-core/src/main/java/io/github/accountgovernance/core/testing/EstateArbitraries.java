package io.github.accountgovernance.core.testing;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.model.AbsenceReason;
import io.github.accountgovernance.core.model.Absence;
import io.github.accountgovernance.core.model.AccessGrant;
import io.github.accountgovernance.core.model.AccessRole;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.ContributorKind;
import io.github.accountgovernance.core.model.ContributorStatus;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Force;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.model.ObservedHandle;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.model.SampledPost;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.core.time.WeeklyWindow;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.StringArbitrary;

/**
 * jqwik arbitraries for every type of the estate model, and for whole estates: valid ones, whose every reference
 * resolves, and near-valid ones with known structural defects. Values are built with
 * {@link Combinators#combine} and {@link Builders#withBuilder}, never with {@code sample()} or (except where
 * noted) {@code flatMap}, so a failing property shrinks to a minimal estate: no accounts, contributors or slots
 * that are not needed to fail, and times close to the start of the window.
 *
 * <p>Data follows the seeds: North Yorkshire Police and its eight districts, handles such as
 * {@code @NYP_York} mixed with random ones, fictional people. Times are whole seconds from
 * {@link #WINDOW_START} (1 March 2021) to {@link #WINDOW_END} (1 May 2021), with extra weight around the clock
 * change at {@link #DST_START} (01:00 UTC on 28 March 2021, a 23-hour day in London).
 *
 * <pre>{@code
 * @Property
 * void everyAccountHasAHandle(@ForAll("estates") Estate estate) {
 *   assertThat(estate.accounts()).allSatisfy(a -> assertThat(a.handle()).isNotNull());
 * }
 *
 * @Provide
 * Arbitrary<Estate> estates() {
 *   return EstateArbitraries.validEstates();   // or @Domain(EstateDomain.class) and a plain @ForAll Estate
 * }
 * }</pre>
 *
 * <p>The arbitraries are stateless and thread-safe; each call returns a new one.
 */
// jqwik is an optional dependency (requires static); users of this package bring it themselves.
@SuppressWarnings("exports")
public final class EstateArbitraries {

  /** The start of the generated time window: 2021-03-01T00:00:00Z. */
  public static final Instant WINDOW_START = Instant.parse("2021-03-01T00:00:00Z");

  /** The end (exclusive) of the generated time window: 2021-05-01T00:00:00Z. */
  public static final Instant WINDOW_END = Instant.parse("2021-05-01T00:00:00Z");

  /** The start of British Summer Time in 2021, 2021-03-28T01:00:00Z, around which times cluster. */
  public static final Instant DST_START = Instant.parse("2021-03-28T01:00:00Z");

  /** The force of the seeds, whose districts generated forces choose from. */
  public static final String FORCE_NAME = NorthYorkshire.FORCE_NAME;

  /** North Yorkshire's eight districts after the 2021 consolidation. */
  static final List<District> NYP_DISTRICTS = NorthYorkshire.districts();

  static final List<String> DISTRICT_CODES = NYP_DISTRICTS.stream().map(District::code).toList();

  private static final List<String> SEED_HANDLES =
      List.of("NYorksPolice", "NYP_York", "NYP_Jobs", "NYPRoadCrime", "NPTYorkSouth", "NYP_Harrogate");

  private static final LocalDate EPOCH_DAY = LocalDate.of(2021, 3, 1);
  private static final int SECONDS_PER_HOUR = 3_600;
  private static final String HANDLE_CHARS_BAD_EVERYWHERE = "-!#é";

  private EstateArbitraries() {}

  // ---------------------------------------------------------------- time

  /**
   * Returns whole-second instants in [{@link #WINDOW_START}, {@link #WINDOW_END}), a quarter of them within
   * twelve hours of {@link #DST_START}; they shrink towards the start of the window (or towards the change).
   *
   * <pre>{@code
   * @Property
   * void wholeSeconds(@ForAll("instants") Instant t) { assertThat(t.getNano()).isZero(); }
   * @Provide Arbitrary<Instant> instants() { return EstateArbitraries.instants(); }
   * }</pre>
   *
   * @return the arbitrary
   */
  public static Arbitrary<Instant> instants() {
    long start = WINDOW_START.getEpochSecond();
    long dst = DST_START.getEpochSecond();
    Arbitrary<Long> anywhere = Arbitraries.longs().between(start, WINDOW_END.getEpochSecond() - 1).shrinkTowards(start);
    Arbitrary<Long> nearChange =
        Arbitraries.longs().between(dst - 12L * SECONDS_PER_HOUR, dst + 12L * SECONDS_PER_HOUR).shrinkTowards(dst);
    return Arbitraries.frequencyOf(List.of(Tuple.of(3, anywhere), Tuple.of(1, nearChange))).map(Instant::ofEpochSecond);
  }

  /**
   * Returns dates from February to June 2021, shrinking towards 1 March 2021.
   *
   * <pre>{@code
   * @Provide Arbitrary<LocalDate> dates() { return EstateArbitraries.dates(); }
   * }</pre>
   *
   * @return the arbitrary
   */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(-28, 121).shrinkTowards(0).map(EPOCH_DAY::plusDays);
  }

  /**
   * Returns half-open windows that start at {@link #instants()} and last from one second to three days, most of
   * them the length of a shift (8, 10 or 12 hours).
   *
   * <pre>{@code
   * @Property
   * void endsAfterStart(@ForAll("windows") TimeWindow w) { assertThat(w.end()).isAfter(w.start()); }
   * @Provide Arbitrary<TimeWindow> windows() { return EstateArbitraries.timeWindows(); }
   * }</pre>
   *
   * @return the arbitrary
   */
  public static Arbitrary<TimeWindow> timeWindows() {
    Arbitrary<Long> shiftLengths = Arbitraries.of(8L, 10L, 12L).map(h -> h * SECONDS_PER_HOUR);
    Arbitrary<Long> anyLengths = Arbitraries.longs().between(1, 72L * SECONDS_PER_HOUR).shrinkTowards(1);
    Arbitrary<Long> lengths = Arbitraries.frequencyOf(List.of(Tuple.of(2, shiftLengths), Tuple.of(1, anyLengths)));
    return Combinators.combine(instants(), lengths)
        .as((start, length) -> TimeWindow.ofEpochSeconds(start.getEpochSecond(), start.getEpochSecond() + length));
  }

  /**
   * Returns weekly windows on any day, in whole minutes; about half end the next day (such as
   * {@code Sat 22:00-08:00}), and some last a full day ({@code to} equal to {@code from}).
   *
   * <pre>{@code
   * @Provide Arbitrary<WeeklyWindow> weekly() { return EstateArbitraries.weeklyWindows(); }
   * }</pre>
   *
   * @return the arbitrary
   */
  public static Arbitrary<WeeklyWindow> weeklyWindows() {
    Arbitrary<Integer> minutes = Arbitraries.integers().between(0, 24 * 60 - 1).shrinkTowards(8 * 60);
    return Combinators.combine(Arbitraries.of(DayOfWeek.class), minutes, minutes)
        .as((day, from, to) -> WeeklyWindow.of(day, minuteOfDay(from), minuteOfDay(to)));
  }

  private static LocalTime minuteOfDay(int minute) {
    return LocalTime.ofSecondOfDay(minute * 60L);
  }

  /**
   * Returns declared monitored hours: 24/7, not declared, or one to seven weekly windows.
   *
   * <pre>{@code
   * @Provide Arbitrary<MonitoredHours> hours() { return EstateArbitraries.monitoredHours(); }
   * }</pre>
   *
   * @return the arbitrary
   */
  public static Arbitrary<MonitoredHours> monitoredHours() {
    Arbitrary<MonitoredHours> weekly = weeklyWindows().list().ofMinSize(1).ofMaxSize(7).map(MonitoredHours::weekly);
    return Arbitraries.frequencyOf(
        List.of(
            Tuple.of(1, Arbitraries.just(MonitoredHours.notDeclared())),
            Tuple.of(1, Arbitraries.just(MonitoredHours.always())),
            Tuple.of(3, weekly)));
  }

  // ---------------------------------------------------------------- force and handles

  /**
   * Returns North Yorkshire's districts, one at a time.
   *
   * <pre>{@code
   * @Provide Arbitrary<District> districts() { return EstateArbitraries.districts(); }
   * }</pre>
   *
   * @return the arbitrary
   */
  public static Arbitrary<District> districts() {
    return Arbitraries.of(NYP_DISTRICTS);
  }

  /**
   * Returns the force with any subset of its eight districts (shrinking towards none), in the Europe/London zone,
   * with or without the NYP handle conventions ({@code NYorksPolice}, {@code NYP_{district}},
   * {@code NYP_{function}}).
   *
   * <pre>{@code
   * @Property
   * void sorted(@ForAll("forces") Force f) { assertThat(f.districts()).isSorted(); }
   * @Provide Arbitrary<Force> forces() { return EstateArbitraries.forces(); }
   * }</pre>
   *
   * @return the arbitrary
   */
  public static Arbitrary<Force> forces() {
    return Combinators.combine(Arbitraries.subsetOf(NYP_DISTRICTS), Arbitraries.of(false, true))
        .as(
            (districts, conventions) -> {
              Force.Builder force = Force.builder().name(FORCE_NAME).districts(districts);
              if (conventions) {
                force
                    .putHandleConventions(AccountTier.FORCE_WIDE, "NYorksPolice")
                    .putHandleConventions(AccountTier.DISTRICT, "NYP_" + Force.DISTRICT_PLACEHOLDER)
                    .putHandleConventions(AccountTier.CORPORATE_FUNCTION, "NYP_" + Force.FUNCTION_PLACEHOLDER);
              }
              return force.build();
            });
  }

  /**
   * Returns handle texts (without {@code @}) that the platform accepts: seed handles where they fit the platform,
   * and random ones (X: 1 to 15 of {@code [A-Za-z0-9_]}; Instagram: up to three dot-separated runs of
   * {@code [A-Za-z0-9_]}, at most 29 characters; Facebook: 5 to 20 of {@code [A-Za-z0-9.]}).
   *
   * <pre>{@code
   * @Property
   * void accepted(@ForAll("texts") String text) { assertThat(Platform.X.accepts(text)).isTrue(); }
   * @Provide Arbitrary<String> texts() { return EstateArbitraries.validHandleTexts(Platform.X); }
   * }</pre>
   *
   * @param platform the platform
   * @return the arbitrary
   * @throws NullPointerException if {@code platform} is null
   */
  public static Arbitrary<String> validHandleTexts(Platform platform) {
    requireNonNull(platform, "platform");
    Arbitrary<String> random;
    switch (platform) {
      case X:
        random = word().ofMinLength(1).ofMaxLength(15);
        break;
      case INSTAGRAM:
        random = word().ofMinLength(1).ofMaxLength(9).list().ofMinSize(1).ofMaxSize(3).map(runs -> String.join(".", runs));
        break;
      case FACEBOOK:
        random = alphanumeric().withChars('.').ofMinLength(5).ofMaxLength(20);
        break;
      default:
        throw new IllegalArgumentException("no handle syntax known for " + platform);
    }
    List<String> seeds = SEED_HANDLES.stream().filter(platform::accepts).toList();
    return Arbitraries.frequencyOf(List.of(Tuple.of(1, Arbitraries.of(seeds)), Tuple.of(3, random)));
  }

  /**
   * Returns handle texts that {@link Handle#of} takes (not blank, no white space, no leading {@code @}) but the
   * platform does not accept: too long or too short, a character the platform forbids, or (Instagram) a leading,
   * trailing or doubled dot.
   *
   * <pre>{@code
   * @Property
   * void refused(@ForAll("bad") String text) { assertThat(Platform.INSTAGRAM.accepts(text)).isFalse(); }
   * @Provide Arbitrary<String> bad() { return EstateArbitraries.invalidHandleTexts(Platform.INSTAGRAM); }
   * }</pre>
   *
   * @param platform the platform
   * @return the arbitrary
   * @throws NullPointerException if {@code platform} is null
   */
  public static Arbitrary<String> invalidHandleTexts(Platform platform) {
    requireNonNull(platform, "platform");
    Arbitrary<String> run = word().ofMaxLength(7);
    switch (platform) {
      case X:
        return Arbitraries.oneOf(
            List.of(word().ofMinLength(16).ofMaxLength(30), withBadChar(run, HANDLE_CHARS_BAD_EVERYWHERE + ".")));
      case INSTAGRAM:
        Arbitrary<String> nonEmptyRun = word().ofMinLength(1).ofMaxLength(7);
        return Arbitraries.oneOf(
            List.of(
                word().ofMinLength(31).ofMaxLength(40),
                nonEmptyRun.map(text -> "." + text),
                nonEmptyRun.map(text -> text + "."),
                Combinators.combine(run, run).as((left, right) -> left + ".." + right),
                withBadChar(run, HANDLE_CHARS_BAD_EVERYWHERE)));
      case FACEBOOK:
        Arbitrary<String> fbRun = alphanumeric().ofMaxLength(7);
        return Arbitraries.oneOf(
            List.of(alphanumeric().withChars('.').ofMinLength(1).ofMaxLength(4),
                withBadChar(fbRun, HANDLE_CHARS_BAD_EVERYWHERE + "_")));
      default:
        throw new IllegalArgumentException("no handle syntax known for " + platform);
    }
  }

  private static Arbitrary<String> withBadChar(Arbitrary<String> run, String badChars) {
    return Combinators.combine(run, Arbitraries.of(badChars.chars().mapToObj(c -> (char) c).toList()), run)
        .as((left, bad, right) -> left + bad + right);
  }

  private static StringArbitrary alphanumeric() {
    return Arbitraries.strings().alpha().numeric();
  }

  private static StringArbitrary word() {
    return alphanumeric().withChars('_');
  }

  /**
   * Returns handles on any platform that the platform accepts.
   *
   * <pre>{@code
   * @Property
   * void valid(@ForAll("handles") Handle h) { assertThat(h.isValidOnPlatform()).isTrue(); }
   * @Provide Arbitrary<Handle> handles() { return EstateArbitraries.handles(); }
   * }</pre>
   *
   * @return the arbitrary
   */
  public static Arbitrary<Handle> handles() {
    return Arbitraries.oneOf(List.of(handles(Platform.X), handles(Platform.INSTAGRAM), handles(Platform.FACEBOOK)));
  }

  /**
   * Returns handles on one platform that the platform accepts.
   *
   * <pre>{@code
   * @Provide Arbitrary<Handle> facebook() { return EstateArbitraries.handles(Platform.FACEBOOK); }
   * }</pre>
   *
   * @param platform the platform
   * @return the arbitrary
   * @throws NullPointerException if {@code platform} is null
   */
  public static Arbitrary<Handle> handles(Platform platform) {
    return validHandleTexts(platform).map(text -> Handle.of(platform, text));
  }

  /**
   * Returns handles on one platform that {@link Handle#of} takes but the platform does not accept (NAM-1), for
   * properties of naming rules.
   *
   * <pre>{@code
   * @Provide Arbitrary<Handle> badX() { return EstateArbitraries.invalidHandles(Platform.X); }
   * }</pre>
   *
   * @param platform the platform
   * @return the arbitrary
   * @throws NullPointerException if {@code platform} is null
   */
  public static Arbitrary<Handle> invalidHandles(Platform platform) {
    return invalidHandleTexts(platform).map(text -> Handle.of(platform, text));
  }

  /**
   * Returns handles observed elsewhere on the platforms, with or without a date and a note.
   *
   * <pre>{@code
   * @Provide Arbitrary<ObservedHandle> seen() { return EstateArbitraries.observedHandles(); }
   * }</pre>
   *
   * @return the arbitrary
   */
  public static Arbitrary<ObservedHandle> observedHandles() {
    return Builders.withBuilder(ObservedHandle::builder)
        .use(handles()).inSetter(ObservedHandle.Builder::handle)
        .use(dates().optional()).inSetter(ObservedHandle.Builder::observedOn)
        .use(Arbitraries.of("parody account", "impersonation reported", "former officer").optional())
        .inSetter(ObservedHandle.Builder::note)
        .build(ObservedHandle.Builder::build);
  }

  // ---------------------------------------------------------------- accounts and people

  /**
   * Returns accounts of every tier and status, with handles the platform accepts and an id derived from the
   * handle ({@code x-NYP_York}, {@code ig-…}, {@code fb-…}), so accounts with different literal handles have
   * different ids. District codes are North Yorkshire's; dates are consistent with the status (closed accounts
   * have a closing date no earlier than their opening date, deleted ones also a deletion date).
   *
   * <pre>{@code
   * @Property
   * void followersNotNegative(@ForAll("accounts") Account a) { assertThat(a.followers()).isNotNegative(); }
   * @Provide Arbitrary<Account> accounts() { return EstateArbitraries.accounts(); }
   * }</pre>
   *
   * @return the arbitrary
   */
  public static Arbitrary<Account> accounts() {
    Arbitrary<Long> followers =
        Arbitraries.frequencyOf(
            List.of(
                Tuple.of(1, Arbitraries.of(0L, 11_400L, 150_000L)),
                Tuple.of(3, Arbitraries.longs().between(0, 2_000_000).shrinkTowards(0))));
    Arbitrary<Lifecycle> lifecycles =
        Combinators.combine(
                Arbitraries.of(AccountStatus.class),
                Arbitraries.integers().between(-4_000, 0).shrinkTowards(0).optional(),
                Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 400))
            .as(Lifecycle::of);
    return Builders.withBuilder(Account::builder)
        .use(handles()).inSetter((account, handle) -> account.handle(handle).id(accountIdFor(handle)))
        .use(Arbitraries.of(
                "North Yorkshire Police",
                "North Yorkshire Police - York",
                "NYP Harrogate",
                "NYP Road Crime Team",
                "North Yorkshire Police Jobs",
                "York South NPT"))
        .inSetter(Account.Builder::displayName)
        .use(Arbitraries.of(AccountTier.class)).inSetter(Account.Builder::tier)
        .use(lifecycles).inSetter((account, lifecycle) -> lifecycle.applyTo(account))
        .use(Arbitraries.of(DISTRICT_CODES).optional(0.7)).inSetter(Account.Builder::district)
        .use(Arbitraries.of("Jobs", "Roads", "Rural", "Wildlife").optional(0.2)).inSetter(Account.Builder::function)
        .use(Arbitraries.of("Digital Communications", "York local policing team", "Operational Support Unit")
                .optional(0.8))
        .inSetter(Account.Builder::owningTeam)
        .use(followers).inSetter(Account.Builder::followers)
        .use(monitoredHours()).inSetter(Account.Builder::monitoredHours)
        .use(Arbitraries.of(
                "Not monitored 24/7: do not report crime here. Call 101, or 999 in an emergency.",
                "Monitored Mon-Fri 8am-6pm. Report crime online or call 101.")
            .optional())
        .inSetter(Account.Builder::outOfHoursText)
        .use(Arbitraries.of("", "Official account of North Yorkshire Police.", "Not monitored 24/7."))
        .inSetter(Account.Builder::bio)
        .use(Arbitraries.of("Road safety campaigns reach drivers the force account does not.").optional(0.2))
        .inSetter(Account.Builder::justification)
        .build(Account.Builder::build);
  }

  /**
   * Returns the id {@link #accounts()} gives an account with this handle: a platform prefix ({@code x},
   * {@code ig}, {@code fb}) and the literal handle text.
   *
   * @param handle a handle whose text the platform accepts
   * @return the id, such as {@code x-NYP_York}
   */
  static String accountIdFor(Handle handle) {
    String prefix = handle.platform() == Platform.X ? "x" : handle.platform() == Platform.INSTAGRAM ? "ig" : "fb";
    return prefix + "-" + handle.value();
  }

  /** Status and dates of an account, generated together so that they agree. */
  private record Lifecycle(AccountStatus status, Optional<LocalDate> openedOn, Optional<LocalDate> closedOn,
      Optional<LocalDate> deletedOn) {

    static Lifecycle of(AccountStatus status, Optional<Integer> openedDay, int daysOpen, int daysDormant) {
      Optional<LocalDate> opened = openedDay.map(EPOCH_DAY::plusDays);
      boolean closed = status == AccountStatus.CLOSED || status == AccountStatus.DELETED;
      Optional<LocalDate> closedOn =
          closed ? Optional.of(opened.orElse(EPOCH_DAY).plusDays(daysOpen)) : Optional.empty();
      Optional<LocalDate> deletedOn =
          status == AccountStatus.DELETED ? closedOn.map(day -> day.plusDays(daysDormant)) : Optional.empty();
      return new Lifecycle(status, opened, closedOn, deletedOn);
    }

    void applyTo(Account.Builder account) {
      account.status(status).openedOn(openedOn).closedOn(closedOn).deletedOn(deletedOn);
    }
  }

  /**
   * Returns contributors of every kind, with fictional names; officers and special constables have a collar
   * number and an id made from it ({@code c-1402}, {@code sc-…}), staff and volunteers an id of their own
   * ({@code s-…}, {@code v-…}). Some have left, with or without a leaving date.
   *
   * <pre>{@code
   * @Provide Arbitrary<Contributor> people() { return EstateArbitraries.contributors(); }
   * }</pre>
   *
   * @return the arbitrary
   */
  public static Arbitrary<Contributor> contributors() {
    Arbitrary<Identity> identities =
        Combinators.combine(
                Arbitraries.of(ContributorKind.class),
                Arbitraries.of("Alex", "Sam", "Jo", "Chris", "Robin", "Jamie", "Kim", "Lee", "Pat", "Charlie"),
                Arbitraries.of("Example", "Ashby", "Brennan", "Cole", "Dale", "Ellis", "Foster", "Hartley"),
                Arbitraries.integers().between(1000, 9999).shrinkTowards(1402))
            .as(Identity::new);
    // Shrinks towards "still serving"; one in five has left, with or without a recorded date.
    Arbitrary<Boolean> hasLeft = Arbitraries.integers().between(0, 4).map(draw -> draw == 4);
    Arbitrary<Optional<LocalDate>> leftOn = dates().optional();
    return Builders.withBuilder(Contributor::builder)
        .use(identities).inSetter((person, identity) -> identity.applyTo(person))
        .use(Arbitraries.of(DISTRICT_CODES).optional(0.6)).inSetter(Contributor.Builder::district)
        .use(Arbitraries.of("Digital Communications", "York local policing team", "Operational Support Unit",
                "Recruitment")
            .optional())
        .inSetter(Contributor.Builder::team)
        .use(Combinators.combine(hasLeft, leftOn).as(Departure::new))
        .inSetter((person, departure) -> departure.applyTo(person))
        .build(Contributor.Builder::build);
  }

  /** Whether and when a person left, generated together so that they agree. */
  private record Departure(boolean left, Optional<LocalDate> on) {

    void applyTo(Contributor.Builder person) {
      if (left) {
        person.status(ContributorStatus.LEFT).leftOn(on);
      }
    }
  }

  /** Kind, name, collar number and id of a person, generated together so that they agree. */
  private record Identity(ContributorKind kind, String firstName, String surname, int number) {

    void applyTo(Contributor.Builder person) {
      switch (kind) {
        case OFFICER:
          person.id("c-" + number).name("PC " + firstName + " " + surname).collarNumber(String.valueOf(number));
          break;
        case SPECIAL_CONSTABLE:
          person.id("sc-" + number).name("SC " + firstName + " " + surname).collarNumber(String.valueOf(number));
          break;
        case STAFF:
          person.id("s-" + number).name(firstName + " " + surname);
          break;
        case VOLUNTEER:
          person.id("v-" + number).name(firstName + " " + surname);
          break;
        default:
          throw new IllegalArgumentException("unknown contributor kind " + kind);
      }
      person.kind(kind);
    }
  }

  // ---------------------------------------------------------------- things that refer to accounts and people

  private static Arbitrary<String> sampleAccountIds() {
    return Arbitraries.of("x-NYorksPolice", "x-NYP_York", "x-NYP_Jobs", "x-NYPRoadCrime", "fb-NorthYorkshirePolice");
  }

  private static Arbitrary<String> sampleContributorIds() {
    return Arbitraries.of("c-1402", "c-2210", "sc-5012", "s-31877", "v-77");
  }

  /**
   * Returns access grants between sample contributor and account ids (not tied to any estate).
   *
   * <pre>{@code
   * @Provide Arbitrary<AccessGrant> grants() { return EstateArbitraries.grants(); }
   * }</pre>
   *
   * @return the arbitrary
   */
  public static Arbitrary<AccessGrant> grants() {
    return grants(sampleContributorIds(), sampleAccountIds());
  }

  static Arbitrary<AccessGrant> grants(Arbitrary<String> contributors, Arbitrary<String> accounts) {
    return Combinators.combine(contributors, accounts, Arbitraries.of(AccessRole.class)).as(AccessGrant::of);
  }

  /**
   * Returns one-off shifts of sample contributors on sample accounts, from {@link #timeWindows()}.
   *
   * <pre>{@code
   * @Provide Arbitrary<RotaAssignment> shifts() { return EstateArbitraries.shifts(); }
   * }</pre>
   *
   * @return the arbitrary
   */
  public static Arbitrary<RotaAssignment> shifts() {
    return shifts(sampleContributorIds(), sampleAccountIds());
  }

  static Arbitrary<RotaAssignment> shifts(Arbitrary<String> contributors, Arbitrary<String> accounts) {
    return Combinators.combine(contributors, accounts, timeWindows()).as(RotaAssignment::shift);
  }

  /**
   * Returns weekly rota patterns of sample contributors on sample accounts, starting on a date from
   * {@link #dates()} and, usually, ending one to twelve weeks later.
   *
   * <pre>{@code
   * @Provide Arbitrary<RotaAssignment> patterns() { return EstateArbitraries.weeklyPatterns(); }
   * }</pre>
   *
   * @return the arbitrary
   */
  public static Arbitrary<RotaAssignment> weeklyPatterns() {
    return weeklyPatterns(sampleContributorIds(), sampleAccountIds());
  }

  static Arbitrary<RotaAssignment> weeklyPatterns(Arbitrary<String> contributors, Arbitrary<String> accounts) {
    return Combinators.combine(
            contributors,
            accounts,
            weeklyWindows(),
            dates(),
            Arbitraries.integers().between(1, 84).shrinkTowards(28).optional(0.8))
        .as(
            (contributor, account, window, from, days) ->
                RotaAssignment.builder()
                    .contributor(contributor)
                    .account(account)
                    .weeklyWindow(window)
                    .validFrom(from)
                    .validUntil(days.map(from::plusDays))
                    .build());
  }

  /**
   * Returns rota slots: shifts and weekly patterns, two to one.
   *
   * <pre>{@code
   * @Provide Arbitrary<RotaAssignment> slots() { return EstateArbitraries.rotaAssignments(); }
   * }</pre>
   *
   * @return the arbitrary
   */
  public static Arbitrary<RotaAssignment> rotaAssignments() {
    return rotaAssignments(sampleContributorIds(), sampleAccountIds());
  }

  static Arbitrary<RotaAssignment> rotaAssignments(Arbitrary<String> contributors, Arbitrary<String> accounts) {
    return Arbitraries.frequencyOf(
        List.of(
            Tuple.of(2, shifts(contributors, accounts)), Tuple.of(1, weeklyPatterns(contributors, accounts))));
  }

  /**
   * Returns absences of sample contributors, from an hour to three weeks long.
   *
   * <pre>{@code
   * @Provide Arbitrary<Absence> absences() { return EstateArbitraries.absences(); }
   * }</pre>
   *
   * @return the arbitrary
   */
  public static Arbitrary<Absence> absences() {
    return absences(sampleContributorIds());
  }

  static Arbitrary<Absence> absences(Arbitrary<String> contributors) {
    Arbitrary<TimeWindow> windows =
        Combinators.combine(instants(), Arbitraries.longs().between(1, 21L * 24).shrinkTowards(1))
            .as((start, hours) -> TimeWindow.ofEpochSeconds(
                start.getEpochSecond(), start.getEpochSecond() + hours * SECONDS_PER_HOUR));
    return Combinators.combine(contributors, windows, Arbitraries.of(AbsenceReason.class)).as(Absence::of);
  }

  /**
   * Returns closure plans of sample accounts, with zero to two successors, a final message and its date, the
   * closure date and an archive date, each optional where the model allows.
   *
   * <pre>{@code
   * @Provide Arbitrary<ClosurePlan> plans() { return EstateArbitraries.closurePlans(); }
   * }</pre>
   *
   * @return the arbitrary
   */
  public static Arbitrary<ClosurePlan> closurePlans() {
    return closurePlans(sampleAccountIds());
  }

  static Arbitrary<ClosurePlan> closurePlans(Arbitrary<String> accounts) {
    return Builders.withBuilder(ClosurePlan::builder)
        .use(accounts).inSetter(ClosurePlan.Builder::account)
        .use(accounts.list().ofMaxSize(2)).inSetter(ClosurePlan.Builder::addAllSuccessors)
        .use(Arbitraries.of(
                "This account will close over the next few days. Please follow @NYorksPolice.",
                "We're moving! Follow our new district account for local news.")
            .optional())
        .inSetter(ClosurePlan.Builder::finalMessage)
        .use(dates().optional()).inSetter(ClosurePlan.Builder::finalMessageOn)
        .use(dates()).inSetter(ClosurePlan.Builder::closureDate)
        .use(dates().optional(0.3)).inSetter(ClosurePlan.Builder::archivedOn)
        .build(ClosurePlan.Builder::build);
  }

  /**
   * Returns posts on sample accounts by sample authors, signed or not.
   *
   * <pre>{@code
   * @Provide Arbitrary<SampledPost> posts() { return EstateArbitraries.posts(); }
   * }</pre>
   *
   * @return the arbitrary
   */
  public static Arbitrary<SampledPost> posts() {
    return posts(sampleContributorIds(), sampleAccountIds());
  }

  static Arbitrary<SampledPost> posts(Arbitrary<String> authors, Arbitrary<String> accounts) {
    return Builders.withBuilder(SampledPost::builder)
        .use(accounts).inSetter(SampledPost.Builder::account)
        .use(authors).inSetter(SampledPost.Builder::author)
        .use(instants()).inSetter(SampledPost.Builder::postedAt)
        .use(Arbitraries.of(
                "Out on patrol in Acomb this morning.",
                "Road closed on the A64 after a collision; please avoid the area.",
                "We're recruiting PCSOs - apply now."))
        .inSetter(SampledPost.Builder::text)
        .use(Arbitraries.of("PC 1402", "Sgt Sam Example", "NYP Comms").optional()).inSetter(SampledPost.Builder::signature)
        .build(SampledPost.Builder::build);
  }

  // ---------------------------------------------------------------- estates

  /**
   * Returns valid estates of the {@linkplain EstateSize#small() small} size: every reference resolves, ids and
   * literal handles are unique. Failures shrink towards the empty estate of a force without districts.
   *
   * <pre>{@code
   * @Property
   * void lookupsFindEveryAccount(@ForAll("estates") Estate estate) {
   *   estate.accounts().forEach(a -> assertThat(estate.account(a.id())).contains(a));
   * }
   * @Provide Arbitrary<Estate> estates() { return EstateArbitraries.validEstates(); }
   * }</pre>
   *
   * @return the arbitrary
   */
  public static Arbitrary<Estate> validEstates() {
    return validEstates(EstateSize.small());
  }

  /**
   * Returns valid estates of at most the given size.
   *
   * <pre>{@code
   * @Provide Arbitrary<Estate> big() { return EstateArbitraries.validEstates(EstateSize.large()); }
   * }</pre>
   *
   * @param size the bounds
   * @return the arbitrary
   * @throws NullPointerException if {@code size} is null
   */
  public static Arbitrary<Estate> validEstates(EstateSize size) {
    return validEstateParts(size).map(EstateParts::build);
  }

  /**
   * Returns the builder input of valid estates of the small size, in generation order (not canonical order).
   *
   * <pre>{@code
   * @Provide Arbitrary<EstateParts> parts() { return EstateArbitraries.validEstateParts(); }
   * }</pre>
   *
   * @return the arbitrary
   */
  public static Arbitrary<EstateParts> validEstateParts() {
    return validEstateParts(EstateSize.small());
  }

  /**
   * Returns the builder input of valid estates of at most the given size.
   *
   * <pre>{@code
   * @Provide Arbitrary<EstateParts> parts() { return EstateArbitraries.validEstateParts(EstateSize.of(3, 3, 10)); }
   * }</pre>
   *
   * @param size the bounds
   * @return the arbitrary
   * @throws NullPointerException if {@code size} is null
   */
  public static Arbitrary<EstateParts> validEstateParts(EstateSize size) {
    return EstateAssembly.parts(requireNonNull(size, "size"), 0, 0);
  }

  /**
   * Returns small estates with exactly one planted defect of any kind, and where it must be reported.
   *
   * <pre>{@code
   * @Property
   * void refused(@ForAll("defective") DefectiveEstate d) {
   *   assertThatThrownBy(() -> d.builder().build()).isInstanceOf(InvalidEstateException.class);
   * }
   * @Provide Arbitrary<DefectiveEstate> defective() { return EstateArbitraries.estatesWithOneDefect(); }
   * }</pre>
   *
   * @return the arbitrary
   */
  public static Arbitrary<DefectiveEstate> estatesWithOneDefect() {
    return estatesWithOneDefect(EnumSet.allOf(EstateDefect.class));
  }

  /**
   * Returns small estates with exactly one planted defect of the given kind.
   *
   * <pre>{@code
   * @Provide Arbitrary<DefectiveEstate> duplicates() {
   *   return EstateArbitraries.estatesWithOneDefect(EstateDefect.DUPLICATE_ACCOUNT_ID);
   * }
   * }</pre>
   *
   * @param kind the defect to plant
   * @return the arbitrary
   * @throws NullPointerException if {@code kind} is null
   */
  public static Arbitrary<DefectiveEstate> estatesWithOneDefect(EstateDefect kind) {
    return estatesWithOneDefect(EnumSet.of(requireNonNull(kind, "kind")));
  }

  private static Arbitrary<DefectiveEstate> estatesWithOneDefect(Set<EstateDefect> kinds) {
    return Combinators.combine(
            EstateAssembly.parts(EstateSize.small(), 1, 1), Arbitraries.of(kinds), DefectPlanter.picks())
        .as((parts, kind, picks) -> DefectPlanter.plant(parts, List.of(kind), picks));
  }

  /**
   * Returns small estates with two to four defects planted in different lists (an unknown district, an unknown
   * rota contributor, an unknown grant account, an unknown successor), each to be reported at its own path.
   *
   * <pre>{@code
   * @Property
   * void everyProblemListed(@ForAll("several") DefectiveEstate d) {
   *   assertThatThrownBy(() -> d.builder().build())
   *       .isInstanceOfSatisfying(InvalidEstateException.class, e ->
   *           assertThat(e.problems()).extracting(EstateProblem::path)
   *               .containsExactlyInAnyOrderElementsOf(d.expectedPaths()));
   * }
   * @Provide Arbitrary<DefectiveEstate> several() { return EstateArbitraries.estatesWithSeveralDefects(); }
   * }</pre>
   *
   * @return the arbitrary
   */
  public static Arbitrary<DefectiveEstate> estatesWithSeveralDefects() {
    Arbitrary<Set<EstateDefect>> kinds =
        Arbitraries.subsetOf(DefectPlanter.IN_DIFFERENT_LISTS).ofMinSize(2);
    return Combinators.combine(EstateAssembly.parts(EstateSize.small(), 1, 1), kinds, DefectPlanter.picks())
        .as((parts, chosen, picks) -> DefectPlanter.plant(parts, List.copyOf(EnumSet.copyOf(chosen)), picks));
  }
}
