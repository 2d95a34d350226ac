package io.github.accountgovernance.rules.catalogue;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.ClosurePlan;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.SampledPost;
import io.github.accountgovernance.core.time.IntervalSet;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.rules.authoring.Criterion;
import io.github.accountgovernance.rules.authoring.EvaluationContext;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.authoring.Finding;
import io.github.accountgovernance.rules.authoring.FindingSink;
import io.github.accountgovernance.rules.authoring.Parameter;
import io.github.accountgovernance.rules.authoring.ParameterConstraint;
import io.github.accountgovernance.rules.authoring.ParameterType;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.authoring.Rules;
import io.github.accountgovernance.rules.authoring.Subject;
import io.github.accountgovernance.rules.authoring.Verdict;
import io.github.accountgovernance.rules.coverage.AccountCoverage;
import io.github.accountgovernance.rules.naming.Mentions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The closure rules of the policy catalogue (CLO-1 to CLO-6): accounts of a tier the pack disallows are planned
 * to close by a deadline; a closing account hands its followers to an active successor, says so in a final
 * message published in good time, stays monitored until it closes, and has its content archived first; a closed
 * handle stays registered, dormant and signposted so that nobody else can take it.
 *
 * <pre>{@code
 * PolicyPack pack = PolicyPack.builder("closure").add(ClosureRules.all())
 *     .set(ClosureRules.DEADLINE, LocalDate.of(2021, 6, 30))
 *     .set(ClosureRules.EXEMPT_ACCOUNTS, List.of("@NYP_ChiefCon"))
 *     .build();
 * pack.evaluate(estate).violationsOf("CLO-3");
 * // closure of @NYPRoadCrime: the final message does not mention @NYorksPolice
 * }</pre>
 *
 * <p>Subjects: CLO-1, CLO-2, CLO-4 and CLO-5 are about accounts; CLO-3 and CLO-6 about closure plans (shown as
 * {@code closure of @NYPRoadCrime}). CLO-2, CLO-3 and CLO-5 report each problem of a subject on its own with a
 * key naming it ({@code mention:force-x}, {@code notice}, {@code cycle:a-x>b-x}, {@code retention}), so that a
 * baseline accepting one problem still reports another. Dates are shown as {@code Wed 31 Mar 2021}.
 *
 * <p>Every rule here is immutable and thread-safe.
 */
public final class ClosureRules {

  /**
   * CLO-1's {@code disallowedTiers}: the tiers whose accounts must close; individual officers' accounts unless
   * set (the NPCC model as North Yorkshire adopted it).
   */
  public static final Parameter<Set<AccountTier>> DISALLOWED_TIERS =
      Parameter.of(
          "disallowedTiers",
          ParameterType.TIERS,
          Set.of(AccountTier.INDIVIDUAL_OFFICER),
          "the account tiers whose accounts must be planned to close");

  /**
   * CLO-1's (and EST-3's) {@code exemptAccounts}: accounts of a disallowed tier that may stay open (such as the
   * chief constable's), each named by account id or handle ({@code chief-x}, {@code @NYP_ChiefCon}); none unless
   * set. One list serves both rules: an exempt account needs no closure plan and may stay active.
   */
  public static final Parameter<List<String>> EXEMPT_ACCOUNTS = SharedParameters.EXEMPT_ACCOUNTS;

  /** CLO-1's {@code deadline}: the date by which disallowed accounts close; 31 March 2021 (npcc2021) unless set. */
  public static final Parameter<LocalDate> DEADLINE =
      Parameter.of(
          "deadline",
          ParameterType.DATE,
          LocalDate.of(2021, 3, 31),
          "the date by which accounts of a disallowed tier must close");

  /** CLO-3's {@code minNotice}: the least notice a final message gives before closure, 2 days unless set. */
  public static final Parameter<Duration> MIN_NOTICE =
      Parameter.of(
              "minNotice",
              ParameterType.DURATION,
              Duration.ofDays(2),
              "the least notice a final message gives before the account closes")
          .requiring(ClosureRules::isWholeDays, "is a whole number of days, zero or more");

  /** CLO-3's {@code maxNotice}: the most notice a final message gives before closure, 31 days unless set. */
  public static final Parameter<Duration> MAX_NOTICE =
      Parameter.of(
              "maxNotice",
              ParameterType.DURATION,
              Duration.ofDays(31),
              "the most notice a final message gives before the account closes")
          .requiring(ClosureRules::isWholeDays, "is a whole number of days, zero or more");

