package io.github.accountgovernance.rules.catalogue;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountStatus;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.ObservedHandle;
import io.github.accountgovernance.core.model.Platform;
import io.github.accountgovernance.rules.authoring.AnalysisKey;
import io.github.accountgovernance.rules.authoring.Criterion;
import io.github.accountgovernance.rules.authoring.EvaluationContext;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.authoring.Finding;
import io.github.accountgovernance.rules.authoring.FindingSink;
import io.github.accountgovernance.rules.authoring.Parameter;
import io.github.accountgovernance.rules.authoring.ParameterRefusedException;
import io.github.accountgovernance.rules.authoring.ParameterType;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.authoring.Rules;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.authoring.Subject;
import io.github.accountgovernance.rules.authoring.Verdict;
import io.github.accountgovernance.rules.naming.ConventionCheck;
import io.github.accountgovernance.rules.naming.DisplayNames;
import io.github.accountgovernance.rules.naming.HandleConvention;
import io.github.accountgovernance.rules.naming.Lookalike;
import io.github.accountgovernance.rules.naming.LookalikeIndex;
import io.github.accountgovernance.rules.naming.LookalikeReason;
import io.github.accountgovernance.rules.naming.ScriptMix;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The naming rules of the policy catalogue (NAM-1 to NAM-5): handles follow their platform's syntax and the
 * force's convention, are unique under the platform's equivalence, have no lookalikes, and display names name
 * the force (and the district) in one script.
 *
 * <pre>{@code
 * PolicyPack pack = PolicyPack.builder("naming").add(NamingRules.all()).set(NamingRules.MAX_EDITS, 2).build();
 * Report report = pack.evaluate(estate);
 * report.violationsOf("NAM-4");
 * // @NYorksPol1ce: looks like @NYorksPolice: 1 edit: 'i' → '1' at 10
 * }</pre>
 *
 * <p>The analysis behind NAM-4, an index of the official handles, is built once per evaluation and shared.
 * Every rule here is immutable and thread-safe.
 */
public final class NamingRules {

  /**
   * NAM-4's {@code maxEdits}: how many edits (insertions, deletions, substitutions, swaps of two adjacent
   * characters) still make another handle a lookalike of an official one; 1 unless a pack sets another, and at
   * most {@value LookalikeIndex#LARGEST_MAX_EDITS}.
   */
  public static final Parameter<Integer> MAX_EDITS =
      Parameter.of(
              "maxEdits",
              ParameterType.INTEGER,
              LookalikeIndex.DEFAULT_MAX_EDITS,
              "edits within which another handle counts as a lookalike of an official handle")
          .requiring(
              n -> n >= 0 && n <= LookalikeIndex.LARGEST_MAX_EDITS,
              "is between 0 and " + LookalikeIndex.LARGEST_MAX_EDITS);

  /**
   * NAM-5's {@code forceNames}: the names the force goes by besides its own full name, which always counts,
   * such as {@code NYP}; none unless a pack sets them.
   */
  public static final Parameter<List<String>> FORCE_NAMES =
      Parameter.of(
              "forceNames",
              ParameterType.TEXT_LIST,
              List.of(),
              "names a display name may use for the force besides its full name, such as NYP")
          .requiring(names -> names.stream().noneMatch(String::isBlank), "has no blank names");


  private static final AnalysisKey<HandleConvention> CONVENTIONS = AnalysisKey.of("handle conventions");

  private static final Criterion<Account> HAS_VALID_HANDLE =
      Criterion.explained("has a handle its platform accepts", NamingRules::judgeSyntax);
  private static final Criterion<Account> HAS_CONVENTIONAL_TIER =
      Criterion.explained(
          "has a tier with a handle convention",
          (account, context) -> Verdict.of(conventions(context).template(account.tier()).isPresent()));
  private static final Criterion<Account> HAS_CONVENTIONAL_HANDLE =
      Criterion.explained("has the handle its tier's convention expects", NamingRules::judgeConvention);
  private static final Criterion<Account> NAMES_FORCE =
      Criterion.explained("names the force", NamingRules::judgeForceName);
  private static final Criterion<Account> NAMES_DISTRICT =
      Criterion.explained("names its district if it is a district account", NamingRules::judgeDistrictName);
  private static final Criterion<Account> HAS_ONE_SCRIPT =
      Criterion.explained("has a display name in one script", NamingRules::judgeScripts);

