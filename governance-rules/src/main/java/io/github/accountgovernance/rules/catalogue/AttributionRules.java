package io.github.accountgovernance.rules.catalogue;

import io.github.accountgovernance.core.model.AccessGrant;
import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.Contributor;
import io.github.accountgovernance.core.model.Estate;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.model.SampledPost;
import io.github.accountgovernance.rules.authoring.Criterion;
import io.github.accountgovernance.rules.authoring.EvaluationContext;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.authoring.Finding;
import io.github.accountgovernance.rules.authoring.Parameter;
import io.github.accountgovernance.rules.authoring.ParameterType;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.authoring.Rules;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.authoring.TextPattern;
import io.github.accountgovernance.rules.authoring.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The attribution rules of the policy catalogue (ATT-1 to ATT-3): officers sign posts as themselves, district
 * accounts speak with local voices, and people who have left hold no access.
 *
 * <p><b>Where ATT-1 finds a signature.</b> A post is signed when the estate records its signature, or else when
 * its text ends with a sign-off that the pack's {@link #SIGN_OFF_PATTERN} finds: by default a {@code ^} or
 * {@code ~} followed at once by up to 40 characters of name or number, the way forces sign ("Road closed near
 * Thirsk. ^PC 1234").
 *
 * <p><b>How ATT-1 reads a signature.</b> Signatures are compared ignoring case, white space and dots, after
 * dropping leading marks such as {@code ^}, {@code -} or {@code ~}. A signature may start with one of the
 * {@link #RANK_PREFIXES} ({@code PC}, {@code Sgt}, {@code DC}, …), written apart or joined to a collar number.
 * It is the author's own when what remains is the author's full name, the author's surname after a rank
 * ({@code Sgt Example}), or the author's collar number. Every word of the signature that holds a digit is taken
 * for a collar number and must match {@link #COLLAR_PATTERN} in full.
 *
 * <pre>{@code
 * // Alex Example, collar number 1402:  "PC 1402", "pc1402", "^Alex Example", "Sgt Example" pass;
 * // "PC 1234" (someone else's number), "Jo Bloggs" and "PC 1402ABC" (not a collar number) fail.
 * PolicyPack pack = PolicyPack.builder("attribution").add(AttributionRules.all())
 *     .set(AttributionRules.COLLAR_PATTERN, TextPattern.of("\\d{4}"))
 *     .build();
 * }</pre>
 *
 * <p>Every rule here is immutable and thread-safe.
 */
public final class AttributionRules {

  /**
   * ATT-1's {@code collarPattern}: the force's collar-number format, which each collar number in a signature
   * must match in full; by default up to two letters, 1 to 5 digits, up to two letters.
   */
  public static final Parameter<TextPattern> COLLAR_PATTERN =
      Parameter.of(
          "collarPattern",
          ParameterType.PATTERN,
          TextPattern.of("[A-Za-z]{0,2}\\d{1,5}[A-Za-z]{0,2}"),
          "the force's collar-number format");

  /**
   * ATT-1's {@code signOffPattern}: how a post's text ends with its author's signature when the estate records
   * none. The pattern is found at the end of the text; its group named {@code signature}, or else the whole
   * match, is the signature. By default a {@code ^} or {@code ~} (after a space or at the start) written straight
   * before up to 40 characters without another such mark: "... find another route. ^PC 1234" is signed
   * "PC 1234", while "A19 ^ A168" is not a sign-off.
   */
  public static final Parameter<TextPattern> SIGN_OFF_PATTERN =
      Parameter.of(
          "signOffPattern",
          ParameterType.PATTERN,
          TextPattern.of("(?:^|\\s)[\\^~](?<signature>[^\\s^~][^^~\\n]{0,39}?)\\s*$"),
          "how a post's text ends with its author's signature when none is recorded; the group named signature"
              + " is the signature");

  /**
   * ATT-2's {@code forceWideTeams}: the teams that work for the whole force, such as Corporate Communications,
   * whose people may post on any district's account; compared ignoring case and surrounding spaces. None by
   * default, when only a contributor with no district counts as force-wide.
   */
  public static final Parameter<List<String>> FORCE_WIDE_TEAMS =
      Parameter.of(
          "forceWideTeams",
          ParameterType.TEXT_LIST,
          List.of(),
          "the teams that work for the whole force, whose people may post on any district's account");

  /**
   * The ranks and roles ATT-1 lets a signature start with, compared ignoring case, white space and dots, and
   * longest first so that {@code PCSO} is tried before {@code PC}: chief superintendent, chief inspector, police
   * community support officer, detective sergeant, superintendent, inspector, sergeant, the detective ranks,
   * police constable, special constable.
   */
  public static final List<String> RANK_PREFIXES =
      List.of(
          "Ch Supt", "Ch Insp", "PCSO", "DSgt", "Supt", "Insp", "Sgt", "DCI", "DCS", "DSU", "PC", "SC", "DC", "DS",
          "DI");


  private static final Pattern LEADING_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+");
  private static final Pattern IGNORED = Pattern.compile("[\\s.]+");
  private static final Pattern DIGIT = Pattern.compile("\\d");

  private static final Criterion<SampledPost> IS_SIGNED =
      Criterion.adjective(
          "signed",
          (post, context) -> Verdict.of(signatureOf(post, context.value(SIGN_OFF_PATTERN)).isPresent()));
  private static final Criterion<SampledPost> IS_SIGNED_AS_AUTHOR =
      Criterion.explained(
          "is signed with its author's own name or collar number, and its collar numbers match the force's"
              + " format",
          AttributionRules::judgeSignature);
  private static final Criterion<Contributor> HAS_DISTRICT_ACCESS =
      Criterion.explained(
          "has access to an open district account",
          (person, context) -> Verdict.of(hasDistrictAccount(person, context.estate())));
  private static final Criterion<Contributor> IS_LOCAL =
      Criterion.explained(
          "belongs to the district of each district account it has access to, or to a force-wide team",
          AttributionRules::judgeLocal);
  private static final Criterion<Contributor> HOLDS_NOTHING =
      Criterion.explained("holds no access and no rota slots after leaving", AttributionRules::judgeLeaver);

  private static final Rule SIGNATURES = signaturesRule();
  private static final Rule LOCAL_VOICES = localVoicesRule();
  private static final Rule LEAVERS = leaversRule();

  private AttributionRules() {}

  /**
   * ATT-1 signatures: every signed post (with a recorded signature, or a sign-off at the end of its text that
   * {@link #SIGN_OFF_PATTERN} finds) is signed with its author's own name or collar number (read as the class
   * comment says), and every collar number in a signature matches {@link #COLLAR_PATTERN}.
   *
   * @return the rule
   */
  public static Rule signatures() {
    return SIGNATURES;
  }

  /**
   * ATT-2 local voices: a contributor with posting or administrator access to an open district account belongs
   * to that district or to a force-wide team: one of {@link #FORCE_WIDE_TEAMS}, or no district at all. Access to
   * a closed or deleted account is left to ATT-3 and the closure rules. A warning.
   *
   * @return the rule
   */
  public static Rule localVoices() {
    return LOCAL_VOICES;
  }

  /**
   * ATT-3 leavers: a contributor who has left holds no access grants and no future rota slots: none that end
   * after both the day they left (in the force's zone) and the evaluation's instant. A shift that ended before
   * the evaluation's instant is history, not a slot held. With no leaving date, the evaluation's instant alone
   * counts. A weekly pattern counts until the day before its end date, or for ever without one. The message counts
   * what is held; the evidence lists each grant and each slot once.
   *
   * @return the rule
   */
  public static Rule leavers() {
    return LEAVERS;
  }

  /**
   * Returns the attribution rules in id order.
   *
   * @return ATT-1 to ATT-3
   */
  public static List<Rule> all() {
    return List.of(SIGNATURES, LOCAL_VOICES, LEAVERS);
  }

  // ------------------------------------------------------------------------------------------------- ATT-1

  private static Rule signaturesRule() {
    return Rules.posts()
        .that(IS_SIGNED)
        .should(IS_SIGNED_AS_AUTHOR)
        .id("ATT-1")
        .title("signatures")
        .parameters(COLLAR_PATTERN, SIGN_OFF_PATTERN)
        .because(
            "the public should know who the voice behind a post is: officers may sign with their name or collar"
                + " number, and a signature that is not theirs misleads")
        .source(Sources.RECLAIM + "; " + Sources.YPOST + "; " + Sources.NYP_STATEMENT)
        .hint("sign posts with your own name or collar number")
        .build();
  }

  /**
   * The post's signature: the one the estate records, or else the sign-off the pattern finds at the end of its
   * text (its group named {@code signature}, or the whole match); empty when the post is not signed.
   */
  static Optional<String> signatureOf(SampledPost post, TextPattern signOff) {
    Optional<String> recorded = post.signature().filter(text -> !text.isBlank());
    if (recorded.isPresent()) {
      return recorded;
    }
    return signOff.firstMatch(post.text(), "signature").map(String::strip).filter(text -> !text.isEmpty());
  }

  private static Verdict judgeSignature(SampledPost post, EvaluationContext context) {
    String signature = signatureOf(post, context.value(SIGN_OFF_PATTERN)).orElseThrow();
    TextPattern collarPattern = context.value(COLLAR_PATTERN);
    Optional<Contributor> author = context.estate().contributor(post.author());
    List<Finding> failures = new ArrayList<>();

    String bare = LEADING_MARKS.matcher(signature.strip()).replaceFirst("");
    List<String> badCollars = new ArrayList<>();
    for (String word : withoutRank(bare).split("\\s+")) {
      if (DIGIT.matcher(word).find() && !collarPattern.matches(word)) {
        badCollars.add(word);
      }
    }
    if (!badCollars.isEmpty()) {
      failures.add(
          Finding.builder()
              .message(
                  "signature \"" + signature + "\" holds " + String.join(", ", badCollars)
                      + ", which does not match the collar-number format " + collarPattern.pattern())
              .addEvidence(Evidence.of("signature", signature))
              .addEvidence(Evidence.of("collar numbers not in the format", badCollars))
              .addEvidence(Evidence.of("collar-number format", collarPattern.pattern()))
              .key("collar-format")
              .hint("sign with a collar number in the force's format")
              .build());
    }
    if (author.isEmpty() || !isOwnSignature(bare, author.get())) {
      String who = author.map(Contributor::name).orElse(post.author());
      Finding.Builder finding =
          Finding.builder()
              .message(
                  "signature \"" + signature + "\" is neither " + who + "'s name nor "
                      + author.flatMap(Contributor::collarNumber).map(c -> "their collar number " + c)
                          .orElse("a collar number of theirs (they have none)"))
              .addEvidence(Evidence.of("signature", signature))
              .addEvidence(Evidence.of("author", who));
      author.flatMap(Contributor::collarNumber).ifPresent(c -> finding.addEvidence(Evidence.of("collar number", c)));
      failures.add(finding.key("not-author").hint("sign posts with your own name or collar number").build());
    }
    return failures.isEmpty() ? Verdict.pass() : Verdict.fail(failures);
  }

  /** Whether the signature, leading marks dropped, is the author's own: read as the class comment says. */
  static boolean isOwnSignature(String signature, Contributor author) {
    String whole = fold(signature);
    String afterRank = fold(withoutRank(signature));
    boolean hadRank = !afterRank.equals(whole);
    String name = fold(author.name());
    if (whole.equals(name) || afterRank.equals(name)) {
      return true;
    }
    String[] words = author.name().strip().split("\\s+");
    if (hadRank && words.length > 1 && afterRank.equals(fold(words[words.length - 1]))) {
      return true;
    }
    Optional<String> collar = author.collarNumber().map(AttributionRules::fold);
    return collar.isPresent() && (whole.equals(collar.get()) || afterRank.equals(collar.get()));
  }

  /**
   * Drops one leading rank, written apart ({@code PC 1402}, {@code Ch. Insp. Example}) or joined to a collar
   * number ({@code PC1402}); a rank alone, or one run into a word ({@code Pcxyz}), stays.
   */
  static String withoutRank(String signature) {
    for (String rank : RANK_PREFIXES) {
      String folded = fold(rank);
      int i = 0;
      int matched = 0;
      while (i < signature.length() && matched < folded.length()) {
        char c = signature.charAt(i);
        if (c != '.' && !Character.isWhitespace(c)) {
          if (Character.toLowerCase(c) != folded.charAt(matched)) {
            break;
          }
          matched++;
        }
        i++;
      }
      if (matched < folded.length() || i == signature.length()) {
        continue;
      }
      char next = signature.charAt(i);
      if (next == '.' || Character.isWhitespace(next) || Character.isDigit(next)) {
        String rest = signature.substring(i).replaceFirst("^[\\s.]+", "");
        if (!rest.isEmpty()) {
          return rest;
        }
      }
    }
    return signature;
  }

  private static String fold(String text) {
    return IGNORED.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  // ------------------------------------------------------------------------------------------------- ATT-2

  private static Rule localVoicesRule() {
    return Rules.contributors()
        .that(HAS_DISTRICT_ACCESS)
        .should(IS_LOCAL)
        .id("ATT-2")
        .title("local voices")
        .severity(Severity.WARNING)
        .parameters(FORCE_WIDE_TEAMS)
        .because("district accounts are run by local policing teams and speak for their area")
        .source(Sources.NYP_STATEMENT)
        .hint("give posting access to a district account only to that district's people or a force-wide team")
        .build();
  }

  private static Verdict judgeLocal(Contributor person, EvaluationContext context) {
    if (person.district().isEmpty() || onForceWideTeam(person, context.value(FORCE_WIDE_TEAMS))) {
      return Verdict.pass();
    }
    String home = person.district().get();
    List<String> elsewhere = new ArrayList<>();
    for (Account account : districtAccounts(person, context.estate())) {
      if (!account.district().get().equals(home)) {
        elsewhere.add(EstateWords.account(account) + " of " + districtName(context, account.district().get()));
      }
    }
    if (elsewhere.isEmpty()) {
      return Verdict.pass();
    }
    return Verdict.fail(
        Finding.builder()
            .message(
                "belongs to " + districtName(context, home) + " but has access to "
                    + EstateWords.count(elsewhere.size(), "district account", "district accounts")
                    + " of another district: " + String.join(", ", elsewhere))
            .addEvidence(Evidence.of("district", districtName(context, home)))
            .addEvidence(Evidence.of("accounts of other districts", elsewhere))
            .hint("remove the access, or move the person to the district or a force-wide team")
            .build());
  }

  private static boolean onForceWideTeam(Contributor person, List<String> forceWideTeams) {
    if (person.team().isEmpty()) {
      return false;
    }
    String team = person.team().get().strip();
    for (String forceWide : forceWideTeams) {
      if (forceWide.strip().equalsIgnoreCase(team)) {
        return true;
      }
    }
    return false;
  }

  /** The open district accounts the person may post on or administer, that name a district. */
  private static List<Account> districtAccounts(Contributor person, Estate estate) {
    List<Account> accounts = new ArrayList<>();
    for (AccessGrant grant : estate.grantsOf(person.id())) {
      Account account = estate.account(grant.account()).orElse(null);
      if (isOpenDistrictAccount(account) && !accounts.contains(account)) {
        accounts.add(account);
      }
    }
    return accounts;
  }

  /** Whether the person may post on or administer an open district account that names a district. */
  private static boolean hasDistrictAccount(Contributor person, Estate estate) {
    for (AccessGrant grant : estate.grantsOf(person.id())) {
      if (isOpenDistrictAccount(estate.account(grant.account()).orElse(null))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOpenDistrictAccount(Account account) {
    return account != null
        && account.tier() == AccountTier.DISTRICT
        && account.district().isPresent()
        && account.status().isOpen();
  }

  private static String districtName(EvaluationContext context, String code) {
    return context.force().district(code).map(district -> district.name()).orElse(code);
  }

  // ------------------------------------------------------------------------------------------------- ATT-3

  private static Rule leaversRule() {
    return Rules.contributors()
        .that(Vocabulary.HAS_LEFT)
        .should(HOLDS_NOTHING)
        .id("ATT-3")
        .allowEmptySelection()
        .title("leavers")
        .because(
            "a leaver who can still post speaks for the force without answering to it, and a rota slot held by"
                + " a leaver is a slot nobody covers")
        .source(Sources.NYP_STATEMENT)
        .hint("remove the leaver's access grants and give their rota slots to someone serving")
        .build();
  }

  private static Verdict judgeLeaver(Contributor person, EvaluationContext context) {
    Estate estate = context.estate();
    Instant endOfLeavingDay =
        person.leftOn().map(day -> day.plusDays(1).atStartOfDay(context.zone()).toInstant()).orElse(context.asOf());
    // Only slots still to come are held: a shift that ended before the evaluation is history, however late the
    // leaver's record was updated.
    Instant cutoff = endOfLeavingDay.isAfter(context.asOf()) ? endOfLeavingDay : context.asOf();
    String since = person.leftOn().map(day -> "leaving on " + day).orElse("leaving (no date recorded)");
    List<Finding> failures = new ArrayList<>();
    Set<String> grants = new LinkedHashSet<>();
    for (AccessGrant grant : estate.grantsOf(person.id())) {
      grants.add(
          grant.role().name().toLowerCase(Locale.ROOT) + " of " + EstateWords.accountById(estate, grant.account()));
    }
    if (!grants.isEmpty()) {
      failures.add(
          heldAfterLeaving(
              "still holds " + EstateWords.count(grants.size(), "access grant", "access grants") + " after " + since,
              "access grants", grants, "access", "remove the leaver's access grants"));
    }
    Set<String> slots = new LinkedHashSet<>();
    for (RotaAssignment slot : estate.rotaOf(person.id())) {
      if (RotaSlots.endsAfter(slot, cutoff, context.zone())) {
        slots.add(describeSlot(slot, context));
      }
    }
    if (!slots.isEmpty()) {
      failures.add(
          heldAfterLeaving(
              "still has " + EstateWords.count(slots.size(), "rota slot", "rota slots") + " ending after " + since,
              "rota slots", slots, "rota", "give the leaver's rota slots to someone serving"));
    }
    return failures.isEmpty() ? Verdict.pass() : Verdict.fail(failures);
  }

  /** One kind of thing a leaver still holds, counted in the message and each listed once, as evidence. */
  private static Finding heldAfterLeaving(String message, String label, Set<String> held, String key, String hint) {
    return Finding.builder()
        .message(message)
        .addEvidence(Evidence.of(label, List.copyOf(held)))
        .key(key)
        .hint(hint)
        .build();
  }

  private static String describeSlot(RotaAssignment slot, EvaluationContext context) {
    String account = EstateWords.accountById(context.estate(), slot.account());
    if (slot.shiftWindow().isPresent()) {
      return account + " " + slot.shiftWindow().get().format(context.zone());
    }
    return account + " " + slot.weeklyWindow().orElseThrow() + " from " + slot.validFrom().orElseThrow()
        + slot.validUntil().map(day -> " until " + day).orElse(", open-ended");
  }
}