  /** CLO-5's {@code retainDays}: how long a closed handle stays registered before deletion, 365 days unless set. */
  public static final Parameter<Integer> RETAIN_DAYS =
      Parameter.of(
              "retainDays",
              ParameterType.INTEGER,
              365,
              "the days a closed handle stays registered and dormant before it may be deleted")
          .requiring(days -> days >= 0, "is zero or more");



  private static final Criterion<Account> HAS_DISALLOWED_TIER =
      Criterion.explained(
          "has a tier the pack disallows ({disallowedTiers})",
          (account, context) -> Verdict.of(context.value(DISALLOWED_TIERS).contains(account.tier())));
  private static final Criterion<Account> HAS_CLOSURE_PLAN_BY_DEADLINE =
      Criterion.explained("has a closure plan closing it by {deadline}", ClosureRules::judgeClosurePlan);
  private static final Criterion<Account> HAS_NO_LONG_GAP_UNTIL_CLOSURE =
      Criterion.explained(
          "never goes longer than {maxGap} without a monitor on duty until its closure date",
          ClosureRules::judgeGapsUntilClosure);
  private static final Criterion<Account> HAS_DECLARED_HOURS_COVERED_UNTIL_CLOSURE =
      Criterion.explained(
          "has its declared monitored hours covered until its closure date",
          ClosureRules::judgeDeclaredHoursUntilClosure);
  private static final Criterion<ClosurePlan> ARCHIVES_BY_CLOSURE =
      Criterion.explained(
          "archives the account's content on or before the closure date", ClosureRules::judgeArchive);

  private static final Rule DISALLOWED_TIERS_RULE = disallowedTiersRule();
  private static final Rule SUCCESSORS = successorsRule();
  private static final Rule FINAL_MESSAGE = finalMessageRule();
  private static final Rule MONITORED_UNTIL_CLOSED = monitoredUntilClosedRule();
  private static final Rule RETAINED_NOT_DELETED = retainedNotDeletedRule();
  private static final Rule ARCHIVE_FIRST = archiveFirstRule();

  private ClosureRules() {}

  /**
   * CLO-1 disallowed tiers: "every active or closing account that has a tier the pack disallows
   * ({disallowedTiers}) and is not exempt has a closure plan closing it by {deadline}". Evidence: the tier, the
   * planned closure date and the deadline. The exemptions, {@link #EXEMPT_ACCOUNTS}, are EST-3's too; an entry
   * that names no account is a warning in the report, with the closest id or handle.
   *
   * @return the rule
   */
  public static Rule disallowedTiers() {
    return DISALLOWED_TIERS_RULE;
  }

  /**
   * CLO-2 successors: "a closing or closed account names at least one successor that is active, on the same
   * platform, and covers its district (or is force-wide); successor chains end at an active account and never
   * loop". A successor that is itself closing or closed counts through its own successors; each loop is shown
   * whole ({@code @A → @B (closed) → @A}) and each dead end with its chain.
   *
   * <p>A successor covers the closing account if it is force-wide, or of the same district, or, for an account of
   * no district (a specialist team, a corporate function), of the same tier and no district either.
   *
   * @return the rule
   */
  public static Rule successors() {
    return SUCCESSORS;
  }

  /**
   * CLO-3 final message: "the final message is published between {maxNotice} and {minNotice} before closure and
   * mentions every successor's handle", mentions found as the platform finds them ({@link Mentions}). Checked for
   * closing and closed accounts. Evidence: the dates and the notice window, and each missing mention.
   *
   * @return the rule
   */
  public static Rule finalMessage() {
    return FINAL_MESSAGE;
  }

  /**
   * CLO-4 monitored until closed: "every closing account never goes longer than {maxGap} without a monitor on duty
   * until its closure date and has its declared monitored hours covered until its closure date". The checks of MON-2
   * and MON-3 on the shared {@linkplain EvaluationContext#coverage() coverage}, from the as-of
   * instant to the end of the closure date (over the whole horizon when no closure date is planned). A closure
   * date already past does not excuse the account: it is still closing, so still open, and is checked over the
   * whole horizon like MON-2 and MON-3 check it, the message saying that the date has passed.
   *
   * @return the rule
   */
  public static Rule monitoredUntilClosed() {
    return MONITORED_UNTIL_CLOSED;
  }