  private static final Rule PLATFORM_SYNTAX = platformSyntaxRule();
  private static final Rule CONVENTION = conventionRule();
  private static final Rule UNIQUENESS = uniquenessRule();
  private static final Rule LOOKALIKES = lookalikesRule();
  private static final Rule DISPLAY_NAMES = displayNamesRule();

  private NamingRules() {}

  /**
   * NAM-1 platform syntax: every handle that is registered or proposed (every account's but a deleted one's)
   * follows its platform's syntax: X 1 to 15 of {@code [A-Za-z0-9_]}; Instagram up to 30 of
   * {@code [A-Za-z0-9._]} with no leading, trailing or doubled dot; Facebook at least 5 of {@code [A-Za-z0-9.]}.
   *
   * @return the rule
   */
  public static Rule platformSyntax() {
    return PLATFORM_SYNTAX;
  }

  /**
   * NAM-2 convention: every active account whose tier has a convention in the force's
   * {@linkplain io.github.accountgovernance.core.model.Force#handleConventions() handle conventions} has the
   * handle the convention expects, under the platform's equivalence. A warning. The violation names the handle
   * expected, or says what the account lacks (a district, a function) for one to be worked out. A closing or
   * closed account is left out: it is on its way out, and the handle it would be told to take is usually its
   * successor's.
   *
   * @return the rule
   */
  public static Rule convention() {
    return CONVENTION;
  }

  /**
   * NAM-3 uniqueness: no two accounts whose handles are registered or proposed (every status but deleted)
   * share a handle under the platform's equivalence (case-insensitive; Facebook also ignores dots), whether they
   * write it exactly alike or not: an estate file may hold both, and this rule reports them. Each account that
   * shares its handle is reported, with every account that has the handle as evidence.
   *
   * @return the rule
   */
  public static Rule uniqueness() {
    return UNIQUENESS;
  }

  /**
   * NAM-4 lookalikes: no other handle is confusable with an official handle (an active, closing or closed and
   * retained account's), by the same Unicode TR39 confusable skeleton or within {@link #MAX_EDITS} edits.
   * Other handles are every other account's, including proposed and deleted ones, and the observed external
   * handles of the estate. Each lookalike is reported once per official handle it resembles, as a violation of
   * the lookalike (an account, or an observed {@linkplain Subject#of(Handle) handle}); two official handles
   * confusable with each other are reported once, by the later in handle order.
   *
   * @return the rule
   */
  public static Rule lookalikes() {
    return LOOKALIKES;
  }

  /**
   * NAM-5 display names: every active account's display name names the force (its full name or one of
   * {@link #FORCE_NAMES}), a district account's names its district (its name or handle token), and no display
   * name mixes scripts. A warning. Closing and closed accounts are left out, as NAM-2 leaves them.
   *
   * @return the rule
   */
  public static Rule displayNames() {
    return DISPLAY_NAMES;
  }

  /**
   * Returns the naming rules in id order.
   *
   * @return NAM-1 to NAM-5
   */
  public static List<Rule> all() {
    return List.of(PLATFORM_SYNTAX, CONVENTION, UNIQUENESS, LOOKALIKES, DISPLAY_NAMES);
  }

  // ------------------------------------------------------------------------------------------------- NAM-1

  private static Rule platformSyntaxRule() {
    return Rules.accounts()
        .that(Criterion.not(Vocabulary.IS_DELETED))
        .should(HAS_VALID_HANDLE)
        .id("NAM-1")
        .title("platform syntax")
        .because("a handle the platform does not accept cannot be registered, mentioned or found")
        .source(Sources.PLATFORMS)
        .hint("register a handle that the platform accepts")
        .build();
  }

  private static Verdict judgeSyntax(Account account, EvaluationContext context) {
    Handle handle = account.handle();
    if (handle.isValidOnPlatform()) {
      return Verdict.pass();
    }
    Platform platform = handle.platform();
    return Verdict.fail(
        Finding.builder()
            .message(
                "handle " + handle.display() + " is not valid on " + platform.displayName()
                    + ", which allows " + platform.syntaxDescription())
            .addEvidence(
                Evidence.of("handle", handle.display()),
                Evidence.of(platform.displayName() + " handles", platform.syntaxDescription()))
            .hint("register a handle of " + platform.syntaxDescription())
            .build());
  }

  // ------------------------------------------------------------------------------------------------- NAM-2

  private static HandleConvention conventions(EvaluationContext context) {
    return context.shared(CONVENTIONS, shared -> HandleConvention.of(shared.force()));
  }

