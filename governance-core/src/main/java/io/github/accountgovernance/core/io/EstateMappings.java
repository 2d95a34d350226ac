package io.github.accountgovernance.core.io;

import static io.github.accountgovernance.core.io.EstateCodecs.DAY_OR_INSTANT;
import static io.github.accountgovernance.core.io.EstateCodecs.HANDLE_CONVENTIONS;
import static io.github.accountgovernance.core.io.EstateCodecs.HANDLE_TEXT;
import static io.github.accountgovernance.core.io.EstateCodecs.MONITORED_HOURS;
import static io.github.accountgovernance.core.io.EstateCodecs.PLATFORM;
import static io.github.accountgovernance.core.io.EstateCodecs.WEEKLY_WINDOW;
import static io.github.accountgovernance.core.io.EstateCodecs.ZONE;
import static io.github.accountgovernance.core.io.EstateCodecs.choice;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.accountgovernance.core.files.Codec;
import io.github.accountgovernance.core.io.EstateCodecs.Moment;
import io.github.accountgovernance.core.files.Codecs;
import io.github.accountgovernance.core.files.FileKind;
import io.github.accountgovernance.core.files.LocatedNode;
import io.github.accountgovernance.core.files.ObjectFields;
import io.github.accountgovernance.core.files.ObjectMapping;
import io.github.accountgovernance.core.files.ObjectMapping.Presence;
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
import io.github.accountgovernance.core.model.EstateSection;
import io.github.accountgovernance.core.model.Force;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.model.ObservedHandle;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.model.SampledPost;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.core.time.WeeklyWindow;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The estate file, described once: every object's fields with their codecs, presence and defaults, used both by
 * the reader ({@link EstateDecoder}) and the writer ({@link EstateEncoder}), and the top-level sections with
 * their limits. Adding a field to the format is one line here (and one in {@code docs/estate-format.md}).
 */
final class EstateMappings {

  /** The zone of a force that names none. */
  static final ZoneId DEFAULT_ZONE = Force.builder().name("-").build().zone();

  // Texts (ids above all, repeated in every grant, rota entry and absence), dates and weekly windows are kept
  // once per file read: they were half of what a national estate held.
  // The dates, windows and instants are read once per text while the reading remembers it.
  private static final Codec<String> TEXT = canonical(Codecs.text());
  private static final Codec<LocalDate> DATE = Codecs.remembered(canonical(Codecs.date()));
  private static final Codec<WeeklyWindow> WEEKLY = Codecs.remembered(canonical(WEEKLY_WINDOW));
  private static final Codec<Instant> INSTANT = Codecs.remembered(Codecs.instant());
  private static final Codec<Moment> MOMENT = Codecs.remembered(DAY_OR_INSTANT);

  static final ObjectMapping<District, District.Builder> DISTRICT =
      ObjectMapping.<District, District.Builder>builder("a district", District::builder)
          .required("code", TEXT, (b, v) -> b.code(v), District::code)
          .required("name", TEXT, (b, v) -> b.name(v), District::name)
          .optional("handleToken", TEXT, (b, v) -> b.handleToken(v),
              d -> d.handleToken().equals(District.of(d.code(), d.name()).handleToken())
                  ? Optional.empty()
                  : Optional.of(d.handleToken()))
          .build(District.Builder::build);

  static final ObjectMapping<Force, Force.Builder> FORCE =
      ObjectMapping.<Force, Force.Builder>builder("the force", Force::builder)
          .required("name", TEXT, (b, v) -> b.name(v), Force::name)
          .defaulted("zone", ZONE, DEFAULT_ZONE, (b, v) -> b.zone(v), Force::zone)
          .defaulted("districts",
              Codecs.listOfUnique(DISTRICT, "districts", "code",
                  code -> "district code \"" + code + "\" is used twice; codes are unique"),
              List.of(), (b, v) -> b.districts(v), Force::districts)
          .defaulted("handleConventions", HANDLE_CONVENTIONS, Map.of(), (b, v) -> b.putAllHandleConventions(v),
              Force::handleConventions)
          .build(Force.Builder::build);

  /** An account is read into its builder, with its platform and handle held apart until both are known. */
  private static final class AccountDraft {
    final Account.Builder account = Account.builder();
    Platform platform;
    String handle;
  }