  /**
   * CLO-5 retain, don't delete: "a closed handle stays registered and dormant for {retainDays} days, and its bio
   * points to a successor and to each of {requiredPhrases}". A deleted account is checked for when it was deleted;
   * a closed one for posts after closing and for its bio.
   *
   * @return the rule
   */
  public static Rule retainedNotDeleted() {
    return RETAINED_NOT_DELETED;
  }

  /**
   * CLO-6 archive first: "every closure plan that is for a closing or closed account archives the account's content
   * on or before the closure date".
   *
   * @return the rule
   */
  public static Rule archiveFirst() {
    return ARCHIVE_FIRST;
  }

  /**
   * Returns CLO-1 to CLO-6, in id order.
   *
   * @return the rules; unmodifiable
   */
  public static List<Rule> all() {
    return List.of(
        DISALLOWED_TIERS_RULE, SUCCESSORS, FINAL_MESSAGE, MONITORED_UNTIL_CLOSED, RETAINED_NOT_DELETED, ARCHIVE_FIRST);
  }

  private static boolean isWholeDays(Duration duration) {
    return !duration.isNegative() && duration.getNano() == 0 && duration.getSeconds() % 86_400 == 0;
  }

  // ------------------------------------------------------------------------------------------------- CLO-1

  private static Rule disallowedTiersRule() {
    return Rules.accounts()
        .that(Vocabulary.IS_OPEN.and(HAS_DISALLOWED_TIER).and(Criterion.not(Vocabulary.IS_EXEMPT)))
        .should(HAS_CLOSURE_PLAN_BY_DEADLINE)
        .id("CLO-1")
        .allowEmptySelection()
        .title("disallowed tiers")
        .because(
            "under the NPCC model a force keeps a few well-monitored accounts; accounts of the tiers it gives up"
                + " must actually close, by a date the force commits to")
        .source(Sources.NPCC + "; " + Sources.YORKMIX)
        .hint(
            "plan the account's closure by the deadline (successors, final message, closure date), or name it in"
                + " exemptAccounts")
        .parameters(DISALLOWED_TIERS, EXEMPT_ACCOUNTS, DEADLINE)
        .build();
  }

  private static Verdict judgeClosurePlan(Account account, EvaluationContext context) {
    LocalDate deadline = context.value(DEADLINE);
    String tier = EstateWords.tier(account.tier());
    Optional<ClosurePlan> plan = context.estate().closurePlanFor(account.id());
    if (plan.isEmpty()) {
      long overdue = ChronoUnit.DAYS.between(deadline, context.today());
      return Verdict.fail(
          Finding.builder()
              .message(
                  "is an open "
                      + tier
                      + " account with no closure plan; it must close by "
                      + Shown.date(deadline)
                      + (overdue > 0 ? ", " + Shown.days(overdue) + " ago" : ""))
              .addEvidence(Evidence.of("tier", tier))
              .addEvidence(Evidence.of("deadline", Shown.date(deadline)))
              .build());
    }
    LocalDate closure = plan.get().closureDate();
    if (!closure.isAfter(deadline)) {
      return Verdict.pass();
    }
    return Verdict.fail(
        Finding.builder()
            .message(
                "its closure plan closes it on "
                    + Shown.date(closure)
                    + ", "
                    + Shown.days(ChronoUnit.DAYS.between(deadline, closure))
                    + " after the deadline of "
                    + Shown.date(deadline))
            .addEvidence(Evidence.of("tier", tier))
            .addEvidence(Evidence.of("planned closure", Shown.date(closure)))
            .addEvidence(Evidence.of("deadline", Shown.date(deadline)))
            .build());
  }

  // ------------------------------------------------------------------------------------------------- CLO-2

  private static Rule successorsRule() {
    return Rule.ofCheck(
            "CLO-2",
            "a closing or closed account names at least one successor that is active, on the same platform, and"
                + " covers its district (or is force-wide); successor chains end at an active account and never"
                + " loop",
            ClosureRules::checkSuccessors)
        .title("successors")
        .because(
            "followers of a closing account must be told where to go, and the account they are sent to must be"
                + " there for them: active, on their platform, and local to them or force-wide")
        .source(Sources.YORKMIX + "; " + Sources.NYP_STATEMENT)
        .hint("name an active district or force-wide account on the same platform as successor in the closure plan")
        .build();
  }