  private static Rule conventionRule() {
    return Rules.accounts()
        .that(Vocabulary.IS_ACTIVE.and(HAS_CONVENTIONAL_TIER))
        .should(HAS_CONVENTIONAL_HANDLE)
        .id("NAM-2")
        .title("convention")
        .severity(Severity.WARNING)
        .because(
            "handles that follow one pattern make it easier for communities to find the force's accounts and"
                + " harder for a lookalike to pass as one")
        .source(Sources.NYP_STATEMENT)
        .hint("rename the account to the handle its tier's convention expects")
        .build();
  }

  private static Verdict judgeConvention(Account account, EvaluationContext context) {
    ConventionCheck check = conventions(context).check(account, context.force());
    if (check.follows()) {
      return Verdict.pass();
    }
    Finding.Builder finding =
        Finding.builder()
            .message(check.explanation())
            .addEvidence(Evidence.of("handle", account.handle().display()))
            .addEvidence(Evidence.of("convention", conventions(context).template(account.tier()).orElse("none")));
    if (check.expected().isPresent()) {
      String expected = Handle.of(account.platform(), check.expected().get()).display();
      finding
          .addEvidence(Evidence.of("expected handle", expected))
          .hint("rename the account to " + expected + ", or record why it departs from the convention");
    } else {
      finding.hint(
          "record the account's " + (check.outcome() == ConventionCheck.Outcome.NO_FUNCTION
              ? "function"
              : "district, as one of the force's district codes,")
              + " so that the handle it should have can be worked out");
    }
    return Verdict.fail(finding.build());
  }

  // ------------------------------------------------------------------------------------------------- NAM-3

  private static Rule uniquenessRule() {
    return Rule.ofCheck(
            "NAM-3",
            "no two accounts share a handle on a platform under that platform's equivalence",
            NamingRules::checkUniqueness)
        .title("uniqueness")
        .because(
            "two accounts with one handle cannot both be registered, and whoever holds the handle is the one"
                + " people find")
        .source(Sources.NYP_STATEMENT)
        .hint("give each account a handle of its own, or delete the duplicate record")
        .build();
  }

  private static void checkUniqueness(Estate estate, EvaluationContext context, FindingSink sink) {
    Map<Handle, List<Account>> byHandle = new TreeMap<>();
    for (Account account : estate.accounts()) {
      if (account.status() != AccountStatus.DELETED) {
        byHandle.computeIfAbsent(account.handle(), handle -> new ArrayList<>()).add(account);
      }
    }
    for (List<Account> sharing : byHandle.values()) {
      for (Account account : sharing) {
        Subject subject = Subject.of(account);
        sink.checked(subject);
        if (sharing.size() < 2) {
          continue;
        }
        Platform platform = account.platform();
        String others = EstateWords.count(sharing.size() - 1, "other account", "other accounts");
        sink.report(
            subject,
            Finding.builder()
                .message(
                    writtenAlike(sharing)
                        ? "has the same handle as " + others + " on " + platform.displayName()
                        : "shares its handle with " + others + " on " + platform.displayName() + ", which "
                            + equivalence(platform))
                .addEvidence(Evidence.of("accounts with the handle", EstateWords.accountsWithStatus(sharing)))
                .addEvidence(Evidence.of("equivalence key", platform.fileName() + ":" + account.handle().equivalenceKey()))
                .build());
      }
    }
  }

  /** Whether the accounts' handles are written exactly alike, so that no equivalence needs explaining. */
  private static boolean writtenAlike(List<Account> sharing) {
    String first = sharing.get(0).handle().value();
    for (Account account : sharing) {
      if (!account.handle().value().equals(first)) {
        return false;
      }
    }
    return true;
  }

  /** How the platform tells handles apart, in words, from its declared equivalence. */
  static String equivalence(Platform platform) {
    List<String> ignored = new ArrayList<>();
    if (!platform.isCaseSensitive()) {
      ignored.add("case");
    }
    platform.ignoredCharacters().codePoints().forEach(c -> ignored.add(switch (c) {
      case '.' -> "dots";
      case '_' -> "underscores";
      case '-' -> "hyphens";
      default -> "\"" + Character.toString(c) + "\"";
    }));
    if (ignored.isEmpty()) {
      return "compares handles exactly";
    }
    String last = ignored.remove(ignored.size() - 1);
    return "ignores " + (ignored.isEmpty() ? last : String.join(", ", ignored) + " and " + last) + " in handles";
  }

