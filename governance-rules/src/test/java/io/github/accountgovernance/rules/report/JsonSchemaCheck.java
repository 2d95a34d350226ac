package io.github.accountgovernance.rules.report;

import io.github.accountgovernance.core.files.LocatedNode;
import io.github.accountgovernance.core.files.LocatedReader;
import io.github.accountgovernance.core.files.Problems;
import io.github.accountgovernance.core.files.Syntax;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a JSON document against the subset of JSON Schema 2020-12 that {@code docs/report.schema.json} uses
 * (type, const, enum, required, properties, additionalProperties false, items, minimum, pattern, local $ref),
 * so that the documented schema and the writer cannot drift apart unnoticed.
 */
// Public for the file-format tests in rules.files; its signatures name types of test-only modules.
@SuppressWarnings("exports")
public final class JsonSchemaCheck {

  public static final Path REPORT_SCHEMA = Path.of("..", "docs", "report.schema.json");

  private final LocatedNode schema;

  private JsonSchemaCheck(LocatedNode schema) {
    this.schema = schema;
  }

  public static JsonSchemaCheck reportSchema() throws IOException {
    return new JsonSchemaCheck(parse(Files.readString(REPORT_SCHEMA, StandardCharsets.UTF_8)));
  }

  public static LocatedNode parse(String json) {
    Problems problems = new Problems("doc.json", LocatedReader.Limits.smallFiles(),
        list -> new IllegalArgumentException(list.toString()));
    LocatedNode node = LocatedReader.smallFiles(Syntax.JSON).readTree(json, problems);
    problems.throwIfAny();
    return node;
  }

  /** Returns every place the document breaks the schema, empty if it conforms. */
  public List<String> violations(String json) {
    List<String> found = new ArrayList<>();
    check(schema, parse(json), "$", found);
    return found;
  }

  private void check(LocatedNode rule, LocatedNode value, String path, List<String> found) {
    Map<String, LocatedNode> keywords = rule.fields();
    if (keywords.containsKey("$ref")) {
      String ref = keywords.get("$ref").text();
      LocatedNode target = schema.fields().get("$defs").fields().get(ref.substring("#/$defs/".length()));
      if (target == null) {
        found.add(path + ": unresolved " + ref);
        return;
      }
      check(target, value, path, found);
    }
    if (keywords.containsKey("const") && !keywords.get("const").text().equals(value.text())) {
      found.add(path + ": expected " + keywords.get("const").text() + ", found " + value.text());
    }
    if (keywords.containsKey("enum")
        && keywords.get("enum").items().stream().noneMatch(option -> option.text().equals(value.text()))) {
      found.add(path + ": " + value.text() + " is not one of the enumerated values");
    }
    if (keywords.containsKey("type") && !hasType(value, keywords.get("type").text())) {
      found.add(path + ": expected " + keywords.get("type").text() + ", found " + value.kind());
      return;
    }
    if (keywords.containsKey("minimum") && value.kind() == LocatedNode.Kind.NUMBER
        && Double.parseDouble(value.text()) < Double.parseDouble(keywords.get("minimum").text())) {
      found.add(path + ": below the minimum");
    }
    if (keywords.containsKey("pattern") && !Pattern.compile(keywords.get("pattern").text()).matcher(value.text()).find()) {
      found.add(path + ": \"" + value.text() + "\" does not match " + keywords.get("pattern").text());
    }
    if (keywords.containsKey("required")) {
      for (LocatedNode name : keywords.get("required").items()) {
        if (!value.fields().containsKey(name.text())) {
          found.add(path + ": missing " + name.text());
        }
      }
    }
    Map<String, LocatedNode> properties =
        keywords.containsKey("properties") ? keywords.get("properties").fields() : Map.of();
    for (Map.Entry<String, LocatedNode> field : value.fields().entrySet()) {
      if (properties.containsKey(field.getKey())) {
        check(properties.get(field.getKey()), field.getValue(), path + "." + field.getKey(), found);
      } else if (keywords.containsKey("additionalProperties")) {
        found.add(path + ": unexpected field " + field.getKey());
      }
    }
    if (keywords.containsKey("items")) {
      for (int i = 0; i < value.items().size(); i++) {
        check(keywords.get("items"), value.items().get(i), path + "[" + i + "]", found);
      }
    }
  }

  private static boolean hasType(LocatedNode value, String type) {
    switch (type) {
      case "object":
        return value.kind() == LocatedNode.Kind.MAPPING;
      case "array":
        return value.kind() == LocatedNode.Kind.LIST;
      case "string":
        return value.kind() == LocatedNode.Kind.TEXT;
      case "integer":
        return value.kind() == LocatedNode.Kind.NUMBER && value.text().matches("-?\\d+");
      case "number":
        return value.kind() == LocatedNode.Kind.NUMBER;
      case "boolean":
        return value.kind() == LocatedNode.Kind.BOOLEAN;
      default:
        return value.kind() == LocatedNode.Kind.NULL;
    }
  }
}