  private static void checkSuccessors(Estate estate, EvaluationContext context, FindingSink sink) {
    for (Account account : estate.accounts()) {
      if (!Vocabulary.isClosingOrClosed(account)) {
        continue;
      }
      Subject subject = Subject.of(account);
      sink.checked(subject);
      Optional<ClosurePlan> plan = estate.closurePlanFor(account.id());
      if (plan.isEmpty() || plan.get().successors().isEmpty()) {
        reportNoSuccessor(account, plan, subject, sink);
        continue;
      }
      SuccessorChains chains = SuccessorChains.of(estate, account);
      reportLoopsAndDeadEnds(chains, subject, sink);
      reportNoCoveringSuccessor(estate, account, plan.get(), chains, subject, sink);
    }
  }

  private static void reportNoSuccessor(
      Account account, Optional<ClosurePlan> plan, Subject subject, FindingSink sink) {
    sink.report(
        subject,
        Finding.builder()
            .message(
                "is "
                    + Shown.status(account)
                    + " but "
                    + (plan.isEmpty()
                        ? "has no closure plan naming a successor"
                        : "its closure plan names no successor"))
            .addEvidence(Evidence.of("status", Shown.status(account)))
            .key("no-successor")
            .build());
  }

  private static void reportLoopsAndDeadEnds(SuccessorChains chains, Subject subject, FindingSink sink) {
    for (List<Account> cycle : chains.cycles()) {
      sink.report(
          subject,
          Finding.builder()
              .message("its successor chain loops: " + SuccessorChains.show(cycle))
              .addEvidence(Evidence.of("loop", SuccessorChains.show(cycle)))
              .key(SuccessorChains.cycleKey(cycle))
              .hint("break the loop: make the last account of the chain name an active successor")
              .build());
    }
    for (List<Account> deadEnd : chains.deadEnds()) {
      Account last = deadEnd.get(deadEnd.size() - 1);
      sink.report(
          subject,
          Finding.builder()
              .message(
                  "its successor chain ends at "
                      + last.handle().display()
                      + ", which is "
                      + Shown.status(last)
                      + " and names no successor")
              .addEvidence(Evidence.of("chain", SuccessorChains.show(deadEnd)))
              .key("dead-end:" + last.id())
              .build());
    }
  }

  /** Reports the account if no chain of its successors ends at an active account on its platform that covers it. */
  private static void reportNoCoveringSuccessor(
      Estate estate, Account account, ClosurePlan plan, SuccessorChains chains, Subject subject, FindingSink sink) {
    List<String> rejected = new ArrayList<>();
    for (List<Account> chain : chains.toActive()) {
      Account end = chain.get(chain.size() - 1);
      if (end.platform() != account.platform()) {
        rejected.add(SuccessorChains.show(chain) + ": on " + end.platform().displayName());
      } else if (!SuccessorChains.covers(end, account)) {
        rejected.add(SuccessorChains.show(chain) + ": " + notCovering(estate, account));
      } else {
        return;
      }
    }
    Finding.Builder finding =
        Finding.builder()
            .message(
                "no successor chain ends at an account that is active, on "
                    + account.platform().displayName()
                    + ", and "
                    + coverage(estate, account))
            .key("no-covering-successor");
    if (!rejected.isEmpty()) {
      finding.addEvidence(Evidence.of("active successors that do not qualify", rejected));
    }
    List<String> named = new ArrayList<>();
    for (String id : plan.successors()) {
      named.add(estate.account(id).map(Shown::accountWithStatus).orElse(id));
    }
    sink.report(subject, finding.addEvidence(Evidence.of("named successors", named)).build());
  }

  /** {@code does not cover York and is not force-wide}: why an active successor does not qualify, in words. */
  private static String notCovering(Estate estate, Account closing) {
    if (closing.district().isPresent()) {
      return "does not cover " + districtName(estate, closing.district().get()) + " and is not force-wide";
    }
    return "is neither force-wide nor another " + EstateWords.tier(closing.tier()) + " account of no district";
  }

  private static String districtName(Estate estate, String code) {
    return estate.force().district(code).map(District::name).orElse(code);
  }