  static final ObjectMapping<Account, AccountDraft> ACCOUNT = account(PLATFORM);

  /** The mapping of accounts whose platform is read with {@code platform} (which knows the declared ones). */
  private static ObjectMapping<Account, AccountDraft> account(Codec<Platform> platform) {
    return ObjectMapping.<Account, AccountDraft>builder("an account", AccountDraft::new)
          .required("id", TEXT, (d, v) -> d.account.id(v), Account::id)
          .required("platform", platform, (d, v) -> d.platform = v, a -> a.handle().platform())
          .required("handle", HANDLE_TEXT, (d, v) -> d.handle = v, a -> "@" + a.handle().value())
          .required("displayName", TEXT, (d, v) -> d.account.displayName(v), Account::displayName)
          .required("tier", choice(AccountTier.class, "account tier"), (d, v) -> d.account.tier(v), Account::tier)
          .required("status", choice(AccountStatus.class, "account status"), (d, v) -> d.account.status(v),
              Account::status)
          .optional("district", TEXT, (d, v) -> d.account.district(v), Account::district)
          .optional("function", TEXT, (d, v) -> d.account.function(v), Account::function)
          .optional("owningTeam", TEXT, (d, v) -> d.account.owningTeam(v), Account::owningTeam)
          .defaulted("followers", Codecs.count(), 0L, (d, v) -> d.account.followers(v), Account::followers)
          .defaulted("monitoredHours", MONITORED_HOURS, MonitoredHours.notDeclared(),
              (d, v) -> d.account.monitoredHours(v), Account::monitoredHours)
          .optional("outOfHoursText", TEXT, (d, v) -> d.account.outOfHoursText(v), Account::outOfHoursText)
          .defaulted("bio", TEXT, "", (d, v) -> d.account.bio(v), Account::bio)
          .optional("justification", TEXT, (d, v) -> d.account.justification(v), Account::justification)
          .optional("openedOn", DATE, (d, v) -> d.account.openedOn(v), Account::openedOn)
          .optional("closedOn", DATE, (d, v) -> d.account.closedOn(v), Account::closedOn)
          .optional("deletedOn", DATE, (d, v) -> d.account.deletedOn(v), Account::deletedOn)
          .check((d, fields) -> handle(d.platform, d.handle, fields).ifPresent(d.account::handle))
          .build(d -> d.account.build());
  }

  static final ObjectMapping<Contributor, Contributor.Builder> CONTRIBUTOR =
      ObjectMapping.<Contributor, Contributor.Builder>builder("a contributor", Contributor::builder)
          .required("id", TEXT, (b, v) -> b.id(v), Contributor::id)
          .required("kind", choice(ContributorKind.class, "contributor kind"), (b, v) -> b.kind(v),
              Contributor::kind)
          .required("name", TEXT, (b, v) -> b.name(v), Contributor::name)
          .optional("collarNumber", TEXT, (b, v) -> b.collarNumber(v), Contributor::collarNumber)
          .optional("district", TEXT, (b, v) -> b.district(v), Contributor::district)
          .optional("team", TEXT, (b, v) -> b.team(v), Contributor::team)
          .defaulted("status", choice(ContributorStatus.class, "contributor status"), ContributorStatus.SERVING,
              (b, v) -> b.status(v), Contributor::status)
          .optional("leftOn", DATE, (b, v) -> b.leftOn(v), Contributor::leftOn)
          .build(Contributor.Builder::build);

  /** A grant has no builder: its three parts are held until it is made. */
  private static final class GrantDraft {
    String contributor;
    String account;
    AccessRole role;
  }

  static final ObjectMapping<AccessGrant, GrantDraft> GRANT =
      ObjectMapping.<AccessGrant, GrantDraft>builder("an access grant", GrantDraft::new)
          .required("contributor", TEXT, (d, v) -> d.contributor = v, AccessGrant::contributor)
          .required("account", TEXT, (d, v) -> d.account = v, AccessGrant::account)
          .required("role", choice(AccessRole.class, "access role"), (d, v) -> d.role = v, AccessGrant::role)
          .build(d -> AccessGrant.of(d.contributor, d.account, d.role));

