package io.github.accountgovernance.rules.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.accountgovernance.core.files.Output;
import io.github.accountgovernance.rules.EffectiveParameter;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.Fingerprint;
import io.github.accountgovernance.rules.Report;
import io.github.accountgovernance.rules.ReportWarning;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.RuleResult;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.Violation;
import io.github.accountgovernance.rules.WaivedViolation;
import io.github.accountgovernance.rules.Waiver;
import io.github.accountgovernance.core.problem.SourceLocation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * SARIF 2.1.0: one run; {@code tool.driver.rules} has one entry per rule id (the report's rules and any rule a
 * violation names), results refer to them by {@code ruleId} and {@code ruleIndex}; subjects are logical
 * locations; the baseline fingerprint is a partial fingerprint; waived violations carry an accepted external
 * suppression; when a baseline took part, results carry {@code baselineState} and fixed entries appear as
 * {@code absent} results.
 */
final class SarifReport {

  static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

  /** The key of the baseline fingerprint in {@code partialFingerprints}. */
  static final String FINGERPRINT = "accountGovernance/v1";

  private final Report report;
  private final JsonGenerator json;
  private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
  private final boolean baselined;

  private SarifReport(Report report, JsonGenerator json) {
    this.report = report;
    this.json = json;
    TreeSet<RuleId> ids = new TreeSet<>();
    report.rules().forEach(rule -> ids.add(rule.ruleId()));
    report.violations().forEach(v -> ids.add(v.ruleId()));
    report.baselined().forEach(v -> ids.add(v.ruleId()));
    report.waived().forEach(w -> ids.add(w.violation().ruleId()));
    report.fixedBaselineEntries().forEach(f -> ids.add(f.ruleId()));
    ids.forEach(id -> ruleIndex.put(id.value(), ruleIndex.size()));
    this.baselined = !report.baselined().isEmpty() || !report.fixedBaselineEntries().isEmpty();
  }

  static String render(Report report) {
    StringWriter out = new StringWriter();
    try {
      write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a string writer failed", e);
    }
    return out.toString();
  }

  static void write(Report report, Writer out) throws IOException {
    try (JsonGenerator json = Output.json(out)) {
      new SarifReport(report, json).log();
    }
    out.write('\n');
  }