  // ------------------------------------------------------------------------------------------------- NAM-4

  /** The handles NAM-4 protects: those of accounts that are active, closing, or closed and retained. */
  static boolean isOfficial(Account account) {
    return account.status().isOpen() || account.status() == AccountStatus.CLOSED;
  }

  private static Rule lookalikesRule() {
    return Rule.ofCheck(
            "NAM-4",
            "no other handle is confusable with an official handle: the same confusable skeleton, or an edit"
                + " distance of at most {maxEdits}",
            NamingRules::checkLookalikes)
        .title("lookalikes")
        .parameters(MAX_EDITS)
        .because(
            "people send crime reports and calls for help to any account that looks official, so a lookalike"
                + " can intercept them or mislead followers")
        .source(Sources.NYP_STATEMENT)
        .hint(
            "report an impersonating handle to the platform, rename a confusable account of the force, or"
                + " register the lookalike handle and keep it dormant")
        .build();
  }

  /** The index, or NAM-4's refusal of a {@code maxEdits} whose index would not fit its memory budget. */
  private static LookalikeIndex lookalikeIndex(List<Handle> official, int maxEdits) {
    try {
      return LookalikeIndex.of(official, maxEdits);
    } catch (IllegalArgumentException overBudget) {
      throw new ParameterRefusedException(
          RuleId.of("NAM-4"), MAX_EDITS.key(), overBudget.getMessage(), overBudget);
    }
  }

  private static void checkLookalikes(Estate estate, EvaluationContext context, FindingSink sink) {
    int maxEdits = context.value(MAX_EDITS);
    LookalikeIndex index =
        context.shared(
            AnalysisKey.of("official handle lookalike index", maxEdits),
            shared -> lookalikeIndex(officialHandles(shared.estate()), maxEdits));
    Set<Handle> official = new HashSet<>(index.officialHandles());

    // Every account is a candidate, and so is every observed handle that is not an account's own.
    Set<Handle> accountHandles = new HashSet<>();
    for (Account account : estate.accounts()) {
      accountHandles.add(account.handle());
      Subject subject = Subject.of(account);
      sink.checked(subject);
      boolean candidateIsOfficial = isOfficial(account);
      for (Lookalike lookalike : index.findLookalikes(account.handle())) {
        // Two official handles confusable with each other are one problem: report it once, by the later.
        if (candidateIsOfficial
            && official.contains(lookalike.official())
            && account.handle().compareTo(lookalike.official()) < 0) {
          continue;
        }
        sink.report(subject, lookalikeFinding(estate, lookalike, EstateWords.accountWithStatus(account)));
      }
    }
    checkObservedLookalikes(estate, index, accountHandles, sink);
  }

  /** Every observed handle that is not an account's own is a candidate too, reported once per handle. */
  private static void checkObservedLookalikes(
      Estate estate, LookalikeIndex index, Set<Handle> accountHandles, FindingSink sink) {
    Set<Handle> observedSeen = new HashSet<>();
    for (ObservedHandle observed : estate.observedHandles()) {
      Handle handle = observed.handle();
      if (accountHandles.contains(handle) || !observedSeen.add(handle)) {
        continue;
      }
      Subject subject = Subject.of(handle);
      sink.checked(subject);
      String described =
          handle.display() + " (observed" + observed.observedOn().map(on -> " on " + on).orElse("")
              + observed.note().map(note -> ": " + note).orElse("") + ")";
      for (Lookalike lookalike : index.findLookalikes(handle)) {
        sink.report(subject, lookalikeFinding(estate, lookalike, described));
      }
    }
  }

  private static List<Handle> officialHandles(Estate estate) {
    List<Handle> handles = new ArrayList<>();
    for (Account account : estate.accounts()) {
      if (isOfficial(account)) {
        handles.add(account.handle());
      }
    }
    return handles;
  }

  private static Finding lookalikeFinding(Estate estate, Lookalike lookalike, String candidate) {
    List<String> why = new ArrayList<>();
    for (LookalikeReason reason : lookalike.reasons()) {
      why.add(reason(reason, lookalike));
    }
    List<String> officialAccounts = new ArrayList<>();
    for (Account account : estate.accountsWithHandle(lookalike.official())) {
      if (isOfficial(account)) {
        officialAccounts.add(EstateWords.accountWithStatus(account));
      }
    }
    return Finding.builder()
        .message("looks like official handle " + lookalike.official().display() + ": " + String.join("; ", why))
        .addEvidence(Evidence.of("lookalike handle", candidate))
        .addEvidence(Evidence.of("official handle", officialAccounts.isEmpty()
            ? List.of(lookalike.official().display())
            : officialAccounts))
        .addEvidence(Evidence.of("why", why))
        .key(lookalike.official().platform().fileName() + ":" + lookalike.official().equivalenceKey())
        .build();
  }

