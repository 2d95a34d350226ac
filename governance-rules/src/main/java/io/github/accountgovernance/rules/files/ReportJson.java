package io.github.accountgovernance.rules.files;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.accountgovernance.core.files.Codec;
import io.github.accountgovernance.core.files.Codecs;
import io.github.accountgovernance.core.problem.SourceLocation;
import io.github.accountgovernance.core.files.LocatedNode;
import io.github.accountgovernance.core.files.LocatedReader;
import io.github.accountgovernance.core.files.ObjectFields;
import io.github.accountgovernance.core.files.ObjectMapping;
import io.github.accountgovernance.core.files.Output;
import io.github.accountgovernance.core.files.Problems;
import io.github.accountgovernance.core.files.Syntax;
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
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Writes a {@link Report} as JSON in the versioned schema {@value #SCHEMA}, and reads it back. The schema is
 * documented in {@code docs/report-json-schema.md} (with a JSON Schema in {@code docs/report.schema.json}).
 *
 * <p><b>Round trip.</b> Lists are written in their canonical order (violations by rule, subject and key; rules
 * by id; …), so {@code read(write(r))} equals {@code r} for every report an evaluation produces, whose lists are
 * already canonical; for a report built by hand in another order it equals the same report with its lists
 * sorted. In every case {@code write(read(write(r)))} is byte-identical to {@code write(r)}. The
 * {@code summary} object and each violation's {@code fingerprint} are derived from the rest: written for
 * consumers, ignored on reading. An {@link EffectiveParameter#value() effective parameter's typed value} is
 * not in the file; a report read back carries the value's text instead (the typed value takes no part in
 * equality).
 *
 * <p><b>Reading</b> is strict: an unknown field (with "did you mean"), a missing field, a value of the wrong
 * kind and a {@code schema} other than {@value #SCHEMA} are all problems, reported together with file, line,
 * column and path in one {@link InvalidGovernanceFileException}.
 *
 * <pre>{@code
 * String json = ReportJson.write(report);
 * Report same = ReportJson.read(json);
 * }</pre>
 *
 * <p>Thread-safe: stateless.
 */
public final class ReportJson {

  /** The schema id every report file carries in its {@code schema} field. */
  public static final String SCHEMA = "account-governance/report@1";

  private static final String FILE = "report.json";

  // One description per object of the file, in the order of docs/report-json-schema.md; reading and writing both
  // use it. Lists are written in canonical order. Derived fields (summary, a rule's failed count, a violation's
  // fingerprint) are written for consumers and ignored on reading.

  private static final Codec<Severity> SEVERITY =
      Codecs.parsed("one of " + GovernanceCodecs.labels(Severity.class), Severity::parse, Severity::label);

  private static final Codec<SubjectKind> SUBJECT_KIND =
      Codecs.parsed("one of " + GovernanceCodecs.labels(SubjectKind.class), SubjectKind::parse, SubjectKind::label);

  private static final Codec<Subject> SUBJECT = Codecs.object(
      ObjectMapping.<Subject, SubjectDraft>builder("a subject", SubjectDraft::new)
          .required("kind", SUBJECT_KIND, (d, v) -> d.kind = v, Subject::kind)
          .required("id", Codecs.nonBlankText(), (d, v) -> d.id = v, Subject::id)
          .required("name", Codecs.nonBlankText(), (d, v) -> d.name = v, Subject::displayName)
          .build(d -> Subject.of(d.kind, d.id, d.name)));

  private static final Codec<List<Evidence>> EVIDENCE = Codecs.listOf(Codecs.object(
      ObjectMapping.<Evidence, EvidenceDraft>builder("a piece of evidence", EvidenceDraft::new)
          .required("label", Codecs.nonBlankText(), (d, v) -> d.label = v, Evidence::label)
          .required("values", Codecs.listOf(Codecs.text(), "values"), (d, v) -> d.values = v, Evidence::values)
          .build(d -> Evidence.of(d.label, d.values))), "evidence");

  private static final ObjectMapping<Finding, Finding.Builder> FINDING =
      ObjectMapping.<Finding, Finding.Builder>builder("a finding", Finding::builder)
          .optional("clause", Codecs.text(), (b, v) -> b.clause(v), Finding::clause)
          .optional("subject", SUBJECT, (b, v) -> b.subject(v), Finding::subject)
          .required("message", Codecs.nonBlankText(), (b, v) -> b.message(v), Finding::message)
          .required("evidence", EVIDENCE, (b, v) -> b.addAllEvidence(v), Finding::evidence)
          .optional("key", Codecs.text(), (b, v) -> b.key(v), Finding::key)
          .optional("hint", Codecs.text(), (b, v) -> b.hint(v), Finding::hint)
          .required("causes", GovernanceCodecs.lazy(() -> ReportJson.FINDINGS), (b, v) -> b.addAllCauses(v),
              Finding::causes)
          .build(Finding.Builder::build);

  private static final Codec<List<Finding>> FINDINGS = Codecs.listOf(Codecs.object(FINDING), "causes");

  /** Where a violation's subject was defined; a holder, as a location has no builder. */
  private static final class LocationDraft {
    String file;
    long line;
    long column;
  }

  private static final ObjectMapping<SourceLocation, LocationDraft> LOCATION =
      ObjectMapping.<SourceLocation, LocationDraft>builder("a source location", LocationDraft::new)
          .required("file", Codecs.nonBlankText(), (d, v) -> d.file = v, SourceLocation::file)
          .required("line", Codecs.count(), (d, v) -> d.line = v, l -> (long) l.line())
          .required("column", Codecs.count(), (d, v) -> d.column = v, l -> (long) l.column())
          .build(d -> new SourceLocation(d.file, Math.toIntExact(d.line), Math.toIntExact(d.column)));

  private static final ObjectMapping<Violation, Violation.Builder> VIOLATION =
      // A violation read without a key has the empty key, and every violation is written with its key.
      ObjectMapping.<Violation, Violation.Builder>builder("a violation", () -> Violation.builder().key(""))
          .required("rule", GovernanceCodecs.RULE_ID, (b, v) -> b.ruleId(v), Violation::ruleId)
          .required("severity", SEVERITY, (b, v) -> b.severity(v),
              Violation::severity)
          .required("subject", SUBJECT, (b, v) -> b.subject(v), Violation::subject)
          .required("message", Codecs.nonBlankText(), (b, v) -> b.message(v), Violation::message)
          .required("evidence", EVIDENCE, (b, v) -> b.addAllEvidence(v), Violation::evidence)
          .optional("hint", Codecs.text(), (b, v) -> b.hint(v), Violation::hint)
          .optional("note", Codecs.text(), (b, v) -> b.note(v), Violation::note)
          .field("key", Codecs.text(), ObjectMapping.Presence.OPTIONAL, (b, v) -> b.key(v),
              violation -> Optional.of(violation.key()))
          .field("fingerprint", GovernanceCodecs.<Violation>derived((out, v) -> out.writeString(v.fingerprint().text())),
              ObjectMapping.Presence.OPTIONAL, (b, v) -> { }, Optional::of)
          .required("explanation", Codecs.listOf(Codecs.object(FINDING), "explanation"),
              (b, v) -> b.addAllExplanation(v), Violation::explanation)
          .optional("location", Codecs.object(LOCATION), (b, v) -> b.location(v), Violation::location)
          .build(Violation.Builder::build);

  private static final Codec<List<Violation>> VIOLATIONS = Codecs.listOf(Codecs.object(VIOLATION), "violations");

  private static final ObjectMapping<RuleResult, RuleResult.Builder> RULE =
      ObjectMapping.<RuleResult, RuleResult.Builder>builder("a rule result", RuleResult::builder)
          .required("id", GovernanceCodecs.RULE_ID, (b, v) -> b.ruleId(v), RuleResult::ruleId)
          .required("title", Codecs.text(), (b, v) -> b.title(v), RuleResult::title)
          .required("severity", SEVERITY, (b, v) -> b.severity(v),
              RuleResult::severity)
          .required("statement", Codecs.text(), (b, v) -> b.statement(v), RuleResult::statement)
          .optional("rationale", Codecs.text(), (b, v) -> b.rationale(v), RuleResult::rationale)
          .optional("source", Codecs.text(), (b, v) -> b.source(v), RuleResult::source)
          .optional("hint", Codecs.text(), (b, v) -> b.hint(v), RuleResult::hint)
          .required("parameters", Codecs.listOf(Codecs.text(), "parameters"), (b, v) -> b.addAllParameters(v),
              RuleResult::parameters)
          .required("checked", GovernanceCodecs.count(), (b, v) -> b.checked(v), RuleResult::checked)
          .required("passed", GovernanceCodecs.count(), (b, v) -> b.passed(v), RuleResult::passed)
          .field("failed", GovernanceCodecs.<RuleResult>derived((out, r) -> out.writeNumber(r.failed())),
              ObjectMapping.Presence.OPTIONAL, (b, v) -> { }, Optional::of)
          .required("violations", GovernanceCodecs.count(), (b, v) -> b.violations(v), RuleResult::violations)
          .required("waived", GovernanceCodecs.count(), (b, v) -> b.waived(v), RuleResult::waived)
          .required("baselined", GovernanceCodecs.count(), (b, v) -> b.baselined(v), RuleResult::baselined)
          .build(RuleResult.Builder::build);

  private static final ObjectMapping<EffectiveParameter, EffectiveParameter.Builder> PARAMETER =
      ObjectMapping.<EffectiveParameter, EffectiveParameter.Builder>builder("a parameter", EffectiveParameter::builder)
          .required("key", Codecs.text(), (b, v) -> b.key(v), EffectiveParameter::key)
          // The typed value is not in the file: a parameter read back carries its text as its value.
          .required("value", Codecs.text(), (b, v) -> b.text(v).value(v), EffectiveParameter::text)
          .required("type", Codecs.text(), (b, v) -> b.type(v), EffectiveParameter::type)
          .required("description", Codecs.text(), (b, v) -> b.description(v), EffectiveParameter::description)
          .required("default", Codecs.text(), (b, v) -> b.defaultText(v), EffectiveParameter::defaultText)
          .required("provenance", GovernanceCodecs.label(Provenance.class), (b, v) -> b.provenance(v),
              EffectiveParameter::provenance)
          .required("setBy", Codecs.text(), (b, v) -> b.setBy(v), EffectiveParameter::setBy)
          .required("rules", Codecs.listOf(GovernanceCodecs.RULE_ID_ITEM, "rules"), (b, v) -> b.addAllRules(v),
              EffectiveParameter::rules)
          .build(EffectiveParameter.Builder::build);

  private static final ObjectMapping<WaivedViolation, WaivedDraft> WAIVED =
      ObjectMapping.<WaivedViolation, WaivedDraft>builder("a waived violation", WaivedDraft::new)
          .required("violation", Codecs.object(VIOLATION), (d, v) -> d.violation = v, WaivedViolation::violation)
          .required("waiver", Codecs.object(WaiverFiles.WAIVER), (d, v) -> d.waiver = v, WaivedViolation::waiver)
          .build(d -> WaivedViolation.of(d.violation, d.waiver));

  private static final ObjectMapping<ReportWarning, WarningDraft> WARNING =
      ObjectMapping.<ReportWarning, WarningDraft>builder("a warning", WarningDraft::new)
          .required("kind", GovernanceCodecs.label(ReportWarning.Kind.class), (d, v) -> d.kind = v,
              ReportWarning::kind)
          .optional("rule", GovernanceCodecs.RULE_ID, (d, v) -> d.rule = v, ReportWarning::ruleId)
          .required("message", Codecs.text(), (d, v) -> d.message = v, ReportWarning::message)
          .build(d -> ReportWarning.of(d.kind, d.rule, d.message));

  private static final Codec<List<Waiver>> WAIVERS = Codecs.listOf(Codecs.object(WaiverFiles.WAIVER), "waivers");

  /** The summary: counts derived from the report, written for consumers; reading checks only that it is a mapping. */
  private static final Codec<Report> SUMMARY = new Codec<>() {
    @Override
    public Report read(ObjectFields fields, String path, LocatedNode value) {
      if (value.kind() != LocatedNode.Kind.MAPPING) {
        fields.fail(path, "expected a mapping of counts, but got " + value.describe(), value);
      }
      return null;
    }

    @Override
    public void write(JsonGenerator json, Report report) throws IOException {
      json.writeStartObject();
      json.writeBooleanField("hasErrors", report.hasErrors());
      json.writeNumberField("violations", report.violations().size());
      for (Severity severity : Severity.values()) {
        json.writeNumberField(
            severity.label(), report.violations().stream().filter(v -> v.severity() == severity).count());
      }
      json.writeNumberField("waived", report.waived().size());
      json.writeNumberField("baselined", report.baselined().size());
      json.writeNumberField("fixedBaselineEntries", report.fixedBaselineEntries().size());
      json.writeNumberField("staleWaivers", report.staleWaivers().size());
      json.writeNumberField("expiringWaivers", report.expiringWaivers().size());
      json.writeNumberField("warnings", report.warnings().size());
      json.writeNumberField("rules", report.rules().size());
      json.writeNumberField("checked", report.rules().stream().mapToLong(RuleResult::checked).sum());
      json.writeEndObject();
    }
  };

  private static final ObjectMapping<Report, Report.Builder> REPORT =
      ObjectMapping.<Report, Report.Builder>builder("a report", Report::builder)
          // Checked before the rest is read (see read); written first.
          .field("schema", GovernanceCodecs.<Report>derived((out, r) -> out.writeString(SCHEMA)),
              ObjectMapping.Presence.OPTIONAL, (b, v) -> { }, Optional::of)
          .required("pack", Codecs.object(
                  ObjectMapping.<PackRef, PackRef>builder("the report's pack", PackRef::new)
                      .required("id", Codecs.text(), (d, v) -> d.id = v, d -> d.id)
                      .required("name", Codecs.text(), (d, v) -> d.name = v, d -> d.name)
                      .build(d -> d)),
              (b, v) -> b.packId(v.id).packName(v.name), PackRef::of)
          .required("force", Codecs.text(), (b, v) -> b.forceName(v), Report::forceName)
          // Optional on reading (reports written before it was added have none); always written.
          .field("zone", Codecs.parsed("a time zone such as Europe/London", ZoneId::of, ZoneId::getId),
              ObjectMapping.Presence.OPTIONAL, (b, v) -> b.zone(v), r -> Optional.of(r.zone()))
          .required("asOf", Codecs.instant(), (b, v) -> b.asOf(v), Report::asOf)
          .required("horizon", Codecs.parsed("a duration such as PT672H", Duration::parse, Duration::toString),
              (b, v) -> b.horizon(v), Report::horizon)
          .field("summary", SUMMARY, ObjectMapping.Presence.OPTIONAL, (b, v) -> { }, Optional::of)
          .required("rules", Codecs.listOf(Codecs.object(RULE), "rules"), (b, v) -> b.addAllRules(v),
              r -> GovernanceFiles.sorted(r.rules()))
          .required("disabledRules", Codecs.listOf(GovernanceCodecs.RULE_ID_ITEM, "disabledRules"),
              (b, v) -> b.addAllDisabledRules(v), r -> GovernanceFiles.sorted(r.disabledRules()))
          .required("parameters", Codecs.listOf(Codecs.object(PARAMETER), "parameters"),
              (b, v) -> b.addAllParameters(v), r -> GovernanceFiles.sorted(r.parameters()))
          .required("violations", VIOLATIONS, (b, v) -> b.addAllViolations(v),
              r -> GovernanceFiles.sorted(r.violations()))
          .required("waived", Codecs.listOf(Codecs.object(WAIVED), "waived"), (b, v) -> b.addAllWaived(v),
              r -> GovernanceFiles.sorted(r.waived()))
          .required("baselined", Codecs.listOf(Codecs.object(VIOLATION), "baselined"),
              (b, v) -> b.addAllBaselined(v), r -> GovernanceFiles.sorted(r.baselined()))
          .required("fixedBaselineEntries", Codecs.listOf(GovernanceCodecs.asWritten(
                  "a fingerprint such as MON-2|account:york-x|", Fingerprint::parse, Fingerprint::text),
                  "fixedBaselineEntries"),
              (b, v) -> b.addAllFixedBaselineEntries(v), r -> GovernanceFiles.sorted(r.fixedBaselineEntries()))
          .required("staleWaivers", Codecs.listOf(Codecs.object(WaiverFiles.WAIVER), "staleWaivers"),
              (b, v) -> b.addAllStaleWaivers(v), r -> GovernanceFiles.sorted(r.staleWaivers()))
          .required("expiringWaivers", Codecs.listOf(Codecs.object(WaiverFiles.WAIVER), "expiringWaivers"),
              (b, v) -> b.addAllExpiringWaivers(v), r -> GovernanceFiles.sorted(r.expiringWaivers()))
          .required("warnings", Codecs.listOf(Codecs.object(WARNING), "warnings"), (b, v) -> b.addAllWarnings(v),
              r -> GovernanceFiles.sorted(r.warnings()))
          .build(Report.Builder::build);

  private ReportJson() {}

  /**
   * Writes a report as JSON to a writer; the writer is flushed, not closed.
   *
   * @param report the report
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public static void write(Report report, Writer out) throws IOException {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    try (JsonGenerator json = Output.json(out)) {
      REPORT.write(json, report);
    }
    out.write('\n');
    out.flush();
  }

  /**
   * Returns a report as JSON text, ending with a line feed.
   *
   * @param report the report
   * @return the JSON
   * @throws NullPointerException if {@code report} is null
   */
  public static String write(Report report) {
    StringWriter out = new StringWriter();
    try {
      write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a string writer failed", e);
    }
    return out.toString();
  }

  /**
   * Reads a report from JSON text; problems are located in a file named {@code report.json}.
   *
   * @param json the JSON
   * @return the report
   * @throws NullPointerException if {@code json} is null
   * @throws InvalidGovernanceFileException if the JSON is not a report of schema {@value #SCHEMA}
   */
  public static Report read(String json) {
    return read(new StringReader(requireNonNull(json, "json")), FILE);
  }

  /**
   * Reads a report from a UTF-8 file.
   *
   * @param file the file
   * @return the report
   * @throws NullPointerException if {@code file} is null
   * @throws InvalidGovernanceFileException if the file is not a report of schema {@value #SCHEMA}
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Report read(Path file) {
    return GovernanceFiles.readFile(file, "report", ReportJson::read);
  }

  /**
   * Reads a report from a reader, which is not closed.
   *
   * @param in the JSON
   * @param fileName the name problems are located in
   * @return the report
   * @throws NullPointerException if an argument is null
   * @throws InvalidGovernanceFileException if the content is not a report of schema {@value #SCHEMA}
   * @throws UncheckedIOException if reading fails
   */
  public static Report read(Reader in, String fileName) {
    requireNonNull(in, "in");
    requireNonNull(fileName, "fileName");
    Problems problems = GovernanceFiles.problems("report", fileName);
    LocatedNode root = LocatedReader.smallFiles(Syntax.JSON).readTree(in, problems);
    Optional<Report> report = ObjectFields.of(root, "", REPORT.what(), REPORT.fieldNames(), problems)
        .filter(fields -> fields.requiredString("schema").isPresent() && !fields.otherSchema(SCHEMA))
        // Another schema's fields would only bury the one problem that matters under many that follow from it.
        .flatMap(REPORT::read);
    problems.throwIfAny();
    return report.orElseThrow();
  }


  private static final class PackRef {
    String id;
    String name;

    static PackRef of(Report report) {
      PackRef pack = new PackRef();
      pack.id = report.packId();
      pack.name = report.packName();
      return pack;
    }
  }

  private static final class SubjectDraft {
    SubjectKind kind;
    String id;
    String name;
  }

  private static final class EvidenceDraft {
    String label;
    List<String> values;
  }

  private static final class WaivedDraft {
    Violation violation;
    Waiver waiver;
  }

  private static final class WarningDraft {
    ReportWarning.Kind kind;
    RuleId rule;
    String message;
  }
}