  /** {@code covers York or is force-wide}: what a successor must do for the closing account, in words. */
  private static String coverage(Estate estate, Account closing) {
    if (closing.district().isPresent()) {
      return "covers " + districtName(estate, closing.district().get()) + " or is force-wide";
    }
    return "is force-wide or another " + EstateWords.tier(closing.tier()) + " account of no district";
  }

  // ------------------------------------------------------------------------------------------------- CLO-3

  private static Rule finalMessageRule() {
    return Rule.ofCheck(
            "CLO-3",
            "the final message is published between {maxNotice} and {minNotice} before closure and mentions every"
                + " successor's handle",
            ClosureRules::checkFinalMessages)
        .title("final message")
        .because(
            "followers need notice, neither too little to act on nor so much that it is forgotten, and the"
                + " handles to follow next (York South named @NYP_York, @NYorksPolice and @NYP_Jobs three weeks"
                + " ahead)")
        .source(Sources.YORKMIX)
        .hint("publish a final message inside the notice window that mentions every successor's handle")
        .parameters(MIN_NOTICE, MAX_NOTICE).requiring(ParameterConstraint.atMost(MIN_NOTICE, MAX_NOTICE))
        .build();
  }

  private static void checkFinalMessages(Estate estate, EvaluationContext context, FindingSink sink) {
    long minNotice = context.value(MIN_NOTICE).toDays();
    long maxNotice = context.value(MAX_NOTICE).toDays();
    for (ClosurePlan plan : estate.closurePlans()) {
      Optional<Account> closing = estate.account(plan.account());
      if (closing.isEmpty() || !Vocabulary.isClosingOrClosed(closing.get())) {
        continue;
      }
      Subject subject = Subject.of(plan, estate);
      sink.checked(subject);
      String window = noticeWindow(plan.closureDate(), minNotice, maxNotice);
      List<Account> successors = new ArrayList<>();
      for (String id : plan.successors()) {
        estate.account(id).ifPresent(successors::add);
      }
      if (plan.finalMessage().isEmpty()) {
        reportNoMessage(successors, window, subject, sink);
        continue;
      }
      checkNotice(plan, minNotice, maxNotice, window, subject, sink);
      checkMentions(closing.get(), plan.finalMessage().get(), successors, subject, sink);
    }
  }

  /** {@code Sat 27 Feb 2021 – Mon 29 Mar 2021 (31 to 2 days before closure on Wed 31 Mar 2021)}. */
  private static String noticeWindow(LocalDate closure, long minNotice, long maxNotice) {
    return Shown.date(closure.minusDays(maxNotice))
        + " \u2013 "
        + Shown.date(closure.minusDays(minNotice))
        + " ("
        + maxNotice
        + " to "
        + Shown.days(minNotice)
        + " before closure on "
        + Shown.date(closure)
        + ")";
  }

  private static void reportNoMessage(List<Account> successors, String window, Subject subject, FindingSink sink) {
    List<String> handles = new ArrayList<>();
    for (Account successor : successors) {
      handles.add(successor.handle().display());
    }
    sink.report(
        subject,
        Finding.builder()
            .message("has no final message")
            .addEvidence(Evidence.of("notice window", window))
            .addEvidence(Evidence.of("successors to mention", handles))
            .key("no-message")
            .build());
  }

  private static void checkMentions(
      Account closing, String text, List<Account> successors, Subject subject, FindingSink sink) {
    Set<String> mentioned = new LinkedHashSet<>();
    for (Handle handle : Mentions.in(closing.platform(), text)) {
      mentioned.add(handle.display());
    }
    for (Account successor : successors) {
      if (!Mentions.mentions(text, successor.handle())) {
        sink.report(
            subject,
            Finding.builder()
                .message("the final message does not mention " + successor.handle().display())
                .addEvidence(Evidence.of("missing mention", successor.handle().display()))
                .addEvidence(Evidence.of("final message", text))
                .addEvidence(Evidence.of("mentioned", List.copyOf(mentioned)))
                .key("mention:" + successor.id())
                .hint("mention " + successor.handle().display() + " in the final message")
                .build());
      }
    }
  }

