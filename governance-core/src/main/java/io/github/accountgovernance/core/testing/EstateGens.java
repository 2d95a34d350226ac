package io.github.accountgovernance.core.testing;

import static io.github.accountgovernance.core.testing.GenSupport.build;
import static io.github.accountgovernance.core.testing.GenSupport.ints;
import static io.github.accountgovernance.core.testing.GenSupport.lists;
import static io.github.accountgovernance.core.testing.GenSupport.longs;
import static io.github.accountgovernance.core.testing.GenSupport.oneOf;
import static io.github.accountgovernance.core.testing.GenSupport.optional;
import static io.github.accountgovernance.core.testing.GenSupport.pick;
import static io.github.accountgovernance.core.testing.GenSupport.set;
import static io.github.accountgovernance.core.testing.GenSupport.subsets;
import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.model.Absence;
import io.github.accountgovernance.core.model.AbsenceReason;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for every type of the estate model, and for whole estates: valid ones, whose every
 * reference resolves, and near-valid ones with known structural defects, with the path where each defect must be
 * reported. Every generator is built with {@code map}, {@code zip} and {@code flatMap} from {@link Generate} ranges
 * that draw on QuickTheories' randomness source, and nothing draws from a {@code Random} of its own; so a failing
 * property shrinks, through the numbers it drew, to a small estate: no accounts, contributors or slots that are not
 * needed to fail, and times close to the start of the window. An estate draws the length of every list before any
 * contents, and an estate with a defect draws the defect first, so that shrinking one part never shifts the draws
 * that decide another.
 *
 * <p>Data follows the seeds: North Yorkshire Police and its eight districts, handles such as
 * {@code @NYP_York} mixed with random ones, fictional people. Times are whole seconds from
 * {@link #WINDOW_START} (1 March 2021) to {@link #WINDOW_END} (1 May 2021), with extra weight around the clock
 * change at {@link #DST_START} (01:00 UTC on 28 March 2021, a 23-hour day in London).
 *
 * <pre>{@code
 * @Test
 * void everyRotaSlotHasItsAccount() {
 *   Theories.qt()
 *       .withExamples(1000)
 *       .forAll(EstateGens.validEstates())
 *       .checkAssert(estate -> assertThat(estate.rota())
 *           .allSatisfy(slot -> assertThat(estate.account(slot.account())).isPresent()));
 * }
 * }</pre>
 *
 * <p>The generators are stateless and thread-safe; each call returns a new one.
 */
// QuickTheories is an optional dependency (requires static); users of this package bring it themselves.
@SuppressWarnings("exports")
public final class EstateGens {

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

  /** Letters and digits in code-point order, so strings shrink towards "0", the lowest. */
  private static final String ALPHANUMERIC =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private EstateGens() {}

  // ---------------------------------------------------------------- time

  /**
   * Returns whole-second instants in [{@link #WINDOW_START}, {@link #WINDOW_END}), a quarter of them within
   * twelve hours of {@link #DST_START}; they shrink towards the start of the window (or towards the change).
   *
   * <pre>{@code
   * Theories.qt().forAll(EstateGens.instants()).checkAssert(t -> assertThat(t.getNano()).isZero());
   * }</pre>
   *
   * @return the generator
   */
  public static Gen<Instant> instants() {
    long start = WINDOW_START.getEpochSecond();
    long dst = DST_START.getEpochSecond();
    Gen<Long> anywhere = longs(start, WINDOW_END.getEpochSecond() - 1, start);
    Gen<Long> nearChange = longs(dst - 12L * SECONDS_PER_HOUR, dst + 12L * SECONDS_PER_HOUR, dst);
    return Generate.frequency(Pair.of(3, anywhere), Pair.of(1, nearChange)).map(second -> Instant.ofEpochSecond(second));
  }

  /**
   * Returns dates from February to June 2021, shrinking towards 1 March 2021.
   *
   * <pre>{@code
   * Gen<LocalDate> dates = EstateGens.dates();
   * }</pre>
   *
   * @return the generator
   */
  public static Gen<LocalDate> dates() {
    return ints(-28, 121, 0).map(EPOCH_DAY::plusDays);
  }

  /**
   * Returns half-open windows that start at {@link #instants()} and last from one second to three days, most of
   * them the length of a shift (8, 10 or 12 hours).
   *
   * <pre>{@code
   * Theories.qt().forAll(EstateGens.timeWindows()).checkAssert(w -> assertThat(w.end()).isAfter(w.start()));
   * }</pre>
   *
   * @return the generator
   */
  public static Gen<TimeWindow> timeWindows() {
    Gen<Long> shiftLengths = pick(8L, 10L, 12L).map(h -> h * SECONDS_PER_HOUR);
    Gen<Long> anyLengths = longs(1, 72L * SECONDS_PER_HOUR, 1);
    Gen<Long> lengths = Generate.frequency(Pair.of(2, shiftLengths), Pair.of(1, anyLengths));
    return instants()
        .zip(lengths, (start, length) ->
            TimeWindow.ofEpochSeconds(start.getEpochSecond(), start.getEpochSecond() + length));
  }

  /**
   * Returns weekly windows on any day, in whole minutes; about half end the next day (such as
   * {@code Sat 22:00-08:00}), and some last a full day ({@code to} equal to {@code from}). Times shrink towards
   * 08:00.
   *
   * <pre>{@code
   * Gen<WeeklyWindow> weekly = EstateGens.weeklyWindows();
   * }</pre>
   *
   * @return the generator
   */
  public static Gen<WeeklyWindow> weeklyWindows() {
    Gen<Integer> minutes = ints(0, 24 * 60 - 1, 8 * 60);
    return Generate.enumValues(DayOfWeek.class)
        .zip(minutes, minutes, (day, from, to) -> WeeklyWindow.of(day, minuteOfDay(from), minuteOfDay(to)));
  }

  private static LocalTime minuteOfDay(int minute) {
    return LocalTime.ofSecondOfDay(minute * 60L);
  }

  /**
   * Returns declared monitored hours: 24/7, not declared, or one to seven weekly windows (three in five).
   *
   * <pre>{@code
   * Gen<MonitoredHours> hours = EstateGens.monitoredHours();
   * }</pre>
   *
   * @return the generator
   */
  public static Gen<MonitoredHours> monitoredHours() {
    Gen<MonitoredHours> weekly = lists(weeklyWindows(), 1, 7).map(MonitoredHours::weekly);
    return Generate.frequency(
        Pair.of(1, Generate.constant(MonitoredHours.notDeclared())),
        Pair.of(1, Generate.constant(MonitoredHours.always())),
        Pair.of(3, weekly));
  }

  // ---------------------------------------------------------------- force and handles

  /**
   * Returns North Yorkshire's districts, one at a time.
   *
   * <pre>{@code
   * Gen<District> districts = EstateGens.districts();
   * }</pre>
   *
   * @return the generator
   */
  public static Gen<District> districts() {
    return pick(NYP_DISTRICTS);
  }

  /**
   * Returns the force with any subset of its eight districts (shrinking towards none), in the Europe/London zone,
   * with or without the NYP handle conventions ({@code NYorksPolice}, {@code NYP_{district}},
   * {@code NYP_{function}}).
   *
   * <pre>{@code
   * Theories.qt().forAll(EstateGens.forces()).checkAssert(f -> assertThat(f.districts()).isSorted());
   * }</pre>
   *
   * @return the generator
   */
  public static Gen<Force> forces() {
    // One yes-or-no per district, shrinking towards no: a fixed number of draws, so dropping a district does not
    // shift the draws of everything generated after the force.
    Gen<List<District>> districts = Generate.constant(List.<District>of());
    for (District district : NYP_DISTRICTS) {
      districts = districts.zip(Generate.booleans(), (chosen, take) -> take ? with(chosen, district) : chosen);
    }
    return districts
        .zip(Generate.booleans(), (chosenDistricts, conventions) -> {
          Force.Builder force = Force.builder().name(FORCE_NAME).districts(chosenDistricts);
          if (conventions) {
            force
                .putHandleConventions(AccountTier.FORCE_WIDE, "NYorksPolice")
                .putHandleConventions(AccountTier.DISTRICT, "NYP_" + Force.DISTRICT_PLACEHOLDER)
                .putHandleConventions(AccountTier.CORPORATE_FUNCTION, "NYP_" + Force.FUNCTION_PLACEHOLDER);
          }
          return force.build();
        });
  }

  private static <T> List<T> with(List<T> list, T element) {
    List<T> longer = new ArrayList<>(list);
    longer.add(element);
    return List.copyOf(longer);
  }

  /**
   * A platform declared as data, as an estate file's {@code platforms:} list declares one: Pixelfed-like handles of
   * 1 to 30 letters, digits or underscores, case-insensitive, mentioned with {@code @}. {@link #handles()} draws
   * handles on it, so estates generated here declare it, and properties over them cover declared platforms.
   */
  public static final Platform DECLARED_PLATFORM =
      Platform.declared("pixelfed")
          .displayName("Pixelfed")
          .handlePattern("[A-Za-z0-9_]{1,30}")
          .syntaxDescription("1 to 30 letters, digits or underscores")
          .build();

  /**
   * Returns platforms declared as data, varying every part of a declaration: the name, a pattern (each accepts
   * at least 1 to 15 letters, digits and underscores, so {@link #validHandleTexts} can draw on it), case
   * sensitivity, ignored characters and the mention prefix. Shrinks towards {@link #DECLARED_PLATFORM}'s shape.
   *
   * <pre>{@code
   * Theories.qt().forAll(EstateGens.declaredPlatforms()).check(p -> !p.isBuiltIn());
   * }</pre>
   *
   * @return the generator
   */
  public static Gen<Platform> declaredPlatforms() {
    Gen<String> names = pick("pixelfed", "vk", "weibo-intl", "p2");
    Gen<String> patterns = pick("[A-Za-z0-9_]{1,30}", "[A-Za-z0-9_.]{1,20}", "[A-Za-z0-9_-]+", "(?i)[a-z0-9_]{1,15}");
    Gen<String> ignored = pick("", ".", "_-");
    Gen<String> prefixes = pick("@", "", "!");
    Gen<Boolean> caseSensitive = Generate.booleans();
    Gen<Optional<String>> displayNames = optional(pick("Pixelfed", "VK", "A platform"));
    return names.zip(patterns, ignored, prefixes, (name, pattern, ignoring, prefix) ->
            Platform.declared(name).handlePattern(pattern).ignoredCharacters(ignoring).mentionPrefix(prefix))
        .zip(caseSensitive, displayNames, (builder, sensitive, display) -> {
          builder.caseSensitive(sensitive);
          display.ifPresent(builder::displayName);
          return builder.build();
        });
  }

  /**
   * Returns handle texts (without {@code @}) that the platform accepts: seed handles where they fit the platform
   * (one in four), and random ones, per platform: X 1 to 15 of {@code [A-Za-z0-9_]}; Instagram and Threads up to
   * three dot-separated runs of {@code [A-Za-z0-9_]}, at most 29 characters; Facebook 5 to 20 of
   * {@code [A-Za-z0-9.]}; TikTok 2 to 24 of {@code [A-Za-z0-9_.]} not ending with a dot; YouTube 3 to 30 of
   * {@code [A-Za-z0-9_.-]}; Bluesky one or two labels under {@code bsky.social} or another domain; LinkedIn and
   * Nextdoor slugs of letters, digits and hyphens. On a declared platform: 1 to 15 letters, digits or underscores
   * that the platform accepts (it must accept some).
   *
   * <pre>{@code
   * Theories.qt()
   *     .forAll(EstateGens.validHandleTexts(Platform.X))
   *     .check(Platform.X::accepts);
   * }</pre>
   *
   * @param platform the platform
   * @return the generator
   * @throws NullPointerException if {@code platform} is null
   */
  public static Gen<String> validHandleTexts(Platform platform) {
    requireNonNull(platform, "platform");
    Gen<String> random;
    if (platform == Platform.X) {
      random = word(1, 15);
    } else if (platform == Platform.INSTAGRAM || platform == Platform.THREADS) {
      random = lists(word(1, 9), 1, 3).map(runs -> String.join(".", runs));
    } else if (platform == Platform.FACEBOOK) {
      random = text(ALPHANUMERIC + ".", 5, 20);
    } else if (platform == Platform.TIKTOK) {
      random = text(ALPHANUMERIC + "_.", 1, 23).zip(pick(chars(ALPHANUMERIC + "_")), (head, last) -> head + last);
    } else if (platform == Platform.YOUTUBE) {
      random = text(ALPHANUMERIC + "_.-", 3, 30);
    } else if (platform == Platform.BLUESKY) {
      // Short enough that an account id made from the handle stays within 64 characters.
      Gen<String> label = text(ALPHANUMERIC, 1, 8);
      random = lists(label, 1, 2)
          .zip(pick("bsky.social", "police.uk", "northyorkshire.police.uk", "org"),
              (labels, domain) -> String.join(".", labels) + "." + domain);
    } else if (platform == Platform.LINKEDIN) {
      random = text(ALPHANUMERIC + "-", 2, 40);
    } else if (platform == Platform.NEXTDOOR) {
      Gen<Character> end = pick(chars(ALPHANUMERIC));
      random = end.zip(text(ALPHANUMERIC + "-", 0, 38), end, (first, middle, last) -> first + middle + last);
    } else if (!platform.isBuiltIn()) {
      random = word(1, 15).assuming(platform::accepts);
    } else {
      throw new IllegalArgumentException("no handle syntax known for " + platform);
    }
    List<String> seeds = SEED_HANDLES.stream().filter(platform::accepts).toList();
    return seeds.isEmpty() ? random : Generate.frequency(Pair.of(1, pick(seeds)), Pair.of(3, random));
  }

  /**
   * Returns handle texts that {@link Handle#of} takes (not blank, no white space, no leading {@code @}) but the
   * platform does not accept: too long or too short, a character the platform forbids, or a dot, hyphen or
   * label where the platform does not allow one (Instagram's leading, trailing or doubled dot; TikTok's final
   * dot; a Bluesky handle of one label). On a declared platform: a run with a character it does not accept.
   *
   * <pre>{@code
   * Theories.qt()
   *     .forAll(EstateGens.invalidHandleTexts(Platform.INSTAGRAM))
   *     .check(text -> !Platform.INSTAGRAM.accepts(text));
   * }</pre>
   *
   * @param platform the platform
   * @return the generator
   * @throws NullPointerException if {@code platform} is null
   */
  public static Gen<String> invalidHandleTexts(Platform platform) {
    requireNonNull(platform, "platform");
    Gen<String> run = word(0, 7);
    Gen<String> nonEmptyRun = word(1, 7);
    if (platform == Platform.X) {
      return oneOf(word(16, 30), withBadChar(run, HANDLE_CHARS_BAD_EVERYWHERE + "."));
    } else if (platform == Platform.INSTAGRAM || platform == Platform.THREADS) {
      return oneOf(
          word(31, 40),
          nonEmptyRun.map(text -> "." + text),
          nonEmptyRun.map(text -> text + "."),
          run.zip(run, (left, right) -> left + ".." + right),
          withBadChar(run, HANDLE_CHARS_BAD_EVERYWHERE));
    } else if (platform == Platform.FACEBOOK) {
      Gen<String> fbRun = text(ALPHANUMERIC, 0, 7);
      return oneOf(text(ALPHANUMERIC + ".", 1, 4), withBadChar(fbRun, HANDLE_CHARS_BAD_EVERYWHERE + "_"));
    } else if (platform == Platform.TIKTOK) {
      return oneOf(word(25, 30), word(1, 1), nonEmptyRun.map(text -> text + "."),
          withBadChar(run, HANDLE_CHARS_BAD_EVERYWHERE));
    } else if (platform == Platform.YOUTUBE) {
      return oneOf(word(31, 40), word(1, 2), withBadChar(run, "!#é"));
    } else if (platform == Platform.BLUESKY) {
      Gen<String> label = text(ALPHANUMERIC, 1, 7);
      return oneOf(
          label,
          label.map(text -> "." + text + ".bsky.social"),
          label.map(text -> text + "..bsky.social"),
          label.map(text -> "-" + text + ".bsky.social"),
          label.map(text -> text + ".1social"),
          withBadChar(run, "_!#é").map(text -> text + ".bsky.social"));
    } else if (platform == Platform.LINKEDIN) {
      return oneOf(text(ALPHANUMERIC, 1, 1), withBadChar(run, "_.!#é"));
    } else if (platform == Platform.NEXTDOOR) {
      return oneOf(text(ALPHANUMERIC, 1, 1), nonEmptyRun.map(text -> "-" + text), nonEmptyRun.map(text -> text + "-"),
          withBadChar(run, "_.!#é"));
    } else if (!platform.isBuiltIn()) {
      return withBadChar(run, "!#é").assuming(text -> !platform.accepts(text));
    }
    throw new IllegalArgumentException("no handle syntax known for " + platform);
  }

  private static Gen<String> withBadChar(Gen<String> run, String badChars) {
    return run.zip(pick(chars(badChars)), run, (left, bad, right) -> left + bad + right);
  }

  private static Gen<String> word(int minLength, int maxLength) {
    return text(ALPHANUMERIC + "_", minLength, maxLength);
  }

  /** Strings of the characters given, shrinking towards shorter ones of the first character. */
  private static Gen<String> text(String alphabet, int minLength, int maxLength) {
    return lists(pick(chars(alphabet)), minLength, maxLength)
        .map(characters -> characters.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  private static List<Character> chars(String text) {
    return text.chars().mapToObj(c -> (char) c).toList();
  }

  /**
   * Returns handles on any platform that the platform accepts: the built-in ones (X, Instagram and Facebook
   * more often) and {@link #DECLARED_PLATFORM}.
   *
   * <pre>{@code
   * Theories.qt().forAll(EstateGens.handles()).check(Handle::isValidOnPlatform);
   * }</pre>
   *
   * @return the generator
   */
  public static Gen<Handle> handles() {
    List<Pair<Integer, Gen<Handle>>> weighted = new ArrayList<>();
    for (Platform platform : Platform.builtIns()) {
      int weight = platform == Platform.X ? 6 : platform == Platform.INSTAGRAM || platform == Platform.FACEBOOK ? 3 : 1;
      weighted.add(Pair.of(weight, handles(platform)));
    }
    weighted.add(Pair.of(1, handles(DECLARED_PLATFORM)));
    return Generate.frequency(weighted);
  }

  /**
   * Returns handles on one platform that the platform accepts.
   *
   * <pre>{@code
   * Gen<Handle> facebook = EstateGens.handles(Platform.FACEBOOK);
   * }</pre>
   *
   * @param platform the platform
   * @return the generator
   * @throws NullPointerException if {@code platform} is null
   */
  public static Gen<Handle> handles(Platform platform) {
    return validHandleTexts(platform).map(text -> Handle.of(platform, text));
  }

  /**
   * Returns handles on one platform that {@link Handle#of} takes but the platform does not accept (NAM-1), for
   * properties of naming rules.
   *
   * <pre>{@code
   * Gen<Handle> badX = EstateGens.invalidHandles(Platform.X);
   * }</pre>
   *
   * @param platform the platform
   * @return the generator
   * @throws NullPointerException if {@code platform} is null
   */
  public static Gen<Handle> invalidHandles(Platform platform) {
    return invalidHandleTexts(platform).map(text -> Handle.of(platform, text));
  }

  /**
   * Returns handles observed elsewhere on the platforms, with or without a date and a note.
   *
   * <pre>{@code
   * Gen<ObservedHandle> seen = EstateGens.observedHandles();
   * }</pre>
   *
   * @return the generator
   */
  public static Gen<ObservedHandle> observedHandles() {
    return build(
        ObservedHandle::builder,
        ObservedHandle.Builder::build,
        set(handles(), ObservedHandle.Builder::handle),
        set(optional(dates()), ObservedHandle.Builder::observedOn),
        set(optional(pick("parody account", "impersonation reported", "former officer")),
            ObservedHandle.Builder::note));
  }

  // ---------------------------------------------------------------- accounts and people

  /**
   * Returns accounts of every tier and status, with handles the platform accepts and an id derived from the
   * handle ({@code x-NYP_York}, {@code ig-…}, {@code fb-…}, {@code tiktok-…}), so accounts with different literal handles have
   * different ids. District codes are North Yorkshire's; dates are consistent with the status (closed accounts
   * have a closing date no earlier than their opening date, deleted ones also a deletion date).
   *
   * <pre>{@code
   * Theories.qt().forAll(EstateGens.accounts()).check(a -> a.followers() >= 0);
   * }</pre>
   *
   * @return the generator
   */
  public static Gen<Account> accounts() {
    Gen<Long> followers =
        Generate.frequency(Pair.of(1, pick(0L, 11_400L, 150_000L)), Pair.of(3, longs(0, 2_000_000, 0)));
    Gen<Lifecycle> lifecycles =
        Generate.enumValues(AccountStatus.class)
            .zip(optional(ints(-4_000, 0, 0)), ints(0, 60, 0), ints(0, 400, 0), Lifecycle::of);
    return build(
        Account::builder,
        Account.Builder::build,
        set(handles(), (Account.Builder account, Handle handle) -> account.handle(handle).id(accountIdFor(handle))),
        set(
            pick(
                "North Yorkshire Police",
                "North Yorkshire Police - York",
                "NYP Harrogate",
                "NYP Road Crime Team",
                "North Yorkshire Police Jobs",
                "York South NPT"),
            Account.Builder::displayName),
        set(Generate.enumValues(AccountTier.class), Account.Builder::tier),
        set(lifecycles, (Account.Builder account, Lifecycle lifecycle) -> lifecycle.applyTo(account)),
        set(optional(pick(DISTRICT_CODES), 70), Account.Builder::district),
        set(optional(pick("Jobs", "Roads", "Rural", "Wildlife"), 20), Account.Builder::function),
        set(
            optional(pick("Digital Communications", "York local policing team", "Operational Support Unit"), 80),
            Account.Builder::owningTeam),
        set(followers, Account.Builder::followers),
        set(monitoredHours(), Account.Builder::monitoredHours),
        set(
            optional(
                pick(
                    "Not monitored 24/7: do not report crime here. Call 101, or 999 in an emergency.",
                    "Monitored Mon-Fri 8am-6pm. Report crime online or call 101.")),
            Account.Builder::outOfHoursText),
        set(pick("", "Official account of North Yorkshire Police.", "Not monitored 24/7."), Account.Builder::bio),
        set(
            optional(pick("Road safety campaigns reach drivers the force account does not."), 20),
            Account.Builder::justification));
  }

  /**
   * Returns the id {@link #accounts()} gives an account with this handle: a platform prefix ({@code x},
   * {@code ig}, {@code fb}, or else the platform's file name) and the literal handle text.
   *
   * @param handle a handle whose text the platform accepts
   * @return the id, such as {@code x-NYP_York}
   */
  static String accountIdFor(Handle handle) {
    Platform platform = handle.platform();
    String prefix = platform == Platform.X ? "x"
        : platform == Platform.INSTAGRAM ? "ig"
        : platform == Platform.FACEBOOK ? "fb"
        : platform.fileName();
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
   * ({@code s-…}, {@code v-…}). One in five has left, with or without a leaving date.
   *
   * <pre>{@code
   * Gen<Contributor> people = EstateGens.contributors();
   * }</pre>
   *
   * @return the generator
   */
  public static Gen<Contributor> contributors() {
    Gen<Identity> identities =
        Generate.enumValues(ContributorKind.class)
            .zip(
                pick("Alex", "Sam", "Jo", "Chris", "Robin", "Jamie", "Kim", "Lee", "Pat", "Charlie"),
                pick("Example", "Ashby", "Brennan", "Cole", "Dale", "Ellis", "Foster", "Hartley"),
                ints(1000, 9999, 1402),
                Identity::new);
    // Shrinks towards "still serving"; one in five has left, with or without a recorded date.
    Gen<Boolean> hasLeft = ints(0, 4, 0).map(draw -> draw == 4);
    return build(
        Contributor::builder,
        Contributor.Builder::build,
        set(identities, (Contributor.Builder person, Identity identity) -> identity.applyTo(person)),
        set(optional(pick(DISTRICT_CODES), 60), Contributor.Builder::district),
        set(
            optional(
                pick("Digital Communications", "York local policing team", "Operational Support Unit", "Recruitment")),
            Contributor.Builder::team),
        set(
            hasLeft.zip(optional(dates()), Departure::new),
            (Contributor.Builder person, Departure departure) -> departure.applyTo(person)));
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

  private static Gen<String> sampleAccountIds() {
    return pick("x-NYorksPolice", "x-NYP_York", "x-NYP_Jobs", "x-NYPRoadCrime", "fb-NorthYorkshirePolice");
  }

  private static Gen<String> sampleContributorIds() {
    return pick("c-1402", "c-2210", "sc-5012", "s-31877", "v-77");
  }

  /**
   * Returns access grants between sample contributor and account ids (not tied to any estate).
   *
   * <pre>{@code
   * Gen<AccessGrant> grants = EstateGens.grants();
   * }</pre>
   *
   * @return the generator
   */
  public static Gen<AccessGrant> grants() {
    return grants(sampleContributorIds(), sampleAccountIds());
  }

  static Gen<AccessGrant> grants(Gen<String> contributors, Gen<String> accounts) {
    return contributors.zip(accounts, Generate.enumValues(AccessRole.class), AccessGrant::of);
  }

  /**
   * Returns one-off shifts of sample contributors on sample accounts, from {@link #timeWindows()}.
   *
   * <pre>{@code
   * Gen<RotaAssignment> shifts = EstateGens.shifts();
   * }</pre>
   *
   * @return the generator
   */
  public static Gen<RotaAssignment> shifts() {
    return shifts(sampleContributorIds(), sampleAccountIds());
  }

  static Gen<RotaAssignment> shifts(Gen<String> contributors, Gen<String> accounts) {
    return contributors.zip(accounts, timeWindows(), RotaAssignment::shift);
  }

  /**
   * Returns weekly rota patterns of sample contributors on sample accounts, starting on a date from
   * {@link #dates()} and, four times in five, ending one to twelve weeks later.
   *
   * <pre>{@code
   * Gen<RotaAssignment> patterns = EstateGens.weeklyPatterns();
   * }</pre>
   *
   * @return the generator
   */
  public static Gen<RotaAssignment> weeklyPatterns() {
    return weeklyPatterns(sampleContributorIds(), sampleAccountIds());
  }

  static Gen<RotaAssignment> weeklyPatterns(Gen<String> contributors, Gen<String> accounts) {
    return contributors.zip(
        accounts,
        weeklyWindows(),
        dates(),
        optional(ints(1, 84, 28), 80),
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
   * Gen<RotaAssignment> slots = EstateGens.rotaAssignments();
   * }</pre>
   *
   * @return the generator
   */
  public static Gen<RotaAssignment> rotaAssignments() {
    return rotaAssignments(sampleContributorIds(), sampleAccountIds());
  }

  static Gen<RotaAssignment> rotaAssignments(Gen<String> contributors, Gen<String> accounts) {
    return Generate.frequency(
        Pair.of(2, shifts(contributors, accounts)), Pair.of(1, weeklyPatterns(contributors, accounts)));
  }

  /**
   * Returns absences of sample contributors, from an hour to three weeks long.
   *
   * <pre>{@code
   * Gen<Absence> absences = EstateGens.absences();
   * }</pre>
   *
   * @return the generator
   */
  public static Gen<Absence> absences() {
    return absences(sampleContributorIds());
  }

  static Gen<Absence> absences(Gen<String> contributors) {
    Gen<TimeWindow> windows =
        instants()
            .zip(longs(1, 21L * 24, 1), (start, hours) ->
                TimeWindow.ofEpochSeconds(start.getEpochSecond(), start.getEpochSecond() + hours * SECONDS_PER_HOUR));
    return contributors.zip(windows, Generate.enumValues(AbsenceReason.class), Absence::of);
  }

  /**
   * Returns closure plans of sample accounts, with zero to two successors, a final message and its date, the
   * closure date and an archive date, each optional where the model allows.
   *
   * <pre>{@code
   * Gen<ClosurePlan> plans = EstateGens.closurePlans();
   * }</pre>
   *
   * @return the generator
   */
  public static Gen<ClosurePlan> closurePlans() {
    return closurePlans(sampleAccountIds());
  }

  static Gen<ClosurePlan> closurePlans(Gen<String> accounts) {
    return build(
        ClosurePlan::builder,
        ClosurePlan.Builder::build,
        set(accounts, ClosurePlan.Builder::account),
        set(lists(accounts, 0, 2), ClosurePlan.Builder::addAllSuccessors),
        set(
            optional(
                pick(
                    "This account will close over the next few days. Please follow @NYorksPolice.",
                    "We're moving! Follow our new district account for local news.")),
            ClosurePlan.Builder::finalMessage),
        set(optional(dates()), ClosurePlan.Builder::finalMessageOn),
        set(dates(), ClosurePlan.Builder::closureDate),
        set(optional(dates(), 30), ClosurePlan.Builder::archivedOn));
  }

  /**
   * Returns posts on sample accounts by sample authors, signed or not.
   *
   * <pre>{@code
   * Gen<SampledPost> posts = EstateGens.posts();
   * }</pre>
   *
   * @return the generator
   */
  public static Gen<SampledPost> posts() {
    return posts(sampleContributorIds(), sampleAccountIds());
  }

  static Gen<SampledPost> posts(Gen<String> authors, Gen<String> accounts) {
    return build(
        SampledPost::builder,
        SampledPost.Builder::build,
        set(accounts, SampledPost.Builder::account),
        set(authors, SampledPost.Builder::author),
        set(instants(), SampledPost.Builder::postedAt),
        set(
            pick(
                "Out on patrol in Acomb this morning.",
                "Road closed on the A64 after a collision; please avoid the area.",
                "We're recruiting PCSOs - apply now."),
            SampledPost.Builder::text),
        set(optional(pick("PC 1402", "Sgt Sam Example", "NYP Comms")), SampledPost.Builder::signature));
  }

  // ---------------------------------------------------------------- estates

  /**
   * Returns valid estates of the {@linkplain EstateSize#small() small} size: every reference resolves, ids and
   * literal handles are unique. Failures shrink towards the empty estate of a force without districts.
   *
   * <pre>{@code
   * Theories.qt()
   *     .withExamples(1000)
   *     .forAll(EstateGens.validEstates())
   *     .checkAssert(estate ->
   *         estate.accounts().forEach(a -> assertThat(estate.account(a.id())).contains(a)));
   * }</pre>
   *
   * @return the generator
   */
  public static Gen<Estate> validEstates() {
    return validEstates(EstateSize.small());
  }

  /**
   * Returns valid estates of at most the given size.
   *
   * <pre>{@code
   * Gen<Estate> big = EstateGens.validEstates(EstateSize.large());
   * }</pre>
   *
   * @param size the bounds
   * @return the generator
   * @throws NullPointerException if {@code size} is null
   */
  public static Gen<Estate> validEstates(EstateSize size) {
    return validEstateParts(size).map(EstateParts::build);
  }

  /**
   * Returns the builder input of valid estates of the small size, in generation order (not canonical order).
   *
   * <pre>{@code
   * Gen<EstateParts> parts = EstateGens.validEstateParts();
   * }</pre>
   *
   * @return the generator
   */
  public static Gen<EstateParts> validEstateParts() {
    return validEstateParts(EstateSize.small());
  }

  /**
   * Returns the builder input of valid estates of at most the given size.
   *
   * <pre>{@code
   * Gen<EstateParts> parts = EstateGens.validEstateParts(EstateSize.of(3, 3, 10));
   * }</pre>
   *
   * @param size the bounds
   * @return the generator
   * @throws NullPointerException if {@code size} is null
   */
  public static Gen<EstateParts> validEstateParts(EstateSize size) {
    return EstateAssembly.parts(requireNonNull(size, "size"), 0, 0);
  }

  /**
   * Returns small estates with exactly one planted defect of any kind, and where it must be reported; the same as
   * {@link #estatesWithOneDefect()}.
   *
   * <pre>{@code
   * Theories.qt()
   *     .forAll(EstateGens.defectiveEstates())
   *     .checkAssert(d -> assertThatThrownBy(() -> d.builder().build())
   *         .isInstanceOf(InvalidEstateException.class));
   * }</pre>
   *
   * @return the generator
   */
  public static Gen<DefectiveEstate> defectiveEstates() {
    return estatesWithOneDefect();
  }

  /**
   * Returns small estates with exactly one planted defect of any kind, and where it must be reported.
   *
   * <pre>{@code
   * Gen<DefectiveEstate> defective = EstateGens.estatesWithOneDefect();
   * }</pre>
   *
   * @return the generator
   */
  public static Gen<DefectiveEstate> estatesWithOneDefect() {
    return estatesWithOneDefect(EnumSet.allOf(EstateDefect.class));
  }

  /**
   * Returns small estates with exactly one planted defect of the given kind.
   *
   * <pre>{@code
   * Gen<DefectiveEstate> duplicates = EstateGens.estatesWithOneDefect(EstateDefect.DUPLICATE_ACCOUNT_ID);
   * }</pre>
   *
   * @param kind the defect to plant
   * @return the generator
   * @throws NullPointerException if {@code kind} is null
   */
  public static Gen<DefectiveEstate> estatesWithOneDefect(EstateDefect kind) {
    return estatesWithOneDefect(EnumSet.of(requireNonNull(kind, "kind")));
  }

  private static Gen<DefectiveEstate> estatesWithOneDefect(Set<EstateDefect> kinds) {
    // The defect and where it goes are drawn before the estate, so shrinking the estate keeps the same defect.
    return pick(List.copyOf(kinds))
        .zip(DefectPlanter.picks(), EstateAssembly.parts(EstateSize.small(), 1, 1),
            (kind, picks, parts) -> DefectPlanter.plant(parts, List.of(kind), picks));
  }

  /**
   * Returns small estates with two to four defects planted in different lists (an unknown district, an unknown
   * rota contributor, an unknown grant account, an unknown successor), each to be reported at its own path.
   *
   * <pre>{@code
   * Theories.qt()
   *     .forAll(EstateGens.estatesWithSeveralDefects())
   *     .checkAssert(d -> assertThatThrownBy(() -> d.builder().build())
   *         .isInstanceOfSatisfying(InvalidEstateException.class, e ->
   *             assertThat(e.problems()).extracting(Problem::path)
   *                 .containsExactlyInAnyOrderElementsOf(d.expectedPaths())));
   * }</pre>
   *
   * @return the generator
   */
  public static Gen<DefectiveEstate> estatesWithSeveralDefects() {
    Gen<List<EstateDefect>> kinds =
        subsets(List.copyOf(DefectPlanter.IN_DIFFERENT_LISTS), 2, DefectPlanter.IN_DIFFERENT_LISTS.size());
    return kinds.zip(DefectPlanter.picks(), EstateAssembly.parts(EstateSize.small(), 1, 1),
        (chosen, picks, parts) -> DefectPlanter.plant(parts, List.copyOf(EnumSet.copyOf(chosen)), picks));
  }
}
