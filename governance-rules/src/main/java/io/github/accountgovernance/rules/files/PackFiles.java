package io.github.accountgovernance.rules.files;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.internal.LocatedNode;
import io.github.accountgovernance.core.internal.LocatedReader;
import io.github.accountgovernance.core.internal.ObjectFields;
import io.github.accountgovernance.core.internal.Problems;
import io.github.accountgovernance.core.internal.Suggestions;
import io.github.accountgovernance.core.internal.Syntax;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.authoring.Parameter;
import io.github.accountgovernance.rules.authoring.ParameterConstraint;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads a force's own policy pack from a YAML or JSON file: a published pack to start from, parameter values to
 * change, and rules to disable. Rules of a force's own are added in code ({@link PolicyPack#derive(String)}).
 *
 * <pre>{@code
 * # nyp-2021.yaml
 * schema: account-governance/pack@1      # optional; if given, must be this
 * id: nyp-2021
 * name: North Yorkshire Police 2021       # optional
 * description: Our local policy           # optional
 * derivesFrom: npcc2021                   # npcc2021 or retain-individual
 * parameters:                             # optional: parameter key → value, as the catalogue writes it
 *   maxGap: 12h
 *   allowedTiers: [force-wide, district, corporate-function]
 * disable: [EST-4]                        # optional
 * }</pre>
 *
 * <p>Every problem in a file (unknown fields, an unknown base pack, an unknown parameter key or rule id with a
 * "did you mean", a value its parameter cannot read) is reported together with file, line, column and path, in
 * one {@link InvalidGovernanceFileException}. The pack's report shows each value the file sets as a force
 * override by the file's pack id.
 *
 * <p>Thread-safe: stateless.
 */
public final class PackFiles {

  /** The schema id a pack file may state in its {@code schema} field. */
  public static final String SCHEMA = "account-governance/pack@1";

  private static final List<String> FIELDS =
      List.of("schema", "id", "name", "description", "derivesFrom", "parameters", "disable");

  private PackFiles() {}

  /**
   * Reads a pack file, YAML or JSON by its extension.
   *
   * @param file the file, UTF-8
   * @return the pack
   * @throws NullPointerException if {@code file} is null
   * @throws InvalidGovernanceFileException if the file has any problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public static PolicyPack read(Path file) {
    requireNonNull(file, "file");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads a pack from text, YAML or JSON by the file name's extension.
   *
   * @param text the content
   * @param fileName the name problems are located in, such as {@code nyp-2021.yaml}
   * @return the pack
   * @throws NullPointerException if an argument is null
   * @throws InvalidGovernanceFileException if the content has any problem
   */
  public static PolicyPack read(String text, String fileName) {
    return read(new StringReader(requireNonNull(text, "text")), fileName);
  }

  /**
   * Reads a pack from a reader, which is not closed, YAML or JSON by the file name's extension.
   *
   * @param in the content
   * @param fileName the name problems are located in
   * @return the pack
   * @throws NullPointerException if an argument is null
   * @throws InvalidGovernanceFileException if the content has any problem
   */
  public static PolicyPack read(Reader in, String fileName) {
    requireNonNull(in, "in");
    requireNonNull(fileName, "fileName");
    Problems problems = new Problems(fileName, LocatedReader.Limits.smallFiles(),
        list -> new InvalidGovernanceFileException("pack file " + fileName, list));
    LocatedNode root = LocatedReader.smallFiles(Syntax.forFile(fileName)).readTree(in, problems);
    Optional<PolicyPack> pack =
        ObjectFields.of(root, "", "a pack file", FIELDS, problems).flatMap(fields -> pack(fields, problems));
    problems.throwIfAny();
    return pack.orElseThrow();
  }

  private static Optional<PolicyPack> pack(ObjectFields fields, Problems problems) {
    fields.otherSchema(SCHEMA);
    Optional<String> id = fields.requiredString("id");
    Optional<PolicyPack> base =
        fields.requiredString("derivesFrom").flatMap(name -> {
          Optional<PolicyPack> found = PolicyPacks.named(name);
          if (found.isEmpty()) {
            List<String> known = PolicyPacks.all().stream().map(PolicyPack::id).collect(Collectors.toList());
            fields.fail(fields.path("derivesFrom"),
                "unknown pack \"" + name + "\"" + Suggestions.didYouMean(name, known) + "; packs are " + known,
                fields.mapping().fields().get("derivesFrom"));
          }
          return found;
        });
    Map<String, Setting> values = parameters(fields, base);
    List<String> disabled = disabled(fields, base);
    base.ifPresent(pack -> checkTogether(fields, pack, values, disabled));
    if (!problems.isEmpty() || id.isEmpty() || base.isEmpty()) {
      return Optional.empty();
    }
    try {
      PolicyPack.Builder pack = base.get().derive(id.get());
      fields.string("name").ifPresent(pack::name);
      fields.string("description").ifPresent(pack::description);
      values.forEach((key, setting) -> pack.set(key, setting.text));
      disabled.forEach(pack::disable);
      return Optional.of(pack.build());
    } catch (IllegalArgumentException e) {
      fields.fail(e.getMessage());
      return Optional.empty();
    }
  }