  private static void checkNotice(
      ClosurePlan plan, long minNotice, long maxNotice, String window, Subject subject, FindingSink sink) {
    LocalDate closure = plan.closureDate();
    if (plan.finalMessageOn().isEmpty()) {
      sink.report(
          subject,
          Finding.builder()
              .message("the final message has no publication date")
              .addEvidence(Evidence.of("notice window", window))
              .key("notice")
              .build());
      return;
    }
    LocalDate published = plan.finalMessageOn().get();
    long notice = ChronoUnit.DAYS.between(published, closure);
    if (notice >= minNotice && notice <= maxNotice) {
      return;
    }
    String when =
        notice < 0
            ? Shown.days(-notice) + " after closure"
            : notice < minNotice
                ? "only " + Shown.days(notice) + " before closure, less than " + Shown.days(minNotice)
                : Shown.days(notice) + " before closure, more than " + Shown.days(maxNotice);
    sink.report(
        subject,
        Finding.builder()
            .message("the final message was published on " + Shown.date(published) + ", " + when)
            .addEvidence(Evidence.of("final message published", Shown.date(published)))
            .addEvidence(Evidence.of("closure date", Shown.date(closure)))
            .addEvidence(Evidence.of("notice window", window))
            .key("notice")
            .build());
  }

  // ------------------------------------------------------------------------------------------------- CLO-4

  private static Rule monitoredUntilClosedRule() {
    return Rules.accounts()
        .that(Vocabulary.IS_CLOSING)
        .should(HAS_NO_LONG_GAP_UNTIL_CLOSURE.and(HAS_DECLARED_HOURS_COVERED_UNTIL_CLOSURE))
        .id("CLO-4")
        .allowEmptySelection()
        .title("monitored until closed")
        .because(
            "a closing account still receives reports until the day it closes; its followers have not all moved"
                + " yet")
        .source(Sources.NYP_STATEMENT + "; " + Sources.RECLAIM)
        .hint("keep the rota running until the closure date, or bring the closure forward")
        .parameters(SharedParameters.MAX_GAP)
        .build();
  }

  private static Verdict judgeGapsUntilClosure(Account account, EvaluationContext context) {
    UntilClosure until = UntilClosure.of(account, context);
    Duration maxGap = context.value(SharedParameters.MAX_GAP);
    IntervalSet gaps = until.cover.covered().gapsLongerThan(maxGap, until.window);
    if (gaps.isEmpty()) {
      return Verdict.pass();
    }
    Finding.Builder finding =
        Finding.builder()
            .message(
                "nobody is on duty for "
                    + EstateWords.count(gaps.size(), "stretch", "stretches")
                    + " longer than "
                    + SharedParameters.MAX_GAP.format(maxGap)
                    + until.before)
            .addEvidence(Evidence.of("uncovered windows longer than maxGap", until.cover.describe(gaps)));
    CoverageEvidence.addAbsences(finding, until.cover, gaps, context.estate(), until.cover.zone());
    CoverageEvidence.addLeavers(finding, until.cover, gaps, context.estate(), until.cover.zone());
    return Verdict.fail(finding.build());
  }

  private static Verdict judgeDeclaredHoursUntilClosure(Account account, EvaluationContext context) {
    UntilClosure until = UntilClosure.of(account, context);
    IntervalSet uncovered = until.cover.uncoveredDuringDeclaredHours().clip(until.window);
    if (uncovered.isEmpty()) {
      return Verdict.pass();
    }
    Finding.Builder finding =
        Finding.builder()
            .message(
                "nobody is on duty for "
                    + TimeWindow.formatDuration(uncovered.totalDuration())
                    + " of its declared hours"
                    + until.before)
            .addEvidence(Evidence.of("uncovered declared hours", until.cover.describe(uncovered)));
    CoverageEvidence.addAbsences(finding, until.cover, uncovered, context.estate(), until.cover.zone());
    CoverageEvidence.addLeavers(finding, until.cover, uncovered, context.estate(), until.cover.zone());
    return Verdict.fail(finding.build());
  }

  /**
   * The stretch of the horizon a closing account must stay monitored for, from the as-of instant to the end of its
   * closure date, with the words that say so ({@code " before it closes on Wed 31 Mar 2021"}). A closure date
   * already past does not excuse the account: it is still closing, so still open, and is checked over the whole
   * horizon, the words saying that the date has passed.
   */
  private static final class UntilClosure {
    final AccountCoverage cover;
    final TimeWindow window;
    final String before;

    private UntilClosure(AccountCoverage cover, TimeWindow window, String before) {
      this.cover = cover;
      this.window = window;
      this.before = before;
    }

