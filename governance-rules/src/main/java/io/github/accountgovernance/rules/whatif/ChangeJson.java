package io.github.accountgovernance.rules.whatif;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.accountgovernance.core.files.Output;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.rules.EffectiveParameter;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.authoring.Subject;
import io.github.accountgovernance.rules.Violation;
import io.github.accountgovernance.rules.whatif.ChangeReport.CoverChange;
import io.github.accountgovernance.rules.whatif.ChangeReport.LostWindow;
import io.github.accountgovernance.rules.whatif.ChangeReport.ParameterChange;
import io.github.accountgovernance.rules.whatif.ChangeReport.Persisted;
import io.github.accountgovernance.rules.whatif.ChangeReport.RuleChange;
import io.github.accountgovernance.rules.whatif.ChangeReport.Side;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The change report for programs: schema {@value ChangeFormat#JSON_SCHEMA}, fixed key order, {@code \n} endings. */
final class ChangeJson {

  private ChangeJson() {}

  static String render(ChangeReport report) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = Output.json(text)) {
      write(out, report);
    } catch (IOException e) {
      throw new UncheckedIOException("a string writer failed", e);
    }
    return text.toString().endsWith("\n") ? text.toString() : text + "\n";
  }

  private static void write(JsonGenerator out, ChangeReport report) throws IOException {
    out.writeStartObject();
    out.writeStringField("schema", ChangeFormat.JSON_SCHEMA);
    out.writeStringField("title", report.title());
    out.writeStringField("summary", report.summary());
    out.writeArrayFieldStart("differences");
    for (String difference : report.differences()) {
      out.writeString(difference);
    }
    out.writeEndArray();
    side(out, "before", report.before());
    side(out, "after", report.after());
    out.writeArrayFieldStart("coverLost");
    for (CoverChange account : report.coverLost()) {
      out.writeStartObject();
      subject(out, "account", account.account());
      out.writeNumberField("lostSeconds", account.lostDuration().getSeconds());
      out.writeArrayFieldStart("windows");
      for (LostWindow window : account.lost()) {
        out.writeStartObject();
        window(out, window.window(), account.zone());
        people(out, "onRota", window.onRota());
        people(out, "inDistrict", window.inDistrict());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeArrayFieldStart("coverRegained");
    for (CoverChange account : report.cover()) {
      if (account.regained().isEmpty()) {
        continue;
      }
      out.writeStartObject();
      subject(out, "account", account.account());
      out.writeArrayFieldStart("windows");
      for (TimeWindow window : account.regained().windows()) {
        out.writeStartObject();
        window(out, window, account.zone());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeArrayFieldStart("rules");
    for (RuleChange rule : report.rules()) {
      out.writeStartObject();
      out.writeStringField("rule", rule.ruleId().value());
      out.writeStringField("title", rule.title());
      out.writeStringField("severity", rule.severity().label());
      out.writeStringField("before", state(rule.before()));
      out.writeStringField("after", state(rule.after()));
      out.writeNumberField("appeared", rule.appeared());
      out.writeNumberField("cleared", rule.cleared());
      out.writeNumberField("stayed", rule.stayed());
      out.writeNumberField("changed", rule.changed());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeArrayFieldStart("parameters");
    for (ParameterChange parameter : report.parameters()) {
      out.writeStartObject();
      out.writeStringField("key", parameter.key());
      parameter(out, "before", parameter.before());
      parameter(out, "after", parameter.after());
      out.writeEndObject();
    }
    out.writeEndArray();
    violations(out, "appeared", report.appeared());
    violations(out, "cleared", report.cleared());
    out.writeArrayFieldStart("changed");
    for (Persisted pair : report.changed()) {
      out.writeStartObject();
      out.writeFieldName("before");
      violation(out, pair.before());
      out.writeFieldName("after");
      violation(out, pair.after());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeArrayFieldStart("stayed");
    for (Persisted pair : report.persisted()) {
      out.writeString(pair.after().fingerprint().text());
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static String state(ChangeReport.RuleState state) {
    return state.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static void side(JsonGenerator out, String name, Side side) throws IOException {
    out.writeObjectFieldStart(name);
    out.writeStringField("label", side.label());
    out.writeStringField("pack", side.report().packId());
    out.writeStringField("packName", side.report().packName());
    out.writeStringField("force", side.report().forceName());
    out.writeStringField("asOf", side.report().asOf().toString());
    out.writeStringField("horizon", side.report().horizon().toString());
    out.writeObjectFieldStart("counts");
    for (Severity severity : Severity.values()) {
      out.writeNumberField(severity.label(), side.count(severity));
    }
    out.writeEndObject();
    out.writeEndObject();
  }

  private static void window(JsonGenerator out, TimeWindow window, ZoneId zone) throws IOException {
    out.writeStringField("start", window.start().toString());
    out.writeStringField("end", window.end().toString());
    out.writeStringField("shown", window.format(zone));
  }

  private static void people(JsonGenerator out, String name, List<Subject> people) throws IOException {
    out.writeArrayFieldStart(name);
    for (Subject person : people) {
      out.writeStartObject();
      out.writeStringField("id", person.id());
      out.writeStringField("name", person.displayName());
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private static void subject(JsonGenerator out, String name, Subject subject) throws IOException {
    out.writeObjectFieldStart(name);
    out.writeStringField("kind", subject.kind().label());
    out.writeStringField("id", subject.id());
    out.writeStringField("name", subject.displayName());
    out.writeEndObject();
  }

  private static void parameter(JsonGenerator out, String name, Optional<EffectiveParameter> side)
      throws IOException {
    if (side.isEmpty()) {
      out.writeNullField(name);
      return;
    }
    EffectiveParameter parameter = side.get();
    out.writeObjectFieldStart(name);
    out.writeStringField("value", parameter.text());
    out.writeStringField("provenance", parameter.provenance().name().toLowerCase(java.util.Locale.ROOT));
    out.writeStringField("setBy", parameter.setBy());
    out.writeStringField("default", parameter.defaultText());
    out.writeArrayFieldStart("rules");
    for (RuleId rule : parameter.rules()) {
      out.writeString(rule.value());
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static void violations(JsonGenerator out, String name, List<Violation> violations) throws IOException {
    out.writeArrayFieldStart(name);
    for (Violation violation : violations) {
      violation(out, violation);
    }
    out.writeEndArray();
  }

  private static void violation(JsonGenerator out, Violation violation) throws IOException {
    out.writeStartObject();
    out.writeStringField("rule", violation.ruleId().value());
    out.writeStringField("severity", violation.severity().label());
    subject(out, "subject", violation.subject());
    out.writeStringField("key", violation.key());
    out.writeStringField("fingerprint", violation.fingerprint().text());
    out.writeStringField("message", violation.message());
    out.writeArrayFieldStart("evidence");
    for (Evidence evidence : violation.evidence()) {
      out.writeStartObject();
      out.writeStringField("label", evidence.label());
      out.writeArrayFieldStart("values");
      for (String value : evidence.values()) {
        out.writeString(value);
      }
      out.writeEndArray();
      out.writeEndObject();
    }
    out.writeEndArray();
    if (violation.hint().isPresent()) {
      out.writeStringField("hint", violation.hint().get());
    }
    out.writeEndObject();
  }
}