  /** A value the file sets: its text, the value its parameter read, and where it stands. */
  private static final class Setting {
    final String text;
    final Object value;
    final String path;
    final LocatedNode node;

    Setting(String text, Object value, String path, LocatedNode node) {
      this.text = text;
      this.value = value;
      this.path = path;
      this.node = node;
    }
  }

  /**
   * What the values the file sets must meet together with the rules it keeps: each is read by a rule the file
   * does not disable, and the constraints between a kept rule's parameters hold for the values the pack would
   * have. Each problem is located at a value the file sets.
   */
  private static void checkTogether(
      ObjectFields fields, PolicyPack base, Map<String, Setting> values, List<String> disabled) {
    List<Rule> kept = base.rules().stream().filter(rule -> !disabled.contains(rule.id().toString())).toList();
    for (Map.Entry<String, Setting> value : values.entrySet()) {
      if (kept.stream().noneMatch(rule -> rule.parameter(value.getKey()).isPresent())) {
        List<String> readers = base.rules().stream().filter(rule -> rule.parameter(value.getKey()).isPresent())
            .map(rule -> rule.id().toString()).toList();
        Setting setting = value.getValue();
        fields.fail(setting.path,
            "parameter " + value.getKey() + " is read only by " + String.join(", ", readers)
                + ", which this file disables; remove the value or keep the rule",
            setting.node.keyLine(), setting.node.keyColumn());
      }
    }
    for (Rule rule : kept) {
      for (ParameterConstraint constraint : rule.constraints()) {
        Optional<Setting> at = constraint.parameters().stream().map(p -> values.get(p.key()))
            .filter(Objects::nonNull).findFirst();
        if (at.isEmpty()) {
          continue;
        }
        constraint
            .problem(p -> values.containsKey(p.key()) ? values.get(p.key()).value : base.value(p))
            .ifPresent(problem -> fields.fail(at.get().path, rule.id() + " requires that " + problem, at.get().node));
      }
    }
  }

  private static Map<String, Setting> parameters(ObjectFields fields, Optional<PolicyPack> base) {
    Map<String, Setting> values = new TreeMap<>();
    Optional<LocatedNode> node = fields.node("parameters");
    if (node.isEmpty()) {
      return values;
    }
    if (node.get().kind() != LocatedNode.Kind.MAPPING) {
      fields.fail(fields.path("parameters"),
          "expected parameter keys with values, such as maxGap: 12h, but got " + node.get().describe(), node.get());
      return values;
    }
    Map<String, Parameter<?>> declared = new TreeMap<>();
    base.ifPresent(pack -> pack.rules().stream().map(Rule::parameters).flatMap(List::stream)
        .forEach(parameter -> declared.put(parameter.key(), parameter)));
    for (Map.Entry<String, LocatedNode> entry : node.get().fields().entrySet()) {
      String path = fields.path("parameters") + "." + entry.getKey();
      Optional<String> text = text(entry.getValue(), path, fields);
      if (text.isEmpty()) {
        continue;
      }
      Parameter<?> parameter = declared.get(entry.getKey());
      if (parameter == null) {
        if (base.isPresent()) {
          fields.fail(path,
              "no rule of " + base.get().id() + " has a parameter \"" + entry.getKey() + "\""
                  + Suggestions.didYouMean(entry.getKey(), declared.keySet())
                  + "; the rules command lists each rule's parameters",
              entry.getValue().keyLine(), entry.getValue().keyColumn());
        }
        continue;
      }
      try {
        values.put(entry.getKey(), new Setting(text.get(), parameter.parse(text.get()), path, entry.getValue()));
      } catch (IllegalArgumentException e) {
        fields.fail(path, e.getMessage(), entry.getValue());
      }
    }
    return values;
  }

  private static Optional<String> text(LocatedNode value, String path, ObjectFields fields) {
    if (value.isScalar()) {
      return Optional.of(value.text());
    }
    if (value.kind() == LocatedNode.Kind.LIST && value.items().stream().allMatch(LocatedNode::isScalar)) {
      return Optional.of(value.items().stream().map(LocatedNode::text).collect(Collectors.joining(", ")));
    }
    fields.fail(path, "expected a value or a list of values, but got " + value.describe(), value);
    return Optional.empty();
  }

  private static List<String> disabled(ObjectFields fields, Optional<PolicyPack> base) {
    List<String> ids = new ArrayList<>();
    List<LocatedNode> nodes = fields.list("disable", false, "rule ids");
    List<String> known =
        base.map(pack -> pack.rules().stream().map(rule -> rule.id().toString()).toList()).orElse(List.of());
    for (int i = 0; i < nodes.size(); i++) {
      LocatedNode node = nodes.get(i);
      String path = fields.path("disable") + "[" + i + "]";
      if (!node.isScalar()) {
        fields.fail(path, "expected a rule id such as EST-4, but got " + node.describe(), node);
      } else if (base.isPresent() && !known.contains(node.text().trim())) {
        fields.fail(path,
            "no rule \"" + node.text() + "\" in " + base.get().id() + Suggestions.didYouMean(node.text(), known), node);
      } else {
        ids.add(node.text().trim());
      }
    }
    return ids;
  }
}