    static UntilClosure of(Account account, EvaluationContext context) {
      AccountCoverage cover = context.coverage().account(account.id());
      Optional<LocalDate> closure = context.estate().closurePlanFor(account.id()).map(ClosurePlan::closureDate);
      long start = cover.window().startSecond();
      long end = cover.window().endSecond();
      String before =
          closure.map(date -> " before it closes on " + Shown.date(date)).orElse(" (no closure date is planned)");
      if (closure.isPresent()) {
        long closed = closure.get().plusDays(1).atStartOfDay(cover.zone()).toEpochSecond();
        if (closed > start) {
          end = Math.min(end, closed);
        } else {
          before = " although its closure date, " + Shown.date(closure.get()) + ", has passed";
        }
      }
      return new UntilClosure(cover, TimeWindow.ofEpochSeconds(start, end), before);
    }
  }

  // ------------------------------------------------------------------------------------------------- CLO-5

  private static Rule retainedNotDeletedRule() {
    return Rule.ofCheck(
            "CLO-5",
            "a closed handle stays registered and dormant for {retainDays} days, and its bio points to a successor"
                + " and to each of {requiredPhrases}",
            ClosureRules::checkRetained)
        .title("retain, don't delete")
        .because(
            "a deleted handle can be registered by anyone, and an account that looks like an official police"
                + " account is a named risk; a dormant one should still send people on")
        .source(Sources.NYP_STATEMENT + "; " + Sources.GUIDANCE)
        .hint(
            "keep the closed handle registered, post nothing more, and set its bio to point to the successor and"
                + " to 101 and 999")
        .parameters(RETAIN_DAYS, SharedParameters.REQUIRED_PHRASES)
        .build();
  }

  private static void checkRetained(Estate estate, EvaluationContext context, FindingSink sink) {
    int retainDays = context.value(RETAIN_DAYS);
    List<String> phrases = context.value(SharedParameters.REQUIRED_PHRASES);
    for (Account account : estate.accounts()) {
      if (account.status() == AccountStatus.DELETED) {
        Subject subject = Subject.of(account);
        sink.checked(subject);
        checkRetention(account, retainDays, context.today(), subject, sink);
      } else if (account.status() == AccountStatus.CLOSED) {
        Subject subject = Subject.of(account);
        sink.checked(subject);
        checkDormant(account, estate, context.zone(), subject, sink);
        checkBio(account, estate, phrases, subject, sink);
      }
    }
  }

  private static void checkRetention(
      Account account, int retainDays, LocalDate today, Subject subject, FindingSink sink) {
    String deletedText = account.deletedOn().map(Shown::date).orElse("an unrecorded date");
    if (account.closedOn().isEmpty()) {
      sink.report(
          subject,
          Finding.builder()
              .message(
                  "was deleted on "
                      + deletedText
                      + " with no record of when it closed, so it cannot be shown to have stayed registered for "
                      + Shown.days(retainDays))
              .addEvidence(Evidence.of("deleted on", deletedText))
              .key("retention")
              .build());
      return;
    }
    LocalDate closed = account.closedOn().get();
    LocalDate keepUntil = closed.plusDays(retainDays);
    LocalDate deleted = account.deletedOn().orElse(today);
    if (!deleted.isBefore(keepUntil)) {
      return;
    }
    sink.report(
        subject,
        Finding.builder()
            .message(
                "was deleted on "
                    + deletedText
                    + (account.deletedOn().isPresent()
                        ? ", " + Shown.days(ChronoUnit.DAYS.between(closed, deleted)) + " after it closed"
                        : "")
                    + "; it must stay registered until "
                    + Shown.date(keepUntil))
            .addEvidence(Evidence.of("closed on", Shown.date(closed)))
            .addEvidence(Evidence.of("deleted on", deletedText))
            .addEvidence(Evidence.of("keep registered until", Shown.date(keepUntil)))
            .key("retention")
            .build());
  }