  /**
   * A rota entry's parts are held until it is made, with a shift's two ends held until both are known. The slot's
   * builder is made only then, and lives only while it builds, so that the compiler may leave it out altogether.
   */
  private static final class RotaDraft {
    String contributor;
    String account;
    WeeklyWindow weekly;
    LocalDate validFrom;
    LocalDate validUntil;
    Instant from;
    Instant to;
    /** The shift's window, kept once per file read; null if it cannot be made (the build reports why). */
    TimeWindow window;

    /** Makes the shift's window, the one equal window read before if any: shifts repeat across a rota. */
    void window(ObjectFields fields) {
      if (from != null && to != null) {
        try {
          window = fields.canonical(TimeWindow.of(from, to));
        } catch (IllegalArgumentException e) {
          window = null;
        }
      }
    }

    RotaAssignment build() {
      RotaAssignment.Builder slot = RotaAssignment.builder();
      if (contributor != null) {
        slot.contributor(contributor);
      }
      if (account != null) {
        slot.account(account);
      }
      if (weekly != null) {
        slot.weeklyWindow(weekly);
      }
      if (validFrom != null) {
        slot.validFrom(validFrom);
      }
      if (validUntil != null) {
        slot.validUntil(validUntil);
      }
      if (from != null) {
        slot.shiftWindow(window != null ? window : TimeWindow.of(from, to));
      }
      return slot.build();
    }
  }

  static final ObjectMapping<RotaAssignment, RotaDraft> ROTA =
      ObjectMapping.<RotaAssignment, RotaDraft>builder("a rota entry", RotaDraft::new)
          .required("contributor", TEXT, (d, v) -> d.contributor = v, RotaAssignment::contributor)
          .required("account", TEXT, (d, v) -> d.account = v, RotaAssignment::account)
          .field("from", INSTANT, Presence.REQUIRED, (d, v) -> d.from = v,
              r -> r.shiftWindow().map(TimeWindow::start))
          .field("to", INSTANT, Presence.REQUIRED, (d, v) -> d.to = v, r -> r.shiftWindow().map(TimeWindow::end))
          .field("weekly", WEEKLY, Presence.REQUIRED, (d, v) -> d.weekly = v, RotaAssignment::weeklyWindow)
          .field("validFrom", DATE, Presence.REQUIRED, (d, v) -> d.validFrom = v, RotaAssignment::validFrom)
          .optional("validUntil", DATE, (d, v) -> d.validUntil = v, RotaAssignment::validUntil)
          .alternatives(
              "a rota entry is either a shift (from, to) or a weekly pattern (weekly, validFrom, validUntil), not"
                  + " both; split it into two entries",
              "a rota entry needs either from and to (a shift) or weekly and validFrom (a weekly pattern such as"
                  + " weekly: \"Sat 22:00-08:00\")",
              List.of("from", "to"),
              List.of("weekly", "validFrom", "validUntil"))
          .check(RotaDraft::window)
          .build(RotaDraft::build);

  /** An absence has no builder: its parts are held until it is made in the force's zone. */
  private static final class AbsenceDraft {
    final ZoneId zone;
    String contributor;
    Moment from;
    Moment to;
    AbsenceReason reason;

    AbsenceDraft(ZoneId zone) {
      this.zone = zone;
    }

    /** The absence's window, kept once per file read; null if it cannot be made (the build reports why). */
    TimeWindow window;

    /** Makes the absence's window, the one equal window read before if any. */
    void window(ObjectFields fields) {
      if (from != null && to != null) {
        try {
          window = fields.canonical(TimeWindow.of(from.resolve(zone, false), to.resolve(zone, true)));
        } catch (RuntimeException e) {
          window = null;
        }
      }
    }

    Absence build() {
      return Absence.of(contributor,
          window != null ? window : TimeWindow.of(from.resolve(zone, false), to.resolve(zone, true)), reason);
    }
  }

  private static final Map<ZoneId, ObjectMapping<Absence, AbsenceDraft>> ABSENCES = new ConcurrentHashMap<>();

