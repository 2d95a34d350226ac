package io.github.accountgovernance.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a JSON document against the documented report schema, {@code docs/report.schema.json}, for the subset of
 * JSON Schema 2020-12 it uses (type, const, enum, required, properties, additionalProperties false, items,
 * minimum, pattern, local $ref), as governance-rules' own test does for the writer; here it guards what the
 * command line prints.
 */
final class ReportSchema {

  static final Path FILE = Path.of("..", "docs", "report.schema.json");

  private final Map<String, Object> schema;

  private ReportSchema(Map<String, Object> schema) {
    this.schema = schema;
  }

  static ReportSchema documented() {
    try {
      return new ReportSchema(JsonTree.object(JsonTree.parse(Files.readString(FILE, StandardCharsets.UTF_8))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every place the document breaks the schema; empty if it conforms. */
  List<String> violations(String json) {
    List<String> found = new ArrayList<>();
    check(schema, JsonTree.parse(json), "$", found);
    return found;
  }

  private void check(Map<String, Object> rule, Object value, String path, List<String> found) {
    if (rule.containsKey("$ref")) {
      String ref = (String) rule.get("$ref");
      Object target = JsonTree.at(schema, "$defs", ref.substring("#/$defs/".length())).orElse(null);
      if (target == null) {
        found.add(path + ": unresolved " + ref);
        return;
      }
      check(JsonTree.object(target), value, path, found);
    }
    if (rule.containsKey("const") && !rule.get("const").equals(value)) {
      found.add(path + ": expected " + rule.get("const") + ", found " + value);
    }
    if (rule.containsKey("enum") && !JsonTree.array(rule.get("enum")).contains(value)) {
      found.add(path + ": " + value + " is not one of " + rule.get("enum"));
    }
    if (rule.containsKey("type") && !hasType(value, (String) rule.get("type"))) {
      found.add(path + ": expected " + rule.get("type") + ", found " + value);
      return;
    }
    if (rule.containsKey("minimum") && JsonTree.isNumber(value)
        && Double.parseDouble(value.toString()) < Double.parseDouble(rule.get("minimum").toString())) {
      found.add(path + ": " + value + " is below the minimum " + rule.get("minimum"));
    }
    if (rule.containsKey("pattern") && value instanceof String text
        && !Pattern.compile((String) rule.get("pattern")).matcher(text).find()) {
      found.add(path + ": \"" + text + "\" does not match " + rule.get("pattern"));
    }
    if (value instanceof Map<?, ?> fields) {
      if (rule.containsKey("required")) {
        for (Object name : JsonTree.array(rule.get("required"))) {
          if (!fields.containsKey(name)) {
            found.add(path + ": missing " + name);
          }
        }
      }
      Map<String, Object> properties =
          rule.containsKey("properties") ? JsonTree.object(rule.get("properties")) : Map.of();
      for (Map.Entry<String, Object> field : JsonTree.object(value).entrySet()) {
        if (properties.containsKey(field.getKey())) {
          check(JsonTree.object(properties.get(field.getKey())), field.getValue(), path + "." + field.getKey(), found);
        } else if (Boolean.FALSE.equals(rule.get("additionalProperties"))) {
          found.add(path + ": unexpected field " + field.getKey());
        }
      }
    }
    if (rule.containsKey("items") && value instanceof List<?> items) {
      for (int i = 0; i < items.size(); i++) {
        check(JsonTree.object(rule.get("items")), items.get(i), path + "[" + i + "]", found);
      }
    }
  }

  private static boolean hasType(Object value, String type) {
    return switch (type) {
      case "object" -> value instanceof Map;
      case "array" -> value instanceof List;
      case "string" -> value instanceof String;
      case "integer" -> JsonTree.isInteger(value);
      case "number" -> JsonTree.isNumber(value);
      case "boolean" -> value instanceof Boolean;
      case "null" -> value == JsonTree.NULL;
      default -> throw new IllegalArgumentException("the schema uses a type this check does not know: " + type);
    };
  }
}