  /**
   * The text cut to at most {@code limit} code points, ending with an ellipsis when cut; counted in code points
   * so that an emoji is never split into half a surrogate pair.
   */
  static String shortened(String text, int limit) {
    if (text.codePointCount(0, text.length()) <= limit) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, limit - 1)) + "\u2026";
  }

  private static void checkDormant(Account account, Estate estate, ZoneId zone, Subject subject, FindingSink sink) {
    if (account.closedOn().isEmpty()) {
      return;
    }
    LocalDate closed = account.closedOn().get();
    List<String> after = new ArrayList<>();
    for (SampledPost post : estate.postsOn(account.id())) {
      if (LocalDate.ofInstant(post.postedAt(), zone).isAfter(closed)) {
        String text = shortened(post.text(), 80);
        after.add(TimeWindow.formatInstant(post.postedAt(), zone) + ": " + text);
      }
    }
    if (!after.isEmpty()) {
      sink.report(
          subject,
          Finding.builder()
              .message(
                  "has " + EstateWords.count(after.size(), "post", "posts") + " after it closed on " + Shown.date(closed))
              .addEvidence(Evidence.of("posts after closing", after))
              .key("dormant")
              .hint("post nothing more from a closed account; point people to the successor in its bio")
              .build());
    }
  }

  private static void checkBio(
      Account account, Estate estate, List<String> phrases, Subject subject, FindingSink sink) {
    Set<Account> successors = new LinkedHashSet<>();
    estate
        .closurePlanFor(account.id())
        .ifPresent(plan -> plan.successors().forEach(id -> estate.account(id).ifPresent(successors::add)));
    successors.addAll(SuccessorChains.of(estate, account).activeEnds());
    boolean anySuccessor = !successors.isEmpty();
    if (!anySuccessor) {
      // With no successor on record, any active account of the force on the platform will do.
      for (Account other : estate.accountsOn(account.platform())) {
        if (other.status() == AccountStatus.ACTIVE) {
          successors.add(other);
        }
      }
    }
    boolean pointed = false;
    List<String> handles = new ArrayList<>();
    for (Account successor : successors) {
      handles.add(successor.handle().display());
      pointed |= Mentions.mentions(account.bio(), successor.handle());
    }
    if (!pointed) {
      sink.report(
          subject,
          Finding.builder()
              .message(
                  "its bio does not point to "
                      + (anySuccessor ? "a successor" : "any active account of the force on "
                          + account.platform().displayName()))
              .addEvidence(Evidence.of("bio", account.bio()))
              .addEvidence(Evidence.of(anySuccessor ? "successors" : "active accounts", handles))
              .key("bio-successor")
              .build());
    }
    List<String> missing = Signposting.missingPhrases(account.bio(), phrases);
    if (!missing.isEmpty()) {
      sink.report(
          subject,
          Finding.builder()
              .message("its bio does not direct people to " + String.join(" or ", missing))
              .addEvidence(Evidence.of("bio", account.bio()))
              .addEvidence(Evidence.of("missing", missing))
              .key("bio-signposting")
              .build());
    }
  }

  // ------------------------------------------------------------------------------------------------- CLO-6

  private static Rule archiveFirstRule() {
    return Rules.closurePlans()
        .that(Vocabulary.IS_FOR_CLOSING_OR_CLOSED_ACCOUNT)
        .should(ARCHIVES_BY_CLOSURE)
        .id("CLO-6")
        .allowEmptySelection()
        .title("archive first")
        .because("once an account is closed its posts may be lost, and they are a public record of the force")
        .source(Sources.NPCC)
        .hint("archive the account's posts and record archivedOn in the closure plan before the closure date")
        .build();
  }

  private static Verdict judgeArchive(ClosurePlan plan, EvaluationContext context) {
    LocalDate closure = plan.closureDate();
    if (plan.archivedOn().isEmpty()) {
      long ahead = ChronoUnit.DAYS.between(context.today(), closure);
      return Verdict.fail(
          Finding.builder()
              .message(
                  "the account's content has not been archived; "
                      + (ahead > 0
                          ? "it closes on " + Shown.date(closure) + ", in " + Shown.days(ahead)
                          : "the closure date was " + Shown.date(closure)))
              .addEvidence(Evidence.of("closure date", Shown.date(closure)))
              .build());
    }
    LocalDate archived = plan.archivedOn().get();
    if (!archived.isAfter(closure)) {
      return Verdict.pass();
    }
    return Verdict.fail(
        Finding.builder()
            .message(
                "the content was archived on "
                    + Shown.date(archived)
                    + ", "
                    + Shown.days(ChronoUnit.DAYS.between(closure, archived))
                    + " after the closure date")
            .addEvidence(Evidence.of("archived on", Shown.date(archived)))
            .addEvidence(Evidence.of("closure date", Shown.date(closure)))
            .build());
  }
}
