package io.github.accountgovernance.rules.catalogue;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.MonitoredHours;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.IntervalSet;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.rules.authoring.AnalysisKey;
import io.github.accountgovernance.rules.authoring.Criterion;
import io.github.accountgovernance.rules.authoring.EvaluationContext;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.authoring.Finding;
import io.github.accountgovernance.rules.authoring.FindingSink;
import io.github.accountgovernance.rules.authoring.Parameter;
import io.github.accountgovernance.rules.authoring.ParameterType;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.authoring.Rules;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.authoring.Subject;
import io.github.accountgovernance.rules.authoring.TextPattern;
import io.github.accountgovernance.rules.authoring.Verdict;
import io.github.accountgovernance.rules.coverage.AccountCoverage;
import io.github.accountgovernance.rules.coverage.MonitorOverload;
import io.github.accountgovernance.rules.coverage.MonitoringCoverage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The monitoring rules of the policy catalogue (MON-1 to MON-6): every open account has named monitors, is
 * never left for long without one, has its declared hours covered even when one person is away, signposts 101
 * and 999 when nobody is watching, and nobody watches too many accounts at once.
 *
 * <p>MON-1 to MON-4 look at active and closing accounts over the evaluation's horizon (28 days unless set);
 * MON-3 and MON-4 only at accounts that declare monitored hours (an account that declares none is MON-5's
 * business). Every rule reads one {@linkplain EvaluationContext#coverage() monitoring coverage} of the estate,
 * computed once per evaluation and shared with CLO-4. Uncovered windows are shown merged, in the force's local
 * time: {@code "Mon 8 Mar 2021 18:00 – Mon 22 Mar 08:00 GMT, 13 d 14 h"}.
 *
 * <pre>{@code
 * PolicyPack pack = PolicyPack.builder("monitoring").add(MonitoringRules.all())
 *     .set(MonitoringRules.MAX_GAP, Duration.ofHours(12))
 *     .build();
 * pack.evaluate(estate).violationsOf("MON-2");
 * // @NYP_York: nobody is on duty for 13 d 14 h (Mon 8 Mar 2021 18:00 – Mon 22 Mar 08:00), longer than 12h
 * }</pre>
 *
 * <p>Fingerprints: MON-2 reports each gap on its own, keyed by the instant it starts as an ISO instant in whole
 * seconds ({@code 2021-03-05T18:00:00Z}), or {@code (ongoing)} for a gap already running when the horizon starts,
 * so a baseline that accepts one gap still reports the next; the keys of one account sort as text in the order
 * the gaps start, the ongoing one first. The other rules report at most one violation per account (MON-6: per
 * contributor) with an empty key: their windows come and go as the horizon slides, and are evidence, not
 * identity.
 *
 * <p>Every rule here is immutable and thread-safe.
 */
public final class MonitoringRules {

  /** MON-1's {@code minMonitors}: the fewest distinct serving monitors of an open account, 2 unless set. */
  public static final Parameter<Integer> MIN_MONITORS =
      Parameter.of(
              "minMonitors",
              ParameterType.INTEGER,
              2,
              "the fewest distinct serving monitors on the rota of an active or closing account")
          .requiring(n -> n >= 1, "is at least 1");

  /**
   * MON-2's (and CLO-4's) {@code maxGap}: the longest an open account may go without a monitor on duty, 24 hours
   * unless set.
   */
  public static final Parameter<Duration> MAX_GAP = SharedParameters.MAX_GAP;

  /**
   * MON-5's (and CLO-5's) {@code requiredPhrases}: what signposting text must direct people to, each found as a
   * whole word ignoring case; {@code 101} and {@code 999} unless set.
   */
  public static final Parameter<List<String>> REQUIRED_PHRASES = SharedParameters.REQUIRED_PHRASES;

  /**
   * MON-5's {@code notReportingPattern}: how out-of-hours text says not to report crime there. Unless set, it
   * finds, in any case, "do not report crime", "don't report crimes", "never report a crime", "do not use this
   * account to report crime", "not currently to be used for reporting crime", "cannot be used to report crime"
   * and "not for reporting crime": the negation must govern the reporting phrase within one clause, so "not
   * monitored 24/7, but you can DM us here to report a crime" is not taken for one.
   */
  public static final Parameter<TextPattern> NOT_REPORTING_PATTERN =
      Parameter.of(
          "notReportingPattern",
          ParameterType.PATTERN,
          TextPattern.of(Signposting.NOT_REPORTING_CRIME),
          "how out-of-hours text says not to report crime there, found anywhere in it");

  /**
   * MON-5's {@code clauseBreaks}: words that end a clause, so that a match of {@link #NOT_REPORTING_PATTERN} never
   * runs across one ("never use this page, but DM us to report crime" does not say not to report crime); "but",
   * "and", "or", "unless", "except", "if", "so" and "then" unless set.
   */
  public static final Parameter<List<String>> CLAUSE_BREAKS =
      Parameter.of(
          "clauseBreaks",
          ParameterType.TEXT_LIST,
          Signposting.CLAUSE_BREAKS,
          "words that end a clause: the statement not to report crime must not run across one");

  /** MON-6's {@code maxConcurrentAccounts}: the most accounts one person monitors at once, 4 unless set. */
  public static final Parameter<Integer> MAX_CONCURRENT_ACCOUNTS =
      Parameter.of(
              "maxConcurrentAccounts",
              ParameterType.INTEGER,
              4,
              "the most accounts one person may be on duty for at once")
          .requiring(n -> n >= 1, "is at least 1");

  /**
   * MON-4's {@code resilience}: how many people may be away at once without leaving an account's covered declared
   * hours uncovered, 1 (no single absence) unless set.
   */
  public static final Parameter<Integer> RESILIENCE =
      Parameter.of(
              "resilience",
              ParameterType.INTEGER,
              1,
              "how many monitors may be away at once without leaving covered declared hours uncovered")
          .requiring(n -> n >= 1, "is at least 1");

  private static final Criterion<Account> HAS_ENOUGH_MONITORS =
      Criterion.explained(
          "has at least {minMonitors} distinct serving monitors", MonitoringRules::judgeMonitors);
  private static final Criterion<Account> HAS_DECLARED_HOURS_COVERED =
      Criterion.explained(
          "has a monitor who is not absent on duty throughout its declared monitored hours",
          MonitoringRules::judgeDeclaredHours);
  private static final Criterion<Account> HAS_TWO_MONITORS_IN_DECLARED_HOURS =
      Criterion.explained(
          "has more than {resilience} on duty wherever anyone covers its declared monitored hours",
          MonitoringRules::judgeLeaveResilience);
  private static final Criterion<Account> SIGNPOSTS_OUT_OF_HOURS =
      Criterion.explained(
          "carries out-of-hours text that directs people to each of {requiredPhrases} and says not to"
              + " report crime there",
          MonitoringRules::judgeSignposting);
  private static final Criterion<Contributor> HAS_BEARABLE_LOAD =
      Criterion.explained(
          "is on duty for at most {maxConcurrentAccounts} accounts at once", MonitoringRules::judgeLoad);


  /** MON-4's resilience of an account whose every declared hour has someone on duty, and some only one. */
  private static final String COVERED_BY_ONE = "covered by at least 1 person at all declared hours";

  /** MON-2's key for a gap already running at the as-of instant; "(" sorts before every digit, so it comes first. */
  private static final String ONGOING = "(ongoing)";

  private static final Rule NAMED_MONITORS = namedMonitorsRule();
  private static final Rule DAILY_MONITORING = dailyMonitoringRule();
  private static final Rule DECLARED_HOURS_COVERED = declaredHoursCoveredRule();
  private static final Rule LEAVE_RESILIENCE = leaveResilienceRule();
  private static final Rule OUT_OF_HOURS_SIGNPOSTING = outOfHoursSignpostingRule();
  private static final Rule MONITOR_LOAD = monitorLoadRule();

  private MonitoringRules() {}

  /**
   * MON-1 named monitors: "every active or closing account has at least {minMonitors} distinct serving
   * monitors". A monitor is a serving contributor with a rota slot on the account inside the horizon, whether or
   * not an absence then takes it away (that is MON-3's and MON-4's business). Evidence: the monitors found, and
   * any leavers still on the rota: with a slot that ends after both the end of their leaving day and the
   * evaluation's instant (a weekly pattern when the last occurrence before its end date ends).
   *
   * @return the rule
   */
  public static Rule namedMonitors() {
    return NAMED_MONITORS;
  }

  /**
   * MON-2 daily monitoring: "over the horizon, no active or closing account goes longer than {maxGap} without a
   * monitor on duty". One violation per gap, with the gap in local time and the absences behind it, and the
   * people who have left but whose rota slots fall in it ("slots of PC X, who left on ..., not counted"): the
   * coverage does not count a leaver's slots.
   *
   * @return the rule
   */
  public static Rule dailyMonitoring() {
    return DAILY_MONITORING;
  }

  /**
   * MON-3 declared hours covered: "every active or closing account that declares monitored hours has a monitor who
   * is not absent on duty throughout its declared monitored hours". Accounts that declare no hours are not
   * checked. Evidence: the uncovered windows of declared hours, the absences behind them, and the leavers whose
   * slots, not counted, fall in them.
   *
   * @return the rule
   */
  public static Rule declaredHoursCovered() {
    return DECLARED_HOURS_COVERED;
  }

  /**
   * MON-4 leave resilience (a warning): "every active or closing account that declares monitored hours has more
   * than {resilience} on duty wherever anyone covers its declared monitored hours", so that no absence of up to
   * {@code resilience} people (1 unless set: no single person's) leaves them uncovered. Reports only the declared
   * hours that rest on {@code resilience} people or fewer, and who: hours that rest on nobody already are MON-3's,
   * and are not reported twice. Evidence: each window with who covers it alone, and the account's resilience
   * ("covered by at least 1 person at all declared hours").
   *
   * @return the rule
   */
  public static Rule leaveResilience() {
    return LEAVE_RESILIENCE;
  }

  /**
   * MON-5 out-of-hours signposting: "every active or closing account that is not monitored 24/7 carries
   * out-of-hours text that directs people to each of {requiredPhrases} and says not to report crime there". Evidence: the text and what it
   * lacks.
   *
   * @return the rule
   */
  public static Rule outOfHoursSignposting() {
    return OUT_OF_HOURS_SIGNPOSTING;
  }

  /**
   * MON-6 monitor load (a warning): "every serving contributor is on duty for at most {maxConcurrentAccounts}
   * accounts at once", counting the accounts a serving contributor is on duty for at the same moment. Evidence: each overloaded window with
   * the accounts.
   *
   * @return the rule
   */
  public static Rule monitorLoad() {
    return MONITOR_LOAD;
  }

  /**
   * Returns MON-1 to MON-6, in id order.
   *
   * @return the rules; unmodifiable
   */
  public static List<Rule> all() {
    return List.of(
        NAMED_MONITORS,
        DAILY_MONITORING,
        DECLARED_HOURS_COVERED,
        LEAVE_RESILIENCE,
        OUT_OF_HOURS_SIGNPOSTING,
        MONITOR_LOAD);
  }

  // ------------------------------------------------------------------------------------------------- MON-1

  private static Rule namedMonitorsRule() {
    return Rules.accounts()
        .that(Vocabulary.IS_OPEN)
        .should(HAS_ENOUGH_MONITORS)
        .id("MON-1")
        .title("named monitors")
        .because(
            "one monitor cannot cover their own leave: an account whose one officer is away for two weeks lets"
                + " down whoever reports a crime to it")
        .source(Sources.RECLAIM + "; " + Sources.NYP_STATEMENT)
        .hint("add serving monitors to the account's rota")
        .parameters(MIN_MONITORS)
        .build();
  }

  private static Verdict judgeMonitors(Account account, EvaluationContext context) {
    List<String> monitors = context.coverage().account(account.id()).monitors();
    int needed = context.value(MIN_MONITORS);
    if (monitors.size() >= needed) {
      return Verdict.pass();
    }
    Estate estate = context.estate();
    Finding.Builder finding =
        Finding.builder()
            .message(
                "has "
                    + monitors.size()
                    + (monitors.size() == 1 ? " serving monitor" : " serving monitors")
                    + " on the rota over the horizon, needs at least "
                    + needed)
            .addEvidence(Evidence.of("serving monitors", Shown.contributorsById(estate, monitors)));
    List<String> leavers = leaversOnRota(account, context);
    if (!leavers.isEmpty()) {
      finding.addEvidence(Evidence.of("on the rota but left", leavers));
    }
    return Verdict.fail(finding.build());
  }

  /**
   * Leavers with a slot on the account still to come: one that ends after both the end of their leaving day and
   * the evaluation's instant, as ATT-3 counts held slots. Slots already over are history, not a rota to fix.
   */
  private static List<String> leaversOnRota(Account account, EvaluationContext context) {
    Estate estate = context.estate();
    ZoneId zone = context.zone();
    Instant asOf = context.asOf();
    TreeSet<String> leavers = new TreeSet<>();
    for (RotaAssignment slot : estate.rotaFor(account.id())) {
      Optional<Contributor> leaver = estate.contributor(slot.contributor()).filter(person -> !person.isServing());
      if (leaver.isPresent() && !leavers.contains(leaver.get().id())) {
        Instant endOfLeavingDay =
            leaver.get().leftOn().map(day -> day.plusDays(1).atStartOfDay(zone).toInstant()).orElse(asOf);
        Instant cutoff = endOfLeavingDay.isAfter(asOf) ? endOfLeavingDay : asOf;
        if (RotaSlots.endsAfter(slot, cutoff, zone)) {
          leavers.add(leaver.get().id());
        }
      }
    }
    return Shown.contributorsById(estate, leavers);
  }

  // ------------------------------------------------------------------------------------------------- MON-2

  private static Rule dailyMonitoringRule() {
    return Rule.ofCheck(
            "MON-2",
            "over the horizon, no active or closing account goes longer than {maxGap} without a monitor on duty",
            MonitoringRules::checkGaps)
        .title("daily monitoring")
        .because(
            "the force closed accounts so that every remaining one is monitored on a daily basis: a report sent"
                + " to an account nobody reads for days goes unanswered")
        .source(Sources.NYP_STATEMENT)
        .hint("add rota slots, or cover the absences, so that no stretch without anyone on duty is longer than"
            + " maxGap")
        .parameters(MAX_GAP)
        .build();
  }

  private static void checkGaps(Estate estate, EvaluationContext context, FindingSink sink) {
    MonitoringCoverage coverage = context.coverage();
    Duration maxGap = context.value(MAX_GAP);
    ZoneId zone = coverage.zone();
    String allowed = MAX_GAP.format(maxGap);
    for (AccountCoverage cover : coverage.accounts()) {
      Subject subject = Subject.of(cover.account());
      sink.checked(subject);
      IntervalSet gaps = cover.gapsLongerThan(maxGap);
      for (int g = 0; g < gaps.size(); g++) {
        TimeWindow gap = gaps.window(g);
        IntervalSet during = gaps.size() == 1 ? gaps : IntervalSet.of(gap);
        String shown = gap.format(zone);
        Finding.Builder finding =
            Finding.builder()
                .message(
                    "nobody is on duty for "
                        + TimeWindow.formatDuration(gap.duration())
                        + " ("
                        + withoutLength(shown)
                        + "), longer than the "
                        + allowed
                        + " allowed")
                .addEvidence(Evidence.of("uncovered window", shown))
                .key(gapKey(gap, cover));
        CoverageEvidence.addAbsences(finding, cover, during, estate, zone);
        CoverageEvidence.addLeavers(finding, cover, during, estate, zone);
        if (cover.monitors().isEmpty()) {
          finding.addEvidence(Evidence.of("serving monitors", "none on the rota"));
        }
        sink.report(subject, finding.build());
      }
    }
  }

  /**
   * The gap's start as an ISO instant in whole seconds, which sorts as text in time order, or {@link #ONGOING} for
   * a gap already running when the window starts: its true start is unknown, and the as-of instant moves every
   * run, so a baseline could not keep it.
   */
  private static String gapKey(TimeWindow gap, AccountCoverage cover) {
    return gap.startSecond() == cover.window().startSecond() ? ONGOING : isoInstant(gap.startSecond());
  }

  /**
   * An instant in whole seconds as {@link Instant#toString()} writes it ({@code 2021-03-05T18:00:00Z}): digit by
   * digit for the years 1000 to 9999, rather than through the ISO formatter for every gap; through it otherwise.
   */
  static String isoInstant(long epochSecond) {
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(epochSecond, 86_400));
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      return Instant.ofEpochSecond(epochSecond).toString();
    }
    int month = date.getMonthValue();
    int day = date.getDayOfMonth();
    int secondOfDay = Math.floorMod(epochSecond, 86_400);
    int hour = secondOfDay / 3600;
    int minute = secondOfDay / 60 % 60;
    int second = secondOfDay % 60;
    char[] text = {
      digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10), digit(year % 10), '-',
      digit(month / 10), digit(month % 10), '-', digit(day / 10), digit(day % 10), 'T',
      digit(hour / 10), digit(hour % 10), ':', digit(minute / 10), digit(minute % 10), ':',
      digit(second / 10), digit(second % 10), 'Z'
    };
    return new String(text);
  }

  private static char digit(int value) {
    return (char) ('0' + value);
  }

  /** A window as {@link TimeWindow#format} writes it, without its length. */
  private static String withoutLength(String text) {
    return text.substring(0, text.lastIndexOf(", "));
  }

  // ------------------------------------------------------------------------------------------------- MON-3

  private static Rule declaredHoursCoveredRule() {
    return Rules.accounts()
        .that(Vocabulary.IS_OPEN.and(Vocabulary.DECLARES_HOURS))
        .should(HAS_DECLARED_HOURS_COVERED)
        .id("MON-3")
        .title("declared hours covered")
        .because(
            "people expect an answer during the hours an account says it is monitored; most force accounts are"
                + " not monitored 24/7, so the hours they declare must hold")
        .source(Sources.PCC_LINCS + "; " + Sources.GUIDANCE)
        .hint("put someone on the rota for each uncovered window, or declare the hours the account is really"
            + " monitored")
        .build();
  }

  private static Verdict judgeDeclaredHours(Account account, EvaluationContext context) {
    AccountCoverage cover = context.coverage().account(account.id());
    IntervalSet uncovered = cover.uncoveredDuringDeclaredHours();
    if (uncovered.isEmpty()) {
      return Verdict.pass();
    }
    String declared = shown(account.monitoredHours(), context);
    Finding.Builder finding =
        Finding.builder()
            .message(
                "nobody is on duty for "
                    + windows(uncovered.size())
                    + " of its declared hours ("
                    + declared
                    + "), "
                    + TimeWindow.formatDuration(uncovered.totalDuration())
                    + " in all")
            .addEvidence(Evidence.windows("uncovered declared hours", uncovered, cover.zone()))
            .addEvidence(Evidence.of("declared hours", declared));
    CoverageEvidence.addAbsences(finding, cover, uncovered, context.estate(), cover.zone());
    CoverageEvidence.addLeavers(finding, cover, uncovered, context.estate(), cover.zone());
    return Verdict.fail(finding.build());
  }

  /**
   * The declared hours as written, once per distinct hours and evaluation: the accounts of an estate declare a few.
   * Concurrent, as rules may run at once.
   */
  private static String shown(MonitoredHours hours, EvaluationContext context) {
    Map<MonitoredHours, String> shown =
        context.shared(
            AnalysisKey.<Map<MonitoredHours, String>>of("declared hours as shown"), key -> new ConcurrentHashMap<>());
    return shown.computeIfAbsent(hours, MonitoredHours::toString);
  }

  private static String windows(int count) {
    return count == 1 ? "1 window" : count + " windows";
  }

  // ------------------------------------------------------------------------------------------------- MON-4

  private static Rule leaveResilienceRule() {
    return Rules.accounts()
        .that(Vocabulary.IS_OPEN.and(Vocabulary.DECLARES_HOURS))
        .should(HAS_TWO_MONITORS_IN_DECLARED_HOURS)
        .id("MON-4")
        .title("leave resilience")
        .severity(Severity.WARNING)
        .because(
            "an account that rests on one officer goes unmonitored when that officer takes two weeks' leave")
        .source(Sources.RECLAIM)
        .hint("put a second person on the rota for the windows one person covers alone")
        .parameters(RESILIENCE)
        .build();
  }

  private static Verdict judgeLeaveResilience(Account account, EvaluationContext context) {
    AccountCoverage cover = context.coverage().account(account.id());
    int k = context.value(RESILIENCE);
    SortedMap<List<String>, IntervalSet> few = cover.coverByAtMost(k);
    if (few.isEmpty()) {
      return Verdict.pass();
    }
    return Verdict.fail(leaveResilienceFinding(few, k, cover, context.estate()));
  }

  /**
   * Who covers which declared hours with at most {@code k} on duty, in the order the windows start, and the
   * account's resilience; nobody's hours are MON-3's. For {@code k = 1} the groups are single people.
   */
  private static Finding leaveResilienceFinding(
      SortedMap<List<String>, IntervalSet> few, int k, AccountCoverage cover, Estate estate) {
    ZoneId zone = cover.zone();
    IntervalSet[] hours = few.values().toArray(new IntervalSet[0]);
    String[] who = new String[hours.length];
    String[] length = new String[hours.length];
    StringBuilder message = new StringBuilder(k == 1 ? "one absence" : "an absence of up to " + k + " people")
        .append(" would leave declared hours uncovered: ");
    int g = 0;
    int windowCount = 0;
    for (List<String> group : few.keySet()) {
      who[g] = group.size() == 1
          ? Shown.contributorById(estate, group.get(0))
          : String.join(" and ", Shown.contributorsById(estate, group));
      length[g] = TimeWindow.formatDuration(hours[g].totalDuration());
      message.append(g == 0 ? "" : "; ").append(who[g]).append(group.size() == 1 ? " covers " : " cover ")
          .append(length[g]).append(" of them alone");
      windowCount += hours[g].size();
      g++;
    }
    // Every group's windows in the order they start: no two groups share a second, so merging the groups' windows,
    // each group's already in time order, sorts them. Kept as (group, window) until shown.
    int[] lineGroup = new int[windowCount];
    int[] lineWindow = new int[windowCount];
    int[] next = new int[hours.length];
    for (int line = 0; line < windowCount; line++) {
      int earliest = -1;
      for (int group = 0; group < hours.length; group++) {
        if (next[group] < hours[group].size()
            && (earliest < 0
                || hours[group].startSecond(next[group]) < hours[earliest].startSecond(next[earliest]))) {
          earliest = group;
        }
      }
      lineGroup[line] = earliest;
      lineWindow[line] = next[earliest]++;
    }
    Finding.Builder finding = Finding.builder();
    if (k > 1) {
      // The rule's hint speaks of the default, one person alone; beyond it, the fix is more than one more person.
      finding.hint("put more people on the rota for the windows that " + k + " or fewer people cover, so that"
          + " more than " + k + " are on duty there");
    }
    String resilience = resilience(cover);
    return finding
        .message(message.toString())
        .addEvidence(Evidence.each(
            k == 1 ? "declared hours with one monitor" : "declared hours with at most " + k + " monitors",
            windowCount,
            i -> hours[lineGroup[i]].window(lineWindow[i]).format(zone) + ": " + who[lineGroup[i]] + " alone"))
        .addEvidence(Evidence.each("who covers alone", hours.length, i -> who[i] + ", " + length[i]))
        .addEvidence(Evidence.each("resilience", 1, i -> resilience))
        .build();
  }

  /** "covered by at least 2 people at all declared hours", or how many where someone is, when some have nobody. */
  private static String resilience(AccountCoverage cover) {
    int least = cover.leastOnDutyDuringDeclaredHours().orElse(0);
    if (least == 1) {
      // Nearly every account MON-4 reports: one text for all of them.
      return COVERED_BY_ONE;
    }
    if (least > 0) {
      return "covered by at least " + people(least) + " at all declared hours";
    }
    // Some declared hours rest on someone (that is why MON-4 reports), so some count of at least 1 is found.
    int whereCovered = cover.profile().leastMultiplicity(cover.declaredHours(), 1).orElseThrow();
    return "some declared hours have nobody on duty; the rest are covered by at least " + people(whereCovered);
  }

  private static String people(int n) {
    return n == 1 ? "1 person" : n + " people";
  }

  // ------------------------------------------------------------------------------------------------- MON-5

  private static Rule outOfHoursSignpostingRule() {
    return Rules.accounts()
        .that(Vocabulary.IS_OPEN.and(Criterion.not(Vocabulary.IS_MONITORED_ALL_HOURS)))
        .should(SIGNPOSTS_OUT_OF_HOURS)
        .id("MON-5")
        .allowEmptySelection()
        .title("out-of-hours signposting")
        .because(
            "someone who reports a crime to an account that nobody is reading must be told where to go instead:"
                + " 101, or 999 in an emergency")
        .source(Sources.GUIDANCE + "; " + Sources.NYP_STATEMENT)
        .hint(
            "publish out-of-hours text such as \"Not monitored 24/7. Do not report crime here: call 101, or 999"
                + " in an emergency.\"")
        .parameters(REQUIRED_PHRASES, NOT_REPORTING_PATTERN, CLAUSE_BREAKS)
        .build();
  }

  private static Verdict judgeSignposting(Account account, EvaluationContext context) {
    List<String> phrases = context.value(REQUIRED_PHRASES);
    if (account.outOfHoursText().isEmpty()) {
      return Verdict.fail(
          Finding.builder()
              .message(
                  "is not monitored 24/7 ("
                      + (account.monitoredHours().isDeclared()
                          ? "declared hours: " + account.monitoredHours()
                          : "no hours declared")
                      + ") but has no out-of-hours text")
              .addEvidence(Evidence.of("text must direct people to", phrases))
              .build());
    }
    String text = account.outOfHoursText().get();
    TextVerdict verdict = textVerdict(context, phrases, text);
    List<Finding> failures = new ArrayList<>(2);
    List<String> missing = verdict.missing();
    if (!missing.isEmpty()) {
      failures.add(
          Finding.builder()
              .message("its out-of-hours text does not mention " + String.join(" or ", missing))
              .addEvidence(Evidence.of("out-of-hours text", text))
              .addEvidence(Evidence.of("missing", missing))
              .build());
    }
    if (!verdict.saysNotToReportCrime()) {
      failures.add(
          Finding.builder()
              .message("its out-of-hours text does not say not to report crime there")
              .addEvidence(Evidence.of("out-of-hours text", text))
              .build());
    }
    return failures.isEmpty() ? Verdict.pass() : Verdict.fail(failures);
  }

  /** What MON-5 finds in one out-of-hours text: the phrases it lacks, and whether it says not to report crime. */
  private record TextVerdict(List<String> missing, boolean saysNotToReportCrime) {}

  /**
   * MON-5's verdict on the text, found once per distinct text and evaluation: most accounts of an estate carry one
   * of a few texts. The memo's key holds every parameter the verdict depends on, as shared analyses must; it is
   * concurrent, as rules may run at once.
   */
  private static TextVerdict textVerdict(EvaluationContext context, List<String> phrases, String text) {
    TextPattern pattern = context.value(NOT_REPORTING_PATTERN);
    List<String> clauseBreaks = context.value(CLAUSE_BREAKS);
    Map<String, TextVerdict> verdicts =
        context.shared(
            AnalysisKey.<Map<String, TextVerdict>>of("out-of-hours text verdicts", phrases, pattern, clauseBreaks),
            shared -> new ConcurrentHashMap<>());
    Signposting.RequiredPhrases required = requiredPhrases(context, phrases);
    return verdicts.computeIfAbsent(
        text,
        t -> new TextVerdict(
            List.copyOf(required.missingFrom(t)), Signposting.saysNotToReportCrime(t, pattern, clauseBreaks)));
  }

  /** The required phrases compiled once per evaluation; the key holds the phrases, as shared analyses must. */
  private static Signposting.RequiredPhrases requiredPhrases(EvaluationContext context, List<String> phrases) {
    return context.shared(
        AnalysisKey.of("required phrases", phrases), shared -> Signposting.RequiredPhrases.of(phrases));
  }

  // ------------------------------------------------------------------------------------------------- MON-6

  private static Rule monitorLoadRule() {
    return Rules.contributors()
        .that(Vocabulary.IS_SERVING)
        .should(HAS_BEARABLE_LOAD)
        .id("MON-6")
        .title("monitor load")
        .severity(Severity.WARNING)
        .because("nobody can read and answer more than a few busy accounts at the same time")
        .source(Sources.NYP_STATEMENT)
        .hint("move some of the person's rota slots on these accounts to someone else")
        .parameters(MAX_CONCURRENT_ACCOUNTS)
        .build();
  }

  private static Verdict judgeLoad(Contributor person, EvaluationContext context) {
    MonitoringCoverage coverage = context.coverage();
    int max = context.value(MAX_CONCURRENT_ACCOUNTS);
    // This criterion runs once per contributor: their own overload only, not everyone's again.
    List<MonitorOverload> overloads = coverage.overloadOf(person.id(), max);
    if (overloads.isEmpty()) {
      return Verdict.pass();
    }
    Estate estate = context.estate();
    List<String> lines = new ArrayList<>(overloads.size());
    int peak = 0;
    Duration total = Duration.ZERO;
    for (MonitorOverload overload : overloads) {
      List<String> handles = new ArrayList<>(overload.accounts().size());
      for (String accountId : overload.accounts()) {
        handles.add(Shown.handleById(estate, accountId));
      }
      lines.add(
          overload.window().format(coverage.zone())
              + ": "
              + overload.peak()
              + " accounts at once ("
              + String.join(", ", handles)
              + ")");
      peak = Math.max(peak, overload.peak());
      total = total.plus(overload.window().duration());
    }
    return Verdict.fail(
        Finding.builder()
            .message(
                "is on duty for up to "
                    + peak
                    + " accounts at once, more than "
                    + max
                    + ", for "
                    + TimeWindow.formatDuration(total)
                    + " in "
                    + windows(overloads.size()))
            .addEvidence(Evidence.of("overloaded windows", lines))
            .build());
  }
}
