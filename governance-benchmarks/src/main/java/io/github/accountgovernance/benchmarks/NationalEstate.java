package io.github.accountgovernance.benchmarks;

import io.github.accountgovernance.core.model.Absence;
import io.github.accountgovernance.core.model.AbsenceReason;
import io.github.accountgovernance.core.model.AccessGrant;
import io.github.accountgovernance.core.model.AccessRole;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.ContributorKind;
import io.github.accountgovernance.core.model.ContributorStatus;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Force;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.core.time.WeeklyWindow;
import io.github.accountgovernance.rules.naming.Lookalike;
import io.github.accountgovernance.rules.naming.LookalikeIndex;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.Set;

/**
 * A seeded generator of synthetic national estates: one synthetic force ("National Synthetic Police") with
 * thousands of districts, built through the model's builders so that every estate passes the same validation a
 * real one does. The same {@link Spec} always gives the same estate.
 *
 * <p>The shape: 4% of accounts are monitored 24/7 (the three force-wide accounts and specialist teams), each by
 * a team of eight on 8-hour shifts with two people on every shift; every other account (district accounts on X,
 * Instagram and Facebook, and corporate function accounts) declares Mon–Sun 08:00–20:00 and has two monitors
 * with a weekly pattern over those hours, who are also its administrators. That gives about two contributors
 * per account. Absences (1–14 days, from a month before the as-of instant to a year after) and planted defects
 * (one in a hundred accounts or people: a missing administrator or owning team, a handle too long for X, an
 * individual officer's account, a specialist account without justification, a leaver who kept access, a
 * contributor posting for another district) are optional, so that a clean estate can be measured too.
 *
 * <p>Handles are made of letters that no TR39 skeleton confuses, and the generator checks with a
 * {@link LookalikeIndex} that no two official handles are lookalikes, so a clean estate passes NAM-4.
 *
 * <pre>{@code
 * Estate estate = NationalEstate.generate(NationalEstate.Spec.accounts(10_000).withAbsences().withDefects());
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class NationalEstate {

  /** The as-of instant of every generated estate: Monday 1 March 2021, midnight UTC. */
  public static final Instant AS_OF = Instant.parse("2021-03-01T00:00:00Z");

  static final String FORCE_NAME = "National Synthetic Police";

  /** The platforms the synthetic forces use: the three of 2021, so that the estates stay as they were measured. */
  static final List<Platform> PLATFORMS = List.of(Platform.X, Platform.INSTAGRAM, Platform.FACEBOOK);
  static final String OUT_OF_HOURS =
      "Not monitored 24/7. Do not report crime here: call 101, or 999 in an emergency.";

  // No letter here is confusable with another or with a digit under TR39 (no l/I/1, o/0, rn/m), so handles
  // are lookalikes only if their letters are, which the generator then rules out.
  private static final char[] CONSONANTS = "bcdfghjkpstvwxz".toCharArray();
  private static final char[] VOWELS = "aeuy".toCharArray();
  private static final int TEAM_247 = 8;
  private static final int SHIFT_HOURS = 8;

  private NationalEstate() {}

  /**
   * What to generate.
   *
   * @param accounts the number of accounts, at least 100
   * @param rotaDays how many days of 24/7 shifts to lay out from the as-of instant (weekly patterns run a year)
   * @param absencesPer10k absences per 10,000 accounts (250,000 for the national figure), 0 for none
   * @param defects whether to plant defects in about one in a hundred accounts and contributors
   * @param seed the random seed
   */
  public record Spec(int accounts, int rotaDays, int absencesPer10k, boolean defects, long seed) {

    /**
     * A clean estate of that many accounts: 91 days of shifts, no absences, no defects, seed 2021.
     *
     * @param accounts the number of accounts, at least 100
     * @return the spec
     */
    public static Spec accounts(int accounts) {
      return new Spec(accounts, 91, 0, false, 2021L);
    }

    /**
     * Returns this spec with the national rate of absences, 250,000 per 10,000 accounts.
     *
     * @return the spec
     */
    public Spec withAbsences() {
      return new Spec(accounts, rotaDays, 250_000, defects, seed);
    }

    /**
     * Returns this spec with planted defects.
     *
     * @return the spec
     */
    public Spec withDefects() {
      return new Spec(accounts, rotaDays, absencesPer10k, true, seed);
    }

    /**
     * Returns this spec with another number of days of shifts.
     *
     * @param days the number of days, at least 1
     * @return the spec
     */
    public Spec withRotaDays(int days) {
      return new Spec(accounts, days, absencesPer10k, defects, seed);
    }
  }

  /**
   * Generates the estate a spec describes.
   *
   * @param spec what to generate
   * @return the estate, valid and canonical
   * @throws IllegalArgumentException if the spec asks for fewer than 100 accounts
   */
  public static Estate generate(Spec spec) {
    if (spec.accounts() < 100) {
      throw new IllegalArgumentException("at least 100 accounts, but was " + spec.accounts());
    }
    return new Generation(spec).run();
  }

  /**
   * Generates distinct handle values on one platform that no {@link LookalikeIndex} finds confusable with one
   * another, for the lookalike benchmark: a letter token after a fixed prefix.
   *
   * @param count how many
   * @param seed the random seed
   * @return the handles on X, in generation order
   */
  public static List<Handle> handles(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> tokens = distinctTokens(count, random, Platform.X, "NSP");
    List<Handle> handles = new ArrayList<>(count);
    for (String token : tokens) {
      handles.add(Handle.of(Platform.X, "NSP" + token));
    }
    return handles;
  }

  /** Tokens of 7–11 letters whose prefixed handles are pairwise distinct and not lookalikes of each other. */
  static List<String> distinctTokens(int count, SplittableRandom random, Platform platform, String prefix) {
    List<String> tokens = new ArrayList<>(count);
    Set<String> seen = new HashSet<>();
    while (tokens.size() < count) {
      String token = token(random, 7 + random.nextInt(5));
      if (seen.add(token.toLowerCase(Locale.ROOT))) {
        tokens.add(token);
      }
    }
    // Replace either member of a confusable pair until none is left; a few rounds at most.
    while (true) {
      List<Handle> handles = new ArrayList<>(tokens.size());
      for (String token : tokens) {
        handles.add(Handle.of(platform, prefix + token));
      }
      Set<Handle> clashing = new LinkedHashSet<>();
      for (Lookalike lookalike : LookalikeIndex.of(handles).findAllLookalikes(handles)) {
        clashing.add(lookalike.candidate());
      }
      if (clashing.isEmpty()) {
        return tokens;
      }
      for (int i = 0; i < tokens.size(); i++) {
        if (clashing.contains(handles.get(i))) {
          String token;
          do {
            token = token(random, 7 + random.nextInt(5));
          } while (!seen.add(token.toLowerCase(Locale.ROOT)));
          tokens.set(i, token);
        }
      }
    }
  }

  private static String token(SplittableRandom random, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      char[] letters = i % 2 == 0 ? CONSONANTS : VOWELS;
      char c = letters[random.nextInt(letters.length)];
      text.append(i == 0 ? Character.toUpperCase(c) : c);
    }
    return text.toString();
  }

  /** One generation run: mutable lists filled in order, then one estate built from them. */
  private static final class Generation {
    private final Spec spec;
    private final SplittableRandom random;
    private final List<Account> accounts = new ArrayList<>();
    private final List<Contributor> contributors = new ArrayList<>();
    private final List<AccessGrant> grants = new ArrayList<>();
    private final List<RotaAssignment> rota = new ArrayList<>();
    private final List<Absence> absences = new ArrayList<>();
    private final List<District> districts = new ArrayList<>();
    private final LocalDate firstDay = LocalDate.ofInstant(AS_OF, ZoneOffset.UTC).minusDays(1);
    private final LocalDate lastDay = firstDay.plusDays(366);
    private int nextContributor;

    Generation(Spec spec) {
      this.spec = spec;
      this.random = new SplittableRandom(spec.seed());
    }

    Estate run() {
      int total = spec.accounts();
      int around = Math.max(3, Math.round(total * 0.04f));
      int specialists = around - 3;
      int districtCount = (total - around) * 94 / 100 / 3;
      int corporate = total - around - districtCount * 3;
      // One pool of tokens, so that district and function handles are never lookalikes of each other either.
      List<String> tokens = distinctTokens(districtCount + specialists + corporate, random, Platform.X, "NSP");
      int t = 0;
      for (Platform platform : PLATFORMS) {
        Account force =
            account("force-" + platform.fileName(), Handle.of(platform, "NSPolice"), FORCE_NAME, AccountTier.FORCE_WIDE)
                .monitoredHours(MonitoredHours.always())
                .build();
        roundTheClock(force);
      }
      for (int i = 0; i < specialists; i++) {
        String function = tokens.get(t++);
        Platform platform = PLATFORMS.get(i % 3);
        Account.Builder builder =
            account("spec-" + i, Handle.of(platform, "NSP" + function), FORCE_NAME + " " + function,
                    AccountTier.SPECIALIST_TEAM)
                .function(function)
                .monitoredHours(MonitoredHours.always());
        if (!defect(0.001)) {
          builder.justification("a specialist team answering the public round the clock");
        }
        roundTheClock(builder.build());
      }
      for (int d = 0; d < districtCount; d++) {
        String token = tokens.get(t++);
        District district = District.of(token.toLowerCase(Locale.ROOT), token, token);
        districts.add(district);
        for (Platform platform : PLATFORMS) {
          String value = "NSP" + token;
          if (platform == Platform.X && defect(0.002)) {
            value = value + "Xtra" + token; // too long for X: NAM-1
          }
          Account.Builder builder =
              account(district.code() + "-" + platform.fileName(), Handle.of(platform, value),
                      FORCE_NAME + " - " + token, AccountTier.DISTRICT)
                  .district(district.code());
          declaredHours(builder, district.code());
        }
      }
      for (int i = 0; i < corporate; i++) {
        String function = tokens.get(t++);
        Platform platform = PLATFORMS.get(i % 3);
        boolean individual = defect(0.002);
        Account.Builder builder =
            account("corp-" + i, Handle.of(platform, "NSP" + function), FORCE_NAME + " " + function,
                    individual ? AccountTier.INDIVIDUAL_OFFICER : AccountTier.CORPORATE_FUNCTION)
                .function(function);
        declaredHours(builder, null);
      }
      absences();
      Force force =
          Force.builder()
              .name(FORCE_NAME)
              .addAllDistricts(districts)
              .putHandleConventions(AccountTier.FORCE_WIDE, "NSPolice")
              .putHandleConventions(AccountTier.DISTRICT, "NSP{district}")
              .putHandleConventions(AccountTier.SPECIALIST_TEAM, "NSP{function}")
              .putHandleConventions(AccountTier.CORPORATE_FUNCTION, "NSP{function}")
              .build();
      return Estate.builder()
          .force(force)
          .asOf(AS_OF)
          .addAllAccounts(accounts)
          .addAllContributors(contributors)
          .addAllGrants(grants)
          .addAllRota(rota)
          .addAllAbsences(absences)
          .build();
    }

    private boolean defect(double rate) {
      return spec.defects() && random.nextDouble() < rate * 5;
    }

    private Account.Builder account(String id, Handle handle, String displayName, AccountTier tier) {
      Account.Builder builder =
          Account.builder()
              .id(id)
              .handle(handle)
              .displayName(displayName)
              .tier(tier)
              .status(AccountStatus.ACTIVE)
              .followers(1_000 + random.nextInt(50_000));
      if (!defect(0.002)) {
        builder.owningTeam(tier == AccountTier.DISTRICT ? "Neighbourhood Policing" : "Corporate Communications");
      }
      return builder;
    }

    /** A 24/7 account: a team of eight on 8-hour shifts, two on each, from the as-of instant. */
    private void roundTheClock(Account account) {
      accounts.add(account);
      List<String> team = new ArrayList<>(TEAM_247);
      for (int i = 0; i < TEAM_247; i++) {
        String person = contributor(null);
        team.add(person);
        grants.add(AccessGrant.of(person, account.id(), i < 2 ? AccessRole.ADMINISTRATOR : AccessRole.POSTER));
      }
      if (defect(0.002)) {
        grants.removeIf(grant -> grant.account().equals(account.id()) && grant.contributor().equals(team.get(1)));
      }
      int shifts = spec.rotaDays() * 24 / SHIFT_HOURS;
      for (int s = 0; s < shifts; s++) {
        TimeWindow shift =
            TimeWindow.of(AS_OF.plus(Duration.ofHours((long) s * SHIFT_HOURS)), Duration.ofHours(SHIFT_HOURS));
        rota.add(RotaAssignment.shift(team.get((2 * s) % TEAM_247), account.id(), shift));
        rota.add(RotaAssignment.shift(team.get((2 * s + 1) % TEAM_247), account.id(), shift));
      }
    }

    /** An account on declared hours, Mon–Sun 08:00–20:00, with two monitors who are also administrators. */
    private void declaredHours(Account.Builder builder, String district) {
      List<WeeklyWindow> hours = new ArrayList<>(7);
      for (DayOfWeek day : DayOfWeek.values()) {
        hours.add(WeeklyWindow.of(day, LocalTime.of(8, 0), LocalTime.of(20, 0)));
      }
      Account account = builder.monitoredHours(MonitoredHours.weekly(hours)).outOfHoursText(OUT_OF_HOURS).build();
      accounts.add(account);
      for (int m = 0; m < 2; m++) {
        String person = contributor(district);
        boolean dropAdmin = m == 1 && defect(0.002);
        grants.add(AccessGrant.of(person, account.id(), dropAdmin ? AccessRole.POSTER : AccessRole.ADMINISTRATOR));
        for (WeeklyWindow window : hours) {
          rota.add(RotaAssignment.weekly(person, account.id(), window, firstDay, lastDay));
        }
      }
    }

    private String contributor(String district) {
      String id = "c-" + (nextContributor++);
      Contributor.Builder builder =
          Contributor.builder()
              .id(id)
              .kind(ContributorKind.values()[random.nextInt(3)])
              .name("Person " + id);
      if (random.nextInt(2) == 0) {
        builder.collarNumber("PC" + (1000 + random.nextInt(9000)));
      }
      if (district != null) {
        // Another district's person posting here: ATT-2.
        boolean elsewhere = defect(0.002) && !districts.isEmpty();
        builder.district(elsewhere ? districts.get(random.nextInt(districts.size())).code() : district);
      }
      if (defect(0.001)) {
        builder.status(ContributorStatus.LEFT).leftOn(LocalDate.of(2021, 2, 1)); // kept access: ATT-3
      }
      contributors.add(builder.build());
      return id;
    }

    private void absences() {
      long count = (long) spec.absencesPer10k() * spec.accounts() / 10_000;
      long from = AS_OF.getEpochSecond() - Duration.ofDays(30).toSeconds();
      long span = Duration.ofDays(395).toSeconds();
      AbsenceReason[] reasons = AbsenceReason.values();
      for (long i = 0; i < count; i++) {
        String person = "c-" + random.nextInt(nextContributor);
        long start = from + random.nextLong(span) / 3600 * 3600;
        long days = 1 + random.nextInt(14);
        absences.add(
            Absence.of(
                person,
                TimeWindow.ofEpochSeconds(start, start + days * 86_400),
                reasons[random.nextInt(reasons.length)]));
      }
    }
  }
}