  static String level(Severity severity) {
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      case INFO:
      default:
        return "note";
    }
  }

  private void log() throws IOException {
    json.writeStartObject();
    json.writeStringField("$schema", SCHEMA_URI);
    json.writeStringField("version", "2.1.0");
    json.writeArrayFieldStart("runs");
    json.writeStartObject();
    driver();
    json.writeObjectFieldStart("automationDetails");
    json.writeStringField("id", report.packId() + "/" + report.asOf());
    json.writeEndObject();
    invocations();
    json.writeArrayFieldStart("results");
    for (Violation violation : ReportWords.sorted(report.violations())) {
      result(violation, Optional.empty(), baselined ? "new" : null);
    }
    for (WaivedViolation waived : ReportWords.sorted(report.waived())) {
      result(waived.violation(), Optional.of(waived.waiver()), baselined ? "new" : null);
    }
    for (Violation violation : ReportWords.sorted(report.baselined())) {
      result(violation, Optional.empty(), "unchanged");
    }
    for (Fingerprint fixed : ReportWords.sorted(report.fixedBaselineEntries())) {
      absent(fixed);
    }
    json.writeEndArray();
    runProperties();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  private void driver() throws IOException {
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", ReportWords.TOOL);
    json.writeStringField("version", ReportWords.TOOL_VERSION);
    json.writeStringField("informationUri", ReportWords.TOOL_URI);
    json.writeArrayFieldStart("rules");
    for (String id : ruleIndex.keySet()) {
      descriptor(id, report.rule(id));
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private void descriptor(String id, Optional<RuleResult> result) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", id);
    if (result.isPresent()) {
      RuleResult rule = result.get();
      text("shortDescription", rule.statement());
      String full = fullDescription(rule);
      text("fullDescription", full);
      text("help", full);
      json.writeObjectFieldStart("defaultConfiguration");
      json.writeStringField("level", level(rule.severity()));
      json.writeEndObject();
      json.writeObjectFieldStart("properties");
      json.writeStringField("title", rule.title());
      json.writeStringField("severity", rule.severity().label());
      if (rule.source().isPresent()) {
        json.writeStringField("source", rule.source().get());
      }
      json.writeArrayFieldStart("parameters");
      for (String key : rule.parameters()) {
        json.writeString(key);
      }
      json.writeEndArray();
      json.writeNumberField("checked", rule.checked());
      json.writeNumberField("passed", rule.passed());
      json.writeEndObject();
    } else {
      text("shortDescription", id);
    }
    json.writeEndObject();
  }

  private static String fullDescription(RuleResult rule) {
    List<String> parts = new ArrayList<>();
    parts.add(sentence(rule.statement()));
    rule.rationale().ifPresent(reason -> parts.add(sentence("Rationale: " + reason)));
    rule.hint().ifPresent(hint -> parts.add(sentence("Hint: " + hint)));
    return String.join(" ", parts);
  }

  private static String sentence(String text) {
    String trimmed = text.strip();
    return trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?") ? trimmed : trimmed + ".";
  }

  private void text(String field, String text) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("text", text);
    json.writeEndObject();
  }

  private void invocations() throws IOException {
    json.writeArrayFieldStart("invocations");
    json.writeStartObject();
    json.writeBooleanField("executionSuccessful", true);
    json.writeArrayFieldStart("toolExecutionNotifications");
    for (ReportWarning warning : ReportWords.sorted(report.warnings())) {
      json.writeStartObject();
      json.writeStringField("level", "warning");
      text("message", warning.message());
      if (warning.ruleId().isPresent() && ruleIndex.containsKey(warning.ruleId().get().value())) {
        json.writeObjectFieldStart("associatedRule");
        json.writeStringField("id", warning.ruleId().get().value());
        json.writeNumberField("index", ruleIndex.get(warning.ruleId().get().value()));
        json.writeEndObject();
      }
      json.writeObjectFieldStart("properties");
      json.writeStringField("kind", ReportWords.label(warning.kind()));
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
  }

  private void result(Violation violation, Optional<Waiver> waiver, String baselineState) throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", violation.ruleId().value());
    json.writeNumberField("ruleIndex", ruleIndex.get(violation.ruleId().value()));
    json.writeStringField("level", level(violation.severity()));
    text("message", violation.subject().displayName() + ": " + violation.message());
    location(Optional.of(violation.subject().displayName()), violation.subject().reference(), violation.location());
    json.writeObjectFieldStart("partialFingerprints");
    json.writeStringField(FINGERPRINT, violation.fingerprint().text());
    json.writeEndObject();
    if (baselineState != null) {
      json.writeStringField("baselineState", baselineState);
    }
    if (waiver.isPresent()) {
      json.writeArrayFieldStart("suppressions");
      json.writeStartObject();
      json.writeStringField("kind", "external");
      json.writeStringField("status", "accepted");
      json.writeStringField("justification", waiver.get().reason());
      json.writeObjectFieldStart("properties");
      json.writeStringField("approvedBy", waiver.get().approvedBy());
      json.writeStringField("expires", waiver.get().expiresOn().toString());
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeObjectFieldStart("properties");
    json.writeStringField("severity", violation.severity().label());
    json.writeArrayFieldStart("evidence");
    for (Evidence evidence : violation.evidence()) {
      json.writeString(ReportWords.evidence(evidence));
    }
    json.writeEndArray();
    if (violation.hint().isPresent()) {
      json.writeStringField("hint", violation.hint().get());
    }
    if (violation.note().isPresent()) {
      json.writeStringField("note", violation.note().get());
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private void location(Optional<String> name, String reference, Optional<SourceLocation> at) throws IOException {
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    if (at.isPresent()) {
      // Where the subject is defined, so that code-scanning views show the finding on the estate's files.
      json.writeObjectFieldStart("physicalLocation");
      json.writeObjectFieldStart("artifactLocation");
      json.writeStringField("uri", ReportWords.uri(at.get().file()));
      json.writeEndObject();
      json.writeObjectFieldStart("region");
      json.writeNumberField("startLine", at.get().line());
      json.writeNumberField("startColumn", at.get().column());
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeArrayFieldStart("logicalLocations");
    json.writeStartObject();
    if (name.isPresent()) {
      json.writeStringField("name", name.get());
    }
    json.writeStringField("fullyQualifiedName", reference);
    json.writeStringField("kind", "object");
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
  }

  private void absent(Fingerprint fixed) throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", fixed.ruleId().value());
    json.writeNumberField("ruleIndex", ruleIndex.get(fixed.ruleId().value()));
    json.writeStringField("kind", "pass");
    json.writeStringField("level", "none");
    text("message", fixed.subject() + ": fixed since the baseline");
    location(Optional.empty(), fixed.subject(), Optional.empty());
    json.writeObjectFieldStart("partialFingerprints");
    json.writeStringField(FINGERPRINT, fixed.text());
    json.writeEndObject();
    json.writeStringField("baselineState", "absent");
    json.writeEndObject();
  }

  private void runProperties() throws IOException {
    json.writeObjectFieldStart("properties");
    json.writeStringField("pack", report.packId());
    json.writeStringField("packName", report.packName());
    json.writeStringField("force", report.forceName());
    json.writeStringField("asOf", report.asOf().toString());
    json.writeStringField("horizon", report.horizon().toString());
    json.writeArrayFieldStart("parameters");
    for (EffectiveParameter parameter : ReportWords.sorted(report.parameters())) {
      json.writeStartObject();
      json.writeStringField("key", parameter.key());
      json.writeStringField("value", parameter.text());
      json.writeStringField("provenance", ReportWords.label(parameter.provenance()));
      json.writeStringField("setBy", parameter.setBy());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