  private static String reason(LookalikeReason reason, Lookalike lookalike) {
    switch (reason) {
      case SAME_SKELETON:
        return "same confusable skeleton \"" + lookalike.skeleton() + "\"";
      case EDIT_DISTANCE:
        return edits(lookalike);
      case CONFUSABLE_EDIT_DISTANCE:
        return edits(lookalike) + " once confusable characters are folded";
      default:
        throw new AssertionError("unknown lookalike reason " + reason);
    }
  }

  private static String edits(Lookalike lookalike) {
    List<String> edits = new ArrayList<>();
    for (Lookalike.Edit edit : lookalike.edits()) {
      edits.add(edit.describe());
    }
    return EstateWords.count(edits.size(), "edit", "edits") + ": " + String.join(", ", edits);
  }

  // ------------------------------------------------------------------------------------------------- NAM-5

  private static Rule displayNamesRule() {
    return Rules.accounts()
        .that(Vocabulary.IS_ACTIVE)
        .should(Criterion.allOf(NAMES_FORCE, NAMES_DISTRICT, HAS_ONE_SCRIPT))
        .id("NAM-5")
        .title("display names")
        .severity(Severity.WARNING)
        .parameters(FORCE_NAMES)
        .because(
            "people judge an account by its name: one that does not say whose it is, or mixes scripts, looks"
                + " like an impersonator")
        .source(Sources.NYP_STATEMENT)
        .hint("name the force, and for a district account its district, in one script")
        .build();
  }

  private static Verdict judgeForceName(Account account, EvaluationContext context) {
    List<String> names = context.value(FORCE_NAMES);
    if (DisplayNames.namesForce(account.displayName(), context.force(), names)) {
      return Verdict.pass();
    }
    List<String> accepted = new ArrayList<>();
    accepted.add(context.force().name());
    accepted.addAll(names);
    return Verdict.fail(
        Finding.builder()
            .message(
                "display name \"" + account.displayName() + "\" does not name the force as "
                    + String.join(" or ", accepted))
            .addEvidence(Evidence.of("display name", account.displayName()))
            .addEvidence(Evidence.of("names of the force", accepted))
            .hint("put \"" + context.force().name() + "\" into the display name")
            .build());
  }

  private static Verdict judgeDistrictName(Account account, EvaluationContext context) {
    if (account.tier() != AccountTier.DISTRICT || account.district().isEmpty()) {
      return Verdict.pass();
    }
    // The estate's own checks guarantee the code is one of the force's districts.
    District district = context.force().district(account.district().get()).orElseThrow();
    if (DisplayNames.namesDistrict(account.displayName(), district)) {
      return Verdict.pass();
    }
    List<String> accepted = new ArrayList<>(List.of(district.name()));
    if (!district.handleToken().equalsIgnoreCase(district.name())) {
      accepted.add(district.handleToken());
    }
    return Verdict.fail(
        Finding.builder()
            .message("display name \"" + account.displayName() + "\" does not name district " + district.name())
            .addEvidence(Evidence.of("display name", account.displayName()))
            .addEvidence(Evidence.of("names of the district", accepted))
            .hint("put \"" + district.name() + "\" into the display name")
            .build());
  }

  private static Verdict judgeScripts(Account account, EvaluationContext context) {
    ScriptMix mix = DisplayNames.scripts(account.displayName());
    if (!mix.isMixed()) {
      return Verdict.pass();
    }
    return Verdict.fail(
        Finding.builder()
            .message("display name \"" + account.displayName() + "\" " + mix.explanation())
            .addEvidence(Evidence.of("display name", account.displayName()))
            .addEvidence(Evidence.of("scripts", List.copyOf(mix.scripts())))
            .addEvidence(Evidence.of("characters of other scripts", mix.strayCharacters()))
            .addEvidence(Evidence.of("restriction level", mix.restriction().name().toLowerCase(Locale.ROOT)))
            .hint("write the display name in one script; replace the characters of the other scripts")
            .build());
  }
}