  /**
   * Returns the mapping of absences whose plain dates are whole days in {@code zone}: {@code from: 2021-04-12}
   * starts at the start of that day, {@code to: 2021-04-16} ends at the end of that day (the date is included).
   */
  static ObjectMapping<Absence, AbsenceDraft> absence(ZoneId zone) {
    return ABSENCES.computeIfAbsent(zone, z ->
        ObjectMapping.<Absence, AbsenceDraft>builder("an absence", () -> new AbsenceDraft(z))
            .required("contributor", TEXT, (d, v) -> d.contributor = v, Absence::contributor)
            .required("from", MOMENT, (d, v) -> d.from = v, a -> Moment.of(a.window().start()))
            .required("to", MOMENT, (d, v) -> d.to = v, a -> Moment.of(a.window().end()))
            .required("reason", choice(AbsenceReason.class, "absence reason"), (d, v) -> d.reason = v,
                Absence::reason)
            .check(AbsenceDraft::window)
            .build(AbsenceDraft::build));
  }

  static final ObjectMapping<Absence, AbsenceDraft> ABSENCE = absence(DEFAULT_ZONE);

  static final ObjectMapping<ClosurePlan, ClosurePlan.Builder> CLOSURE_PLAN =
      ObjectMapping.<ClosurePlan, ClosurePlan.Builder>builder("a closure plan", ClosurePlan::builder)
          .required("account", TEXT, (b, v) -> b.account(v), ClosurePlan::account)
          .defaulted("successors", Codecs.texts("account ids"), List.of(), (b, v) -> b.successors(v),
              ClosurePlan::successors)
          .optional("finalMessage", TEXT, (b, v) -> b.finalMessage(v), ClosurePlan::finalMessage)
          .optional("finalMessageOn", DATE, (b, v) -> b.finalMessageOn(v), ClosurePlan::finalMessageOn)
          .required("closureDate", DATE, (b, v) -> b.closureDate(v), ClosurePlan::closureDate)
          .optional("archivedOn", DATE, (b, v) -> b.archivedOn(v), ClosurePlan::archivedOn)
          .build(ClosurePlan.Builder::build);

  static final ObjectMapping<SampledPost, SampledPost.Builder> POST =
      ObjectMapping.<SampledPost, SampledPost.Builder>builder("a sampled post", SampledPost::builder)
          .required("account", TEXT, (b, v) -> b.account(v), SampledPost::account)
          .required("author", TEXT, (b, v) -> b.author(v), SampledPost::author)
          .required("postedAt", INSTANT, (b, v) -> b.postedAt(v), SampledPost::postedAt)
          .required("text", TEXT, (b, v) -> b.text(v), SampledPost::text)
          .optional("signature", TEXT, (b, v) -> b.signature(v), SampledPost::signature)
          .build(SampledPost.Builder::build);

  /** An observed handle is read into its builder, with its platform and handle held apart until both are known. */
  private static final class ObservedDraft {
    final ObservedHandle.Builder observed = ObservedHandle.builder();
    Platform platform;
    String handle;
  }

  static final ObjectMapping<ObservedHandle, ObservedDraft> OBSERVED_HANDLE = observedHandle(PLATFORM);

  /** The mapping of observed handles whose platform is read with {@code platform}. */
  private static ObjectMapping<ObservedHandle, ObservedDraft> observedHandle(Codec<Platform> platform) {
    return ObjectMapping.<ObservedHandle, ObservedDraft>builder("an observed handle", ObservedDraft::new)
          .required("platform", platform, (d, v) -> d.platform = v, o -> o.handle().platform())
          .required("handle", HANDLE_TEXT, (d, v) -> d.handle = v, o -> "@" + o.handle().value())
          .optional("observedOn", DATE, (d, v) -> d.observed.observedOn(v), ObservedHandle::observedOn)
          .optional("note", TEXT, (d, v) -> d.observed.note(v), ObservedHandle::note)
          .check((d, fields) -> handle(d.platform, d.handle, fields).ifPresent(d.observed::handle))
          .build(d -> d.observed.build());
  }

  /** A declared platform is read into its parts, checked one by one where they are written, then built. */
  private static final class PlatformDraft {
    String name;
    String displayName;
    String handlePattern;
    String handleDescription;
    boolean caseSensitive;
    String ignoredCharacters = "";
    String mentionPrefix = "@";

