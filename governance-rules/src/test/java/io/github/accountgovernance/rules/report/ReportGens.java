package io.github.accountgovernance.rules.report;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.accountgovernance.rules.EffectiveParameter;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.authoring.Finding;
import io.github.accountgovernance.rules.Fingerprint;
import io.github.accountgovernance.rules.Gens;
import io.github.accountgovernance.rules.Provenance;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.ReportWarning;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.RuleResult;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.authoring.Subject;
import io.github.accountgovernance.rules.authoring.SubjectKind;
import io.github.accountgovernance.rules.Violation;
import io.github.accountgovernance.rules.WaivedViolation;
import io.github.accountgovernance.rules.Waiver;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generated reports, built by hand through the public builders so that every part of the JSON schema is
 * exercised, including text that JSON, XML and Markdown must escape. Lists come in canonical (sorted, distinct)
 * order, as evaluation produces them.
 */
// Public for the file-format properties in rules.files; its signatures name QuickTheories types.
@SuppressWarnings("exports")
public final class ReportGens {

  private ReportGens() {}

  /** Text with quotes, backslashes, markup, line breaks, controls, accents and characters beyond the BMP. */
  public static Gen<String> text() {
    return Generate.oneOf(
        arbitrary().pick("@NYP_York", "York", "Operational Support Unit", "a \"quoted\" <b>bold</b> & *star*",
            "line one\nline two", "tab\there", "back\\slash", "Café – 11.4K", "emoji 😀", "nul\u0000bell\u0007",
            "| pipe | table |", "`code`", "# heading", "   "),
        strings().betweenCodePoints(' ', '~').ofLengthBetween(0, 20));
  }

  /**
   * Text that is not blank. A blank draw gains a letter rather than being drawn again: a report draws hundreds of
   * these, and QuickTheories gives up on an example after ten rejected draws.
   */
  public static Gen<String> words() {
    return text().map(ReportGens::notBlank);
  }

  /** Words on one line. */
  public static Gen<String> line() {
    return words().map(s -> notBlank(s.replace('\n', ' ').replace('\r', ' ')));
  }

  private static String notBlank(String text) {
    return text.isBlank() ? text + "a" : text;
  }

  public static Gen<RuleId> ruleIds() {
    return arbitrary().pick("MON", "NAM", "CLO", "EST", "ATT", "NYP")
        .zip(integers().between(1, 12), (prefix, number) -> RuleId.of(prefix + "-" + number));
  }

  public static Gen<Subject> subjects() {
    return arbitrary().enumValues(SubjectKind.class)
        .zip(Gens.strings("abcdefghijklmnopqrstuvwxyz", 1, 6).map(s -> s + "-x"), words(), Subject::of);
  }

  public static Gen<Evidence> evidence() {
    return words().zip(lists().of(text()).ofSizeBetween(0, 3), Evidence::of);
  }

  public static Gen<Finding> findings(int depth) {
    Gen<List<Finding>> causes =
        depth == 0 ? Generate.constant(List.of()) : lists().of(findings(depth - 1)).ofSizeBetween(0, 2);
    return builders(Finding::builder)
        .zip(words(), (b, message) -> b.message(message))
        .zip(optionals(words()), (b, clause) -> b.clause(clause))
        .zip(optionals(subjects()), (b, subject) -> b.subject(subject))
        .zip(lists().of(evidence()).ofSizeBetween(0, 2), (b, evidence) -> b.addAllEvidence(evidence))
        .zip(optionals(line()), (b, key) -> b.key(key))
        .zip(optionals(text()), (b, hint) -> b.hint(hint))
        .zip(causes, (b, list) -> b.addAllCauses(list))
        .map(Finding.Builder::build);
  }

