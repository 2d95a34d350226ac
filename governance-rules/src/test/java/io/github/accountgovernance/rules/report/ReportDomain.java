package io.github.accountgovernance.rules.report;

import io.github.accountgovernance.rules.EffectiveParameter;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.authoring.Finding;
import io.github.accountgovernance.rules.Fingerprint;
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
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The jqwik domain of reports, built by hand through the public builders so that every part of the JSON schema
 * is exercised, including text that JSON, XML and Markdown must escape. Lists come in canonical (sorted,
 * distinct) order, as evaluation produces them.
 */
// Public for the file-format tests in rules.files; its signatures name types of test-only modules.
@SuppressWarnings("exports")
public final class ReportDomain extends DomainContextBase {

  /** Creates the domain; jqwik does this for {@code @Domain(ReportDomain.class)}. */
  ReportDomain() {}

  /** Text with quotes, backslashes, markup, line breaks, controls, accents and characters beyond the BMP. */
  public static Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.of("@NYP_York", "York", "Operational Support Unit", "a \"quoted\" <b>bold</b> & *star*",
            "line one\nline two", "tab\there", "back\\slash", "Café – 11.4K", "emoji 😀", "nul\u0000bell\u0007",
            "| pipe | table |", "`code`", "# heading", "   "),
        Arbitraries.strings().withCharRange(' ', '~').ofMinLength(0).ofMaxLength(20));
  }

  public static Arbitrary<String> words() {
    return text().filter(s -> !s.isBlank());
  }

  public static Arbitrary<String> line() {
    return words().map(s -> s.replace('\n', ' ').replace('\r', ' ')).filter(s -> !s.isBlank());
  }

  public static Arbitrary<RuleId> ruleIds() {
    return Combinators.combine(Arbitraries.of("MON", "NAM", "CLO", "EST", "ATT", "NYP"), Arbitraries.integers().between(1, 12))
        .as((prefix, number) -> RuleId.of(prefix + "-" + number));
  }

  public static Arbitrary<Subject> subjects() {
    return Combinators.combine(Arbitraries.of(SubjectKind.class),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6).map(s -> s + "-x"), words())
        .as(Subject::of);
  }

  public static Arbitrary<Evidence> evidence() {
    return Combinators.combine(words(), text().list().ofMaxSize(3)).as(Evidence::of);
  }

  public static Arbitrary<Finding> findings(int depth) {
    Arbitrary<List<Finding>> causes = depth == 0 ? Arbitraries.just(List.of()) : findings(depth - 1).list().ofMaxSize(2);
    return Builders.withBuilder(Finding::builder)
        .use(words()).in((b, message) -> b.message(message))
        .use(words().optional()).in((b, clause) -> b.clause(clause))
        .use(subjects().optional()).in((b, subject) -> b.subject(subject))
        .use(evidence().list().ofMaxSize(2)).in((b, evidence) -> b.addAllEvidence(evidence))
        .use(line().optional()).in((b, key) -> b.key(key))
        .use(text().optional()).in((b, hint) -> b.hint(hint))
        .use(causes).in((b, list) -> b.addAllCauses(list))
        .build(Finding.Builder::build);
  }

  public static Arbitrary<Violation> violations() {
    return Builders.withBuilder(Violation::builder)
        .use(ruleIds()).in((b, id) -> b.ruleId(id))
        .use(Arbitraries.of(Severity.class)).in((b, severity) -> b.severity(severity))
        .use(subjects()).in((b, subject) -> b.subject(subject))
        .use(words()).in((b, message) -> b.message(message))
        .use(evidence().list().ofMaxSize(3)).in((b, evidence) -> b.addAllEvidence(evidence))
        .use(text().optional()).in((b, hint) -> b.hint(hint))
        .use(text().optional()).in((b, note) -> b.note(note))
        .use(Arbitraries.oneOf(Arbitraries.just(""), line())).in((b, key) -> b.key(key))
        .use(findings(2).list().ofMaxSize(2)).in((b, explanation) -> b.addAllExplanation(explanation))
        .build(Violation.Builder::build);
  }

  public static Arbitrary<Waiver> waivers() {
    return Builders.withBuilder(Waiver::builder)
        .use(ruleIds()).in((b, id) -> b.ruleId(id))
        .use(words()).in((b, subject) -> b.subject(subject))
        .use(words().optional()).in((b, key) -> b.key(key))
        .use(words()).in((b, reason) -> b.reason(reason))
        .use(words()).in((b, approver) -> b.approvedBy(approver))
        .use(Arbitraries.integers().between(0, 400).map(days -> LocalDate.of(2021, 1, 1).plusDays(days)))
        .in((b, date) -> b.expiresOn(date))
        .build(Waiver.Builder::build);
  }

  public static Arbitrary<RuleResult> ruleResults(RuleId id) {
    return Builders.withBuilder(RuleResult::builder)
        .use(Arbitraries.just(id)).in((b, ruleId) -> b.ruleId(ruleId))
        .use(words()).in((b, title) -> b.title(title))
        .use(Arbitraries.of(Severity.class)).in((b, severity) -> b.severity(severity))
        .use(words()).in((b, statement) -> b.statement(statement))
        .use(text().optional()).in((b, rationale) -> b.rationale(rationale))
        .use(text().optional()).in((b, source) -> b.source(source))
        .use(text().optional()).in((b, hint) -> b.hint(hint))
        .use(line().list().ofMaxSize(2)).in((b, keys) -> b.addAllParameters(keys))
        .use(Arbitraries.integers().between(0, 50).flatMap(checked ->
            Arbitraries.integers().between(0, checked).map(passed -> List.of(checked, passed))))
        .in((b, counts) -> b.checked(counts.get(0)).passed(counts.get(1)))
        .use(Arbitraries.integers().between(0, 9)).in((b, n) -> b.violations(n))
        .use(Arbitraries.integers().between(0, 9)).in((b, n) -> b.waived(n))
        .use(Arbitraries.integers().between(0, 9)).in((b, n) -> b.baselined(n))
        .build(RuleResult.Builder::build);
  }

  public static Arbitrary<EffectiveParameter> parameters() {
    return Builders.withBuilder(EffectiveParameter::builder)
        .use(line()).in((b, key) -> b.key(key))
        .use(text()).in((b, value) -> b.text(value).value(value))
        .use(line()).in((b, type) -> b.type(type))
        .use(text()).in((b, description) -> b.description(description))
        .use(text()).in((b, text) -> b.defaultText(text))
        .use(Arbitraries.of(Provenance.class)).in((b, provenance) -> b.provenance(provenance))
        .use(words()).in((b, setBy) -> b.setBy(setBy))
        .use(ruleIds().list().ofMaxSize(2)).in((b, rules) -> b.addAllRules(rules))
        .build(EffectiveParameter.Builder::build);
  }

  public static Arbitrary<ReportWarning> warnings() {
    return Combinators.combine(Arbitraries.of(ReportWarning.Kind.class), ruleIds().injectNull(0.3), text())
        .as(ReportWarning::of);
  }

  public static Arbitrary<Fingerprint> fingerprints() {
    return Combinators.combine(ruleIds(), subjects(), Arbitraries.oneOf(Arbitraries.just(""), line()))
        .as(Fingerprint::of);
  }

  public static <T extends Comparable<? super T>> Arbitrary<List<T>> canonical(Arbitrary<T> items, int max) {
    return items.list().ofMaxSize(max).map(ReportWords::sorted);
  }

  /**
   * Returns generated reports.
   *
   * @return reports
   */
  @Provide
  Arbitrary<Report> reports() {
    Arbitrary<List<RuleResult>> rules = ruleIds().set().ofMaxSize(4)
        .flatMap(ids -> Combinators.combine(ids.stream().sorted().map(ReportDomain::ruleResults)
            .collect(Collectors.toList())).as(list -> ReportWords.sorted(list)));
    Arbitrary<List<Violation>> distinctViolations = violations().list().ofMaxSize(4)
        .uniqueElements(v -> List.of(v.ruleId(), v.subject(), v.message(), v.key())).map(ReportWords::sorted);
    return Builders.withBuilder(Report::builder)
        .use(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)).in((b, id) -> b.packId(id))
        .use(words()).in((b, name) -> b.packName(name))
        .use(words()).in((b, name) -> b.forceName(name))
        .use(Arbitraries.longs().between(1_577_836_800L, 1_704_067_200L).map(Instant::ofEpochSecond))
        .in((b, asOf) -> b.asOf(asOf))
        .use(Arbitraries.longs().between(0, 90L * 24 * 3600).map(Duration::ofSeconds)).in((b, h) -> b.horizon(h))
        .use(rules).in((b, list) -> b.addAllRules(list))
        .use(ruleIds().set().ofMaxSize(2).map(set -> ReportWords.sorted(List.copyOf(set))))
        .in((b, list) -> b.addAllDisabledRules(list))
        .use(parameters().list().ofMaxSize(3).uniqueElements(EffectiveParameter::key).map(ReportWords::sorted))
        .in((b, list) -> b.addAllParameters(list))
        .use(distinctViolations).in((b, list) -> b.addAllViolations(list))
        .use(Combinators.combine(violations(), waivers()).as(WaivedViolation::of).list().ofMaxSize(2)
            .uniqueElements(w -> List.of(w.violation().ruleId(), w.violation().subject(), w.violation().message(),
                w.violation().key()))
            .map(ReportWords::sorted))
        .in((b, list) -> b.addAllWaived(list))
        .use(distinctViolations).in((b, list) -> b.addAllBaselined(list))
        .use(canonical(fingerprints(), 2).map(list -> list.stream().distinct().collect(Collectors.toList())))
        .in((b, list) -> b.addAllFixedBaselineEntries(list))
        .use(canonical(waivers(), 2)).in((b, list) -> b.addAllStaleWaivers(list))
        .use(canonical(waivers(), 2)).in((b, list) -> b.addAllExpiringWaivers(list))
        .use(canonical(warnings(), 3)).in((b, list) -> b.addAllWarnings(list))
        .build(Report.Builder::build);
  }
}