    Platform build() {
      Platform.Builder platform = Platform.declared(name)
          .handlePattern(handlePattern)
          .caseSensitive(caseSensitive)
          .ignoredCharacters(ignoredCharacters)
          .mentionPrefix(mentionPrefix);
      if (displayName != null) {
        platform.displayName(displayName);
      }
      if (handleDescription != null) {
        platform.syntaxDescription(handleDescription);
      }
      return platform.build();
    }
  }

  /**
   * A platform the estate declares as data (see {@link Platform#declared(String)}): each part is checked where it
   * is written, so a bad pattern is reported at {@code platforms[0].handlePattern}.
   */
  static final ObjectMapping<Platform, PlatformDraft> PLATFORM_DECLARATION =
      ObjectMapping.<Platform, PlatformDraft>builder("a platform", PlatformDraft::new)
          .required("name", TEXT, (d, v) -> d.name = v.trim(), Platform::fileName)
          .optional("displayName", TEXT, (d, v) -> d.displayName = v,
              p -> p.displayName().equals(p.fileName()) ? Optional.empty() : Optional.of(p.displayName()))
          .required("handlePattern", TEXT, (d, v) -> d.handlePattern = v, Platform::handlePattern)
          .optional("handleDescription", TEXT, (d, v) -> d.handleDescription = v,
              p -> p.syntaxDescription().equals("handles matching " + p.handlePattern())
                  ? Optional.empty()
                  : Optional.of(p.syntaxDescription()))
          .defaulted("caseSensitive", EstateCodecs.BOOLEAN, false, (d, v) -> d.caseSensitive = v,
              Platform::isCaseSensitive)
          .defaulted("ignoredCharacters", TEXT, "", (d, v) -> d.ignoredCharacters = v,
              Platform::ignoredCharacters)
          .defaulted("mentionPrefix", TEXT, "@", (d, v) -> d.mentionPrefix = v, Platform::mentionPrefix)
          .check((d, fields) -> {
            checkPart(fields, "name", d.name, () -> Platform.declared(d.name));
            checkPart(fields, "handlePattern", d.handlePattern,
                () -> Platform.declared("p").handlePattern(d.handlePattern).build());
            checkPart(fields, "ignoredCharacters", d.ignoredCharacters,
                () -> Platform.declared("p").handlePattern(".").ignoredCharacters(d.ignoredCharacters).build());
            checkPart(fields, "mentionPrefix", d.mentionPrefix,
                () -> Platform.declared("p").handlePattern(".").mentionPrefix(d.mentionPrefix).build());
          })
          .build(PlatformDraft::build);

  /** Reports at the field what building a platform from that part alone refuses. */
  private static void checkPart(ObjectFields fields, String field, String value, Runnable build) {
    if (value == null) {
      return;
    }
    try {
      build.run();
    } catch (IllegalArgumentException e) {
      fields.failAt(field, e.getMessage());
    }
  }

  /** The mappings of the sections whose entries name a platform, reading the declared ones too. */
  static ObjectMapping<Account, AccountDraft> accounts(Map<String, Platform> declared) {
    return account(EstateCodecs.platform(declared));
  }

  /** As {@link #accounts(Map)}, for observed handles. */
  static ObjectMapping<ObservedHandle, ObservedDraft> observedHandles(Map<String, Platform> declared) {
    return observedHandle(EstateCodecs.platform(declared));
  }

  /**
   * One list of the estate file: its model section, the mapping of its entries, what its entries are called, the
   * limit on their number, and the fields whose places are remembered for the problems that the estate's own
   * checks find later (unresolved references, repeated ids), which name them by path.
   */
  record Section<T extends Comparable<? super T>>(
      EstateSection<T> section,
      ObjectMapping<T, ?> mapping,
      String noun,
      ToIntFunction<ReadLimits> limit,
      String limitName,
      List<String> located,
      Function<ZoneId, ObjectMapping<T, ?>> inZone) {

    Section(
        EstateSection<T> section, ObjectMapping<T, ?> mapping, String noun, ToIntFunction<ReadLimits> limit,
        String limitName, List<String> located) {
      this(section, mapping, noun, limit, limitName, located, zone -> mapping);
    }

    String name() {
      return section.name();
    }

    /** Returns the mapping that reads entries whose plain dates are whole days in the force's zone. */
    ObjectMapping<T, ?> reading(ZoneId zone) {
      return inZone.apply(zone);
    }

    /**
     * Returns the mapping that reads entries in the force's zone, whose platforms may be those the file declares
     * (no section has both plain dates and platforms).
     */
    @SuppressWarnings("unchecked") // the accounts' section reads accounts, the observed handles' observed handles
    ObjectMapping<T, ?> reading(ZoneId zone, Map<String, Platform> declared) {
      if (declared.isEmpty()) {
        return reading(zone);
      }
      if (section == EstateSection.ACCOUNTS) {
        return (ObjectMapping<T, ?>) accounts(declared);
      }
      if (section == EstateSection.OBSERVED_HANDLES) {
        return (ObjectMapping<T, ?>) observedHandles(declared);
      }
      return reading(zone);
    }
  }