  public static Gen<Violation> violations() {
    return builders(Violation::builder)
        .zip(ruleIds(), (b, id) -> b.ruleId(id))
        .zip(arbitrary().enumValues(Severity.class), (b, severity) -> b.severity(severity))
        .zip(subjects(), (b, subject) -> b.subject(subject))
        .zip(words(), (b, message) -> b.message(message))
        .zip(lists().of(evidence()).ofSizeBetween(0, 3), (b, evidence) -> b.addAllEvidence(evidence))
        .zip(optionals(text()), (b, hint) -> b.hint(hint))
        .zip(optionals(text()), (b, note) -> b.note(note))
        .zip(Generate.oneOf(Generate.constant(""), line()), (b, key) -> b.key(key))
        .zip(lists().of(findings(2)).ofSizeBetween(0, 2), (b, explanation) -> b.addAllExplanation(explanation))
        .map(Violation.Builder::build);
  }

  public static Gen<Waiver> waivers() {
    return builders(Waiver::builder)
        .zip(ruleIds(), (b, id) -> b.ruleId(id))
        .zip(words(), (b, subject) -> b.subject(subject))
        .zip(optionals(words()), (b, key) -> b.key(key))
        .zip(words(), (b, reason) -> b.reason(reason))
        .zip(words(), (b, approver) -> b.approvedBy(approver))
        .zip(integers().between(0, 400).map(days -> LocalDate.of(2021, 1, 1).plusDays(days)),
            (b, date) -> b.expiresOn(date))
        .map(Waiver.Builder::build);
  }

  public static Gen<RuleResult> ruleResults(RuleId id) {
    Gen<List<Integer>> checkedAndPassed =
        integers().between(0, 50).flatMap(checked ->
            integers().between(0, checked).map(passed -> List.of(checked, passed)));
    return builders(RuleResult::builder)
        .map(b -> b.ruleId(id))
        .zip(words(), (b, title) -> b.title(title))
        .zip(arbitrary().enumValues(Severity.class), (b, severity) -> b.severity(severity))
        .zip(words(), (b, statement) -> b.statement(statement))
        .zip(optionals(text()), (b, rationale) -> b.rationale(rationale))
        .zip(optionals(text()), (b, source) -> b.source(source))
        .zip(optionals(text()), (b, hint) -> b.hint(hint))
        .zip(lists().of(line()).ofSizeBetween(0, 2), (b, keys) -> b.addAllParameters(keys))
        .zip(checkedAndPassed, (b, counts) -> b.checked(counts.get(0)).passed(counts.get(1)))
        .zip(integers().between(0, 9), (b, n) -> b.violations(n))
        .zip(integers().between(0, 9), (b, n) -> b.waived(n))
        .zip(integers().between(0, 9), (b, n) -> b.baselined(n))
        .map(RuleResult.Builder::build);
  }

  public static Gen<EffectiveParameter> parameters() {
    return builders(EffectiveParameter::builder)
        .zip(line(), (b, key) -> b.key(key))
        .zip(text(), (b, value) -> b.text(value).value(value))
        .zip(line(), (b, type) -> b.type(type))
        .zip(text(), (b, description) -> b.description(description))
        .zip(text(), (b, text) -> b.defaultText(text))
        .zip(arbitrary().enumValues(Provenance.class), (b, provenance) -> b.provenance(provenance))
        .zip(words(), (b, setBy) -> b.setBy(setBy))
        .zip(lists().of(ruleIds()).ofSizeBetween(0, 2), (b, rules) -> b.addAllRules(rules))
        .map(EffectiveParameter.Builder::build);
  }

  public static Gen<ReportWarning> warnings() {
    Gen<RuleId> ruleIdOrNull =
        Generate.frequency(Pair.of(70, ruleIds()), Pair.of(30, Generate.constant((RuleId) null)));
    return arbitrary().enumValues(ReportWarning.Kind.class).zip(ruleIdOrNull, text(), ReportWarning::of);
  }

  public static Gen<Fingerprint> fingerprints() {
    return ruleIds().zip(subjects(), Generate.oneOf(Generate.constant(""), line()), Fingerprint::of);
  }

