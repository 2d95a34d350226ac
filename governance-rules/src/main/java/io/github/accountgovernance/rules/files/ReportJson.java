package io.github.accountgovernance.rules.files;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.accountgovernance.core.internal.LocatedNode;
import io.github.accountgovernance.core.internal.LocatedReader;
import io.github.accountgovernance.core.internal.ObjectFields;
import io.github.accountgovernance.core.internal.Output;
import io.github.accountgovernance.core.internal.Problems;
import io.github.accountgovernance.core.internal.Syntax;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

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
      new JsonWriter(json).report(report);
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
    return GovernanceFiles.readFile(file, ReportJson::read);
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
    Optional<Report> report = new JsonReader(problems).report(root);
    problems.throwIfAny();
    return report.orElseThrow();
  }

  /** The writing half: field order here is the order documented in the schema. */
  private static final class JsonWriter {

    private final JsonGenerator json;

    JsonWriter(JsonGenerator json) {
      this.json = json;
    }

    void report(Report report) throws IOException {
      json.writeStartObject();
      json.writeStringField("schema", SCHEMA);
      json.writeObjectFieldStart("pack");
      json.writeStringField("id", report.packId());
      json.writeStringField("name", report.packName());
      json.writeEndObject();
      json.writeStringField("force", report.forceName());
      json.writeStringField("zone", report.zone().getId());
      json.writeStringField("asOf", report.asOf().toString());
      json.writeStringField("horizon", report.horizon().toString());
      summary(report);
      json.writeArrayFieldStart("rules");
      for (RuleResult rule : GovernanceFiles.sorted(report.rules())) {
        rule(rule);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("disabledRules");
      for (RuleId id : GovernanceFiles.sorted(report.disabledRules())) {
        json.writeString(id.value());
      }
      json.writeEndArray();
      json.writeArrayFieldStart("parameters");
      for (EffectiveParameter parameter : GovernanceFiles.sorted(report.parameters())) {
        parameter(parameter);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("violations");
      for (Violation violation : GovernanceFiles.sorted(report.violations())) {
        violation(violation);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("waived");
      for (WaivedViolation waived : GovernanceFiles.sorted(report.waived())) {
        json.writeStartObject();
        json.writeFieldName("violation");
        violation(waived.violation());
        json.writeFieldName("waiver");
        WaiverFiles.writeWaiver(json, waived.waiver());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("baselined");
      for (Violation violation : GovernanceFiles.sorted(report.baselined())) {
        violation(violation);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("fixedBaselineEntries");
      for (Fingerprint fingerprint : GovernanceFiles.sorted(report.fixedBaselineEntries())) {
        json.writeString(fingerprint.text());
      }
      json.writeEndArray();
      waivers("staleWaivers", report.staleWaivers());
      waivers("expiringWaivers", report.expiringWaivers());
      json.writeArrayFieldStart("warnings");
      for (ReportWarning warning : GovernanceFiles.sorted(report.warnings())) {
        json.writeStartObject();
        json.writeStringField("kind", label(warning.kind()));
        optional("rule", warning.ruleId().map(RuleId::value));
        json.writeStringField("message", warning.message());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }

    private void summary(Report report) throws IOException {
      json.writeObjectFieldStart("summary");
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

    private void rule(RuleResult rule) throws IOException {
      json.writeStartObject();
      json.writeStringField("id", rule.ruleId().value());
      json.writeStringField("title", rule.title());
      json.writeStringField("severity", rule.severity().label());
      json.writeStringField("statement", rule.statement());
      optional("rationale", rule.rationale());
      optional("source", rule.source());
      optional("hint", rule.hint());
      strings("parameters", rule.parameters());
      json.writeNumberField("checked", rule.checked());
      json.writeNumberField("passed", rule.passed());
      json.writeNumberField("failed", rule.failed());
      json.writeNumberField("violations", rule.violations());
      json.writeNumberField("waived", rule.waived());
      json.writeNumberField("baselined", rule.baselined());
      json.writeEndObject();
    }

    private void parameter(EffectiveParameter parameter) throws IOException {
      json.writeStartObject();
      json.writeStringField("key", parameter.key());
      json.writeStringField("value", parameter.text());
      json.writeStringField("type", parameter.type());
      json.writeStringField("description", parameter.description());
      json.writeStringField("default", parameter.defaultText());
      json.writeStringField("provenance", label(parameter.provenance()));
      json.writeStringField("setBy", parameter.setBy());
      json.writeArrayFieldStart("rules");
      for (RuleId id : parameter.rules()) {
        json.writeString(id.value());
      }
      json.writeEndArray();
      json.writeEndObject();
    }

    private void violation(Violation violation) throws IOException {
      json.writeStartObject();
      json.writeStringField("rule", violation.ruleId().value());
      json.writeStringField("severity", violation.severity().label());
      json.writeFieldName("subject");
      subject(violation.subject());
      json.writeStringField("message", violation.message());
      evidence(violation.evidence());
      optional("hint", violation.hint());
      optional("note", violation.note());
      json.writeStringField("key", violation.key());
      json.writeStringField("fingerprint", violation.fingerprint().text());
      findings("explanation", violation.explanation());
      json.writeEndObject();
    }

    private void subject(Subject subject) throws IOException {
      json.writeStartObject();
      json.writeStringField("kind", subject.kind().label());
      json.writeStringField("id", subject.id());
      json.writeStringField("name", subject.displayName());
      json.writeEndObject();
    }

    private void evidence(List<Evidence> evidence) throws IOException {
      json.writeArrayFieldStart("evidence");
      for (Evidence piece : evidence) {
        json.writeStartObject();
        json.writeStringField("label", piece.label());
        strings("values", piece.values());
        json.writeEndObject();
      }
      json.writeEndArray();
    }

    private void findings(String field, List<Finding> findings) throws IOException {
      json.writeArrayFieldStart(field);
      for (Finding finding : findings) {
        json.writeStartObject();
        optional("clause", finding.clause());
        if (finding.subject().isPresent()) {
          json.writeFieldName("subject");
          subject(finding.subject().get());
        }
        json.writeStringField("message", finding.message());
        evidence(finding.evidence());
        optional("key", finding.key());
        optional("hint", finding.hint());
        findings("causes", finding.causes());
        json.writeEndObject();
      }
      json.writeEndArray();
    }

    private void waivers(String field, List<Waiver> waivers) throws IOException {
      json.writeArrayFieldStart(field);
      for (Waiver waiver : GovernanceFiles.sorted(waivers)) {
        WaiverFiles.writeWaiver(json, waiver);
      }
      json.writeEndArray();
    }

    private void strings(String field, List<String> values) throws IOException {
      json.writeArrayFieldStart(field);
      for (String value : values) {
        json.writeString(value);
      }
      json.writeEndArray();
    }

    private void optional(String field, Optional<String> value) throws IOException {
      if (value.isPresent()) {
        json.writeStringField(field, value.get());
      }
    }
  }

  static String label(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> E parseLabel(Class<E> type, String label) {
    for (E constant : type.getEnumConstants()) {
      if (label(constant).equals(label)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(label);
  }

  static <E extends Enum<E>> String labels(Class<E> type) {
    List<String> labels = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      labels.add(label(constant));
    }
    return String.join(", ", labels);
  }

  /** The reading half: builds each value only when its parts are all present, collecting every problem. */
  private static final class JsonReader {

    private static final String RULE_ID = "a rule id such as MON-2";
    private static final List<String> REPORT = List.of("schema", "pack", "force", "zone", "asOf", "horizon", "summary",
        "rules", "disabledRules", "parameters", "violations", "waived", "baselined", "fixedBaselineEntries",
        "staleWaivers", "expiringWaivers", "warnings");
    private static final List<String> PACK = List.of("id", "name");
    private static final List<String> RULE = List.of("id", "title", "severity", "statement", "rationale", "source",
        "hint", "parameters", "checked", "passed", "failed", "violations", "waived", "baselined");
    private static final List<String> PARAMETER = List.of("key", "value", "type", "description", "default",
        "provenance", "setBy", "rules");
    private static final List<String> VIOLATION = List.of("rule", "severity", "subject", "message", "evidence",
        "hint", "note", "key", "fingerprint", "explanation");
    private static final List<String> SUBJECT = List.of("kind", "id", "name");
    private static final List<String> EVIDENCE = List.of("label", "values");
    private static final List<String> FINDING = List.of("clause", "subject", "message", "evidence", "key", "hint",
        "causes");
    private static final List<String> WAIVED = List.of("violation", "waiver");
    private static final List<String> WARNING = List.of("kind", "rule", "message");

    private final Problems problems;

    JsonReader(Problems problems) {
      this.problems = problems;
    }

    Optional<Report> report(LocatedNode root) {
      Optional<ObjectFields> read = ObjectFields.of(root, "", "a report", REPORT, problems);
      if (read.isEmpty()) {
        return Optional.empty();
      }
      ObjectFields fields = read.get();
      int before = problems.size();
      if (fields.requiredString("schema").isEmpty() || fields.otherSchema(SCHEMA)) {
        // Another schema's fields would only bury the one problem that matters under many that follow from it.
        return Optional.empty();
      }
      Report.Builder report = Report.builder();
      Optional.ofNullable(fields.value("pack", true)).ifPresent(
          pack -> ObjectFields.of(pack, "pack", "the report's pack", PACK, problems).ifPresent(p -> {
            p.requiredText("id").ifPresent(report::packId);
            p.requiredText("name").ifPresent(report::packName);
          }));
      fields.requiredText("force").ifPresent(report::forceName);
      fields.parsed("zone", false, "a time zone such as Europe/London", ZoneId::of).ifPresent(report::zone);
      fields.instant("asOf", true).ifPresent(report::asOf);
      fields.parsed("horizon", true, "a duration such as PT672H", Duration::parse).ifPresent(report::horizon);
      fields.node("summary").ifPresent(summary -> {
        if (summary.kind() != LocatedNode.Kind.MAPPING) {
          fields.fail("summary", "expected a mapping of counts, but got " + summary.describe(), summary);
        }
      });
      report.addAllRules(each(fields, "rules", this::rule));
      report.addAllDisabledRules(each(fields, "disabledRules", (node, path) -> fields.parsedOf(path, node,
          RULE_ID, RuleId::of)));
      report.addAllParameters(each(fields, "parameters", this::parameter));
      report.addAllViolations(each(fields, "violations", this::violation));
      report.addAllWaived(each(fields, "waived", this::waived));
      report.addAllBaselined(each(fields, "baselined", this::violation));
      report.addAllFixedBaselineEntries(each(fields, "fixedBaselineEntries",
          (node, path) -> fields.parsedOf(path, node, "a fingerprint such as MON-2|account:york-x|",
              Fingerprint::parse)));
      report.addAllStaleWaivers(each(fields, "staleWaivers", this::waiver));
      report.addAllExpiringWaivers(each(fields, "expiringWaivers", this::waiver));
      report.addAllWarnings(each(fields, "warnings", this::warning));
      return GovernanceFiles.build(problems, before, fields, report::build);
    }

    private interface Item<T> {
      Optional<T> read(LocatedNode node, String path);
    }

    private <T> List<T> each(ObjectFields fields, String name, Item<T> item) {
      List<T> values = new ArrayList<>();
      List<LocatedNode> nodes = fields.list(name, true, name);
      for (int i = 0; i < nodes.size(); i++) {
        item.read(nodes.get(i), fields.path(name) + "[" + i + "]").ifPresent(values::add);
      }
      return values;
    }

    private List<String> strings(ObjectFields fields, String name) {
      return each(fields, name, (node, path) -> Optional.ofNullable(fields.textOf(path, node, "text")));
    }

    private Optional<Integer> count(ObjectFields fields, String name) {
      return fields.parsed(name, true, "a count such as 12", Integer::valueOf);
    }

    private Optional<Severity> severity(ObjectFields fields) {
      return fields.parsed("severity", true, "one of " + labels(Severity.class), Severity::parse);
    }

    private Optional<RuleId> ruleId(ObjectFields fields, String name) {
      return fields.parsed(name, true, RULE_ID, RuleId::of);
    }

    private Optional<RuleResult> rule(LocatedNode node, String path) {
      return ObjectFields.of(node, path, "a rule result", RULE, problems).flatMap(fields -> {
        RuleResult.Builder rule = RuleResult.builder();
        int before = problems.size();
        ruleId(fields, "id").ifPresent(rule::ruleId);
        fields.requiredText("title").ifPresent(rule::title);
        severity(fields).ifPresent(rule::severity);
        fields.requiredText("statement").ifPresent(rule::statement);
        rule.rationale(fields.string("rationale"));
        rule.source(fields.string("source"));
        rule.hint(fields.string("hint"));
        rule.addAllParameters(strings(fields, "parameters"));
        count(fields, "checked").ifPresent(rule::checked);
        count(fields, "passed").ifPresent(rule::passed);
        count(fields, "violations").ifPresent(rule::violations);
        count(fields, "waived").ifPresent(rule::waived);
        count(fields, "baselined").ifPresent(rule::baselined);
        return build(before, () -> rule.build(), fields);
      });
    }

    private Optional<EffectiveParameter> parameter(LocatedNode node, String path) {
      return ObjectFields.of(node, path, "a parameter", PARAMETER, problems).flatMap(fields -> {
        EffectiveParameter.Builder parameter = EffectiveParameter.builder();
        int before = problems.size();
        fields.requiredText("key").ifPresent(parameter::key);
        fields.requiredText("value").ifPresent(text -> parameter.text(text).value(text));
        fields.requiredText("type").ifPresent(parameter::type);
        fields.requiredText("description").ifPresent(parameter::description);
        fields.requiredText("default").ifPresent(parameter::defaultText);
        fields.parsed("provenance", true, "one of " + labels(Provenance.class),
            text -> parseLabel(Provenance.class, text)).ifPresent(parameter::provenance);
        fields.requiredText("setBy").ifPresent(parameter::setBy);
        parameter.addAllRules(each(fields, "rules", (item, at) -> fields.parsedOf(at, item, RULE_ID, RuleId::of)));
        return build(before, () -> parameter.build(), fields);
      });
    }

    private Optional<Violation> violation(LocatedNode node, String path) {
      return ObjectFields.of(node, path, "a violation", VIOLATION, problems).flatMap(fields -> {
        Violation.Builder violation = Violation.builder();
        int before = problems.size();
        ruleId(fields, "rule").ifPresent(violation::ruleId);
        severity(fields).ifPresent(violation::severity);
        Optional.ofNullable(fields.value("subject", true))
            .flatMap(subject -> subject(subject, fields.path("subject"))).ifPresent(violation::subject);
        fields.requiredString("message").ifPresent(violation::message);
        violation.addAllEvidence(evidence(fields));
        violation.hint(fields.string("hint"));
        violation.note(fields.string("note"));
        violation.key(fields.string("key").orElse(""));
        violation.addAllExplanation(each(fields, "explanation", this::finding));
        return build(before, () -> violation.build(), fields);
      });
    }

    private Optional<Subject> subject(LocatedNode node, String path) {
      return ObjectFields.of(node, path, "a subject", SUBJECT, problems).flatMap(fields -> {
        Optional<SubjectKind> kind = fields.parsed("kind", true, "one of " + labels(SubjectKind.class),
            SubjectKind::parse);
        Optional<String> id = fields.requiredString("id");
        Optional<String> name = fields.requiredString("name");
        if (kind.isEmpty() || id.isEmpty() || name.isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(Subject.of(kind.get(), id.get(), name.get()));
      });
    }

    private List<Evidence> evidence(ObjectFields fields) {
      return each(fields, "evidence", (node, path) -> ObjectFields.of(node, path, "a piece of evidence", EVIDENCE, problems)
          .flatMap(piece -> {
            Optional<String> label = piece.requiredString("label");
            List<String> values = strings(piece, "values");
            return label.map(text -> Evidence.of(text, values));
          }));
    }

    private Optional<Finding> finding(LocatedNode node, String path) {
      return ObjectFields.of(node, path, "a finding", FINDING, problems).flatMap(fields -> {
        Finding.Builder finding = Finding.builder();
        int before = problems.size();
        finding.clause(fields.string("clause"));
        fields.node("subject").flatMap(subject -> subject(subject, fields.path("subject")))
            .ifPresent(finding::subject);
        fields.requiredString("message").ifPresent(finding::message);
        finding.addAllEvidence(evidence(fields));
        finding.key(fields.string("key"));
        finding.hint(fields.string("hint"));
        finding.addAllCauses(each(fields, "causes", this::finding));
        return build(before, () -> finding.build(), fields);
      });
    }

    private Optional<WaivedViolation> waived(LocatedNode node, String path) {
      return ObjectFields.of(node, path, "a waived violation", WAIVED, problems).flatMap(fields -> {
        Optional<Violation> violation = Optional.ofNullable(fields.value("violation", true))
            .flatMap(item -> violation(item, fields.path("violation")));
        Optional<Waiver> waiver = Optional.ofNullable(fields.value("waiver", true))
            .flatMap(item -> waiver(item, fields.path("waiver")));
        return violation.flatMap(v -> waiver.map(w -> WaivedViolation.of(v, w)));
      });
    }

    private Optional<Waiver> waiver(LocatedNode node, String path) {
      return WaiverFiles.waiver(node, path, problems);
    }

    private Optional<ReportWarning> warning(LocatedNode node, String path) {
      return ObjectFields.of(node, path, "a warning", WARNING, problems).flatMap(fields -> {
        Optional<ReportWarning.Kind> kind = fields.parsed("kind", true, "one of " + labels(ReportWarning.Kind.class),
            text -> parseLabel(ReportWarning.Kind.class, text));
        Optional<RuleId> rule = fields.parsed("rule", false, RULE_ID, RuleId::of);
        Optional<String> message = fields.requiredText("message");
        if (kind.isEmpty() || message.isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(ReportWarning.of(kind.get(), rule.orElse(null), message.get()));
      });
    }

    private <T> Optional<T> build(int problemsBefore, Supplier<T> build, ObjectFields fields) {
      return GovernanceFiles.build(problems, problemsBefore, fields, build);
    }
  }
}