  /** Returns a codec whose values are {@linkplain ObjectFields#canonical kept once per file read}. */
  private static <V> Codec<V> canonical(Codec<V> codec) {
    return new Codec<>() {
      @Override
      public V read(ObjectFields fields, String path, LocatedNode value) {
        V read = codec.read(fields, path, value);
        return read == null ? null : fields.canonical(read);
      }

      @Override
      public V readScalar(ObjectFields fields, LocatedNode.Kind kind, String text) {
        V read = codec.readScalar(fields, kind, text);
        return read == null ? null : fields.canonical(read);
      }

      @Override
      public void write(JsonGenerator out, V value) throws IOException {
        codec.write(out, value);
      }
    };
  }

  /** The lists of an estate file, in the order the file has them. */
  static final List<Section<?>> SECTIONS =
      List.of(
          new Section<>(EstateSection.ACCOUNTS, ACCOUNT, "accounts", ReadLimits::maxAccounts, "maxAccounts",
              List.of("id", "handle", "district")),
          new Section<>(EstateSection.CONTRIBUTORS, CONTRIBUTOR, "contributors", ReadLimits::maxContributors,
              "maxContributors", List.of("id", "district")),
          new Section<>(EstateSection.GRANTS, GRANT, "access grants", ReadLimits::maxGrants, "maxGrants",
              List.of("contributor", "account")),
          new Section<>(EstateSection.ROTA, ROTA, "rota entries", ReadLimits::maxRotaEntries, "maxRotaEntries",
              List.of("contributor", "account")),
          new Section<>(EstateSection.ABSENCES, ABSENCE, "absences", ReadLimits::maxAbsences, "maxAbsences",
              List.of("contributor"), EstateMappings::absence),
          new Section<>(EstateSection.CLOSURE_PLANS, CLOSURE_PLAN, "closure plans", ReadLimits::maxEntries,
              "maxEntries", List.of("account", "successors")),
          new Section<>(EstateSection.POSTS, POST, "sampled posts", ReadLimits::maxPosts, "maxPosts",
              List.of("account", "author")),
          new Section<>(EstateSection.OBSERVED_HANDLES, OBSERVED_HANDLE, "observed handles",
              ReadLimits::maxEntries, "maxEntries", List.of()));

  /** The top-level list of the platforms an estate file declares. */
  static final String PLATFORMS = "platforms";

  /** The most platforms one estate file may declare. */
  static final int MAX_DECLARED_PLATFORMS = 50;

  /** The top-level fields of an estate file, in order, for messages. */
  static final List<String> TOP = top();

  /** The top-level field names a file may use: {@link #TOP} and the old name of {@code schema}. */
  static final List<String> KNOWN = known();

  private EstateMappings() {}

  private static List<String> top() {
    List<String> names = new ArrayList<>(List.of(FileKind.KEY, "force", "asOf", PLATFORMS, EstateNames.SOURCES));
    SECTIONS.forEach(s -> names.add(s.name()));
    return List.copyOf(names);
  }

  private static List<String> known() {
    List<String> names = new ArrayList<>(TOP);
    names.add(FileKind.ALIAS);
    return List.copyOf(names);
  }

  /** Checks a handle against its platform (X when the platform was itself bad), reporting it at the handle. */
  private static Optional<Handle> handle(Platform platform, String handle, ObjectFields fields) {
    if (handle == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Handle.of(platform == null ? Platform.X : platform, handle));
    } catch (IllegalArgumentException e) {
      fields.failAt("handle", e.getMessage());
      return Optional.empty();
    }
  }
}