  public static <T extends Comparable<? super T>> Gen<List<T>> canonical(Gen<T> items, int max) {
    return lists().of(items).ofSizeBetween(0, max).map(ReportWords::sorted);
  }

  /** Reports whose every list is in canonical order. */
  public static Gen<Report> reports() {
    Gen<List<RuleResult>> rules =
        distinctSorted(ruleIds(), 4).flatMap(ids -> sequence(ids.stream().map(ReportGens::ruleResults).toList()))
            .map(ReportWords::sorted);
    Gen<List<Violation>> distinctViolations =
        Gens.distinctLists(violations(), 4, v -> List.of(v.ruleId(), v.subject(), v.message(), v.key()))
            .map(ReportWords::sorted);
    Gen<List<WaivedViolation>> waived =
        Gens.distinctLists(
                violations().zip(waivers(), WaivedViolation::of),
                2,
                w -> List.of(w.violation().ruleId(), w.violation().subject(), w.violation().message(),
                    w.violation().key()))
            .map(ReportWords::sorted);
    return builders(Report::builder)
        .zip(Gens.strings("abcdefghijklmnopqrstuvwxyz", 1, 8), (b, id) -> b.packId(id))
        .zip(words(), (b, name) -> b.packName(name))
        .zip(words(), (b, name) -> b.forceName(name))
        .zip(longs().between(1_577_836_800L, 1_704_067_200L).map(s -> Instant.ofEpochSecond(s)),
            (b, asOf) -> b.asOf(asOf))
        .zip(longs().between(0, 90L * 24 * 3600).map(s -> Duration.ofSeconds(s)), (b, h) -> b.horizon(h))
        .zip(rules, (b, list) -> b.addAllRules(list))
        .zip(distinctSorted(ruleIds(), 2), (b, list) -> b.addAllDisabledRules(list))
        .zip(Gens.distinctLists(parameters(), 3, EffectiveParameter::key).map(ReportWords::sorted),
            (b, list) -> b.addAllParameters(list))
        .zip(distinctViolations, (b, list) -> b.addAllViolations(list))
        .zip(waived, (b, list) -> b.addAllWaived(list))
        .zip(distinctViolations, (b, list) -> b.addAllBaselined(list))
        .zip(canonical(fingerprints(), 2).map(list -> list.stream().distinct().collect(Collectors.toList())),
            (b, list) -> b.addAllFixedBaselineEntries(list))
        .zip(canonical(waivers(), 2), (b, list) -> b.addAllStaleWaivers(list))
        .zip(canonical(waivers(), 2), (b, list) -> b.addAllExpiringWaivers(list))
        .zip(canonical(warnings(), 3), (b, list) -> b.addAllWarnings(list))
        .map(Report.Builder::build);
  }

  /** A fresh builder for every value drawn, which the steps that follow fill in. */
  private static <B> Gen<B> builders(Supplier<B> builder) {
    return Generate.constant(builder);
  }

  /** Present nineteen times in twenty. */
  private static <T> Gen<Optional<T>> optionals(Gen<T> values) {
    return values.toOptionals(5);
  }

  /** Up to {@code max} distinct items, sorted. */
  private static <T extends Comparable<? super T>> Gen<List<T>> distinctSorted(Gen<T> items, int max) {
    return lists().of(items).ofSizeBetween(0, max).map(list -> ReportWords.sorted(Gens.distinctBy(list, t -> t)));
  }

  /** One value from each generator, in order. */
  private static <T> Gen<List<T>> sequence(List<Gen<T>> gens) {
    Gen<List<T>> all = Generate.constant(List.of());
    for (Gen<T> gen : gens) {
      all = all.zip(gen, (list, item) -> {
        List<T> longer = new ArrayList<>(list);
        longer.add(item);
        return List.copyOf(longer);
      });
    }
    return all;
  }
}
