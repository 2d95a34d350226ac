package io.github.accountgovernance.rules.files;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.accountgovernance.core.files.Codec;
import io.github.accountgovernance.core.files.Codecs;
import io.github.accountgovernance.core.files.LocatedNode;
import io.github.accountgovernance.core.files.LocatedReader;
import io.github.accountgovernance.core.files.ObjectFields;
import io.github.accountgovernance.core.files.ObjectMapping;
import io.github.accountgovernance.core.files.Problems;
import io.github.accountgovernance.core.problem.SourceLocation;
import io.github.accountgovernance.core.problem.Suggestions;
import io.github.accountgovernance.core.files.Syntax;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.authoring.Parameter;
import io.github.accountgovernance.rules.authoring.ParameterConstraint;
import io.github.accountgovernance.rules.authoring.Rule;
import io.github.accountgovernance.rules.catalogue.PolicyPacks;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * noteEmptySelections: false              # optional: don't note rules whose selection matched nothing
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

  private static final Codec<PolicyPack> BASE_PACK = new Codec<>() {
    @Override
    public PolicyPack read(ObjectFields fields, String path, LocatedNode value) {
      String name = Codecs.nonBlankText().read(fields, path, value);
      if (name == null) {
        return null;
      }
      Optional<PolicyPack> found = PolicyPacks.named(name);
      if (found.isEmpty()) {
        List<String> known = PolicyPacks.all().stream().map(PolicyPack::id).collect(Collectors.toList());
        fields.fail(path,
            "unknown pack \"" + name + "\"" + Suggestions.didYouMean(name, known) + "; packs are " + known, value);
      }
      return found.orElse(null);
    }

    @Override
    public void write(JsonGenerator out, PolicyPack value) throws IOException {
      out.writeString(value.id());
    }
  };

  private static final Codec<Map<String, Text>> PARAMETERS = new Codec<>() {
    @Override
    public Map<String, Text> read(ObjectFields fields, String path, LocatedNode value) {
      Map<String, Text> values = new LinkedHashMap<>();
      if (value.kind() != LocatedNode.Kind.MAPPING) {
        fields.fail(path,
            "expected parameter keys with values, such as maxGap: 12h, but got " + value.describe(), value);
        return values;
      }
      for (Map.Entry<String, LocatedNode> entry : value.fields().entrySet()) {
        LocatedNode item = entry.getValue();
        if (item.isScalar()) {
          values.put(entry.getKey(), new Text(item.text(), item));
        } else if (item.kind() == LocatedNode.Kind.LIST && item.items().stream().allMatch(LocatedNode::isScalar)) {
          values.put(entry.getKey(),
              new Text(item.items().stream().map(LocatedNode::text).collect(Collectors.joining(", ")), item));
        } else {
          fields.fail(path + "." + entry.getKey(),
              "expected a value or a list of values, but got " + item.describe(), item);
        }
      }
      return values;
    }

    @Override
    public void write(JsonGenerator out, Map<String, Text> values) throws IOException {
      out.writeStartObject();
      for (Map.Entry<String, Text> entry : values.entrySet()) {
        out.writeStringField(entry.getKey(), entry.getValue().text());
      }
      out.writeEndObject();
    }
  };

  private static final Codec<List<Text>> RULE_IDS = new Codec<>() {
    @Override
    public List<Text> read(ObjectFields fields, String path, LocatedNode value) {
      List<Text> ids = new ArrayList<>();
      if (value.kind() != LocatedNode.Kind.LIST) {
        fields.fail(path, "expected a list of rule ids, but got " + value.describe(), value);
        return ids;
      }
      for (int i = 0; i < value.items().size(); i++) {
        LocatedNode node = value.items().get(i);
        if (node.isScalar()) {
          ids.add(new Text(node.text(), node));
        } else {
          fields.fail(path + "[" + i + "]", "expected a rule id such as EST-4, but got " + node.describe(), node);
        }
      }
      return ids;
    }

    @Override
    public void write(JsonGenerator out, List<Text> ids) throws IOException {
      out.writeStartArray();
      for (Text id : ids) {
        out.writeString(id.text());
      }
      out.writeEndArray();
    }
  };

  /**
   * A pack file's fields, the one description of what a pack file may say: {@code schema} (checked first),
   * {@code id}, {@code name}, {@code description}, {@code derivesFrom} (a bundled pack), {@code parameters},
   * {@code disable} and {@code noteEmptySelections}, each checked against the base pack once the file is read. The library writes no pack files;
   * the description would serve a writer as it serves the reader.
   */
  static final ObjectMapping<PackFile, PackFile> PACK =
      ObjectMapping.<PackFile, PackFile>builder("a pack file", PackFile::new)
          .field("schema", GovernanceCodecs.<String>derived((out, v) -> out.writeString(SCHEMA)),
              ObjectMapping.Presence.OPTIONAL, (d, v) -> { }, d -> Optional.of(SCHEMA))
          .required("id", Codecs.nonBlankText(), (d, v) -> d.id = v, d -> d.id)
          .optional("name", Codecs.text(), (d, v) -> d.name = v, d -> Optional.ofNullable(d.name))
          .optional("description", Codecs.text(), (d, v) -> d.description = v,
              d -> Optional.ofNullable(d.description))
          .required("derivesFrom", BASE_PACK, (d, v) -> d.base = v, d -> d.base)
          .optional("parameters", PARAMETERS, (d, v) -> d.parameters = v,
              d -> d.parameters.isEmpty() ? Optional.empty() : Optional.of(d.parameters))
          .optional("disable", RULE_IDS, (d, v) -> d.disable = v,
              d -> d.disable.isEmpty() ? Optional.empty() : Optional.of(d.disable))
          .optional("noteEmptySelections", GovernanceCodecs.FLAG, (d, v) -> d.noteEmptySelections = v,
              d -> Optional.ofNullable(d.noteEmptySelections))
          .check(PackFiles::checkAgainstBase)
          .build(d -> d);

  /** What a pack file says, as read: its values checked against the base pack by {@link #checkAgainstBase}. */
  static final class PackFile {
    String id;
    String name;
    String description;
    PolicyPack base;
    /** Parameter key to the value as the file writes it, in the file's order. */
    Map<String, Text> parameters = new LinkedHashMap<>();
    List<Text> disable = new ArrayList<>();
    /** Whether the pack notes rules whose selection matched nothing; null if the file leaves the base's choice. */
    Boolean noteEmptySelections;
    /** The values and rule ids that survived the check against the base. */
    final Map<String, String> values = new TreeMap<>();
    final List<String> disabled = new ArrayList<>();
  }

  /** A value as the file writes it, with where it stands. */
  record Text(String text, LocatedNode node) {}

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
    return GovernanceFiles.readFile(file, "pack file", PackFiles::read);
  }

  /**
   * Returns where a pack file sets a parameter ({@code parameters.maxEdits}), so that a refusal found only when
   * the pack meets an estate ({@link io.github.accountgovernance.rules.authoring.ParameterRefusedException}) can
   * point at the line to change.
   *
   * @param file the pack file, which was read before
   * @param parameter the parameter's key, such as {@code maxEdits}
   * @return the place of the value, or empty if the file does not set it (the value is the base pack's or the
   *     rule's default) or cannot be read now
   * @throws NullPointerException if an argument is null
   */
  public static Optional<SourceLocation> parameterLocation(Path file, String parameter) {
    requireNonNull(parameter, "parameter");
    String fileName = requireNonNull(file, "file").toString();
    Problems problems = GovernanceFiles.problems("pack file", fileName);
    LocatedReader reader = LocatedReader.smallFiles(Syntax.forFile(fileName));
    try {
      LocatedNode root = reader.readTree(reader.utf8(reader.bytes(file, problems), problems), problems);
      LocatedNode parameters = root.kind() == LocatedNode.Kind.MAPPING ? root.fields().get("parameters") : null;
      LocatedNode value = parameters != null && parameters.kind() == LocatedNode.Kind.MAPPING
          ? parameters.fields().get(parameter) : null;
      return Optional.ofNullable(value).map(LocatedNode::location);
    } catch (IOException | UncheckedIOException | InvalidGovernanceFileException unreadable) {
      return Optional.empty();
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
    Optional<PolicyPack> pack = ObjectFields.of(root, "", PACK.what(), PACK.fieldNames(), problems)
        .flatMap(fields -> {
          fields.otherSchema(SCHEMA);
          return PACK.read(fields).flatMap(file -> derive(file, fields, problems));
        });
    problems.throwIfAny();
    return pack.orElseThrow();
  }

  /** Checks the file's parameters and disabled rules against the base pack, whatever else failed. */
  private static void checkAgainstBase(PackFile file, ObjectFields fields) {
    if (file.base == null) {
      return;
    }
    Map<String, Parameter<?>> declared = new TreeMap<>();
    file.base.rules().stream().map(Rule::parameters).flatMap(List::stream)
        .forEach(parameter -> declared.put(parameter.key(), parameter));
    Map<String, Setting> settings = new TreeMap<>();
    file.parameters.forEach((key, value) -> {
      String path = fields.path("parameters") + "." + key;
      Parameter<?> parameter = declared.get(key);
      if (parameter == null) {
        fields.fail(path,
            "no rule of " + file.base.id() + " has a parameter \"" + key + "\""
                + Suggestions.didYouMean(key, declared.keySet()) + "; the rules command lists each rule's parameters",
            value.node().keyLine(), value.node().keyColumn());
        return;
      }
      try {
        settings.put(key, new Setting(parameter.parse(value.text()), path, value.node()));
        file.values.put(key, value.text());
      } catch (IllegalArgumentException e) {
        fields.fail(path, e.getMessage(), value.node());
      }
    });
    List<String> known = file.base.rules().stream().map(rule -> rule.id().toString()).toList();
    for (int i = 0; i < file.disable.size(); i++) {
      Text id = file.disable.get(i);
      if (!known.contains(id.text().trim())) {
        fields.fail(fields.path("disable") + "[" + i + "]",
            "no rule \"" + id.text() + "\" in " + file.base.id() + Suggestions.didYouMean(id.text(), known),
            id.node());
      } else {
        file.disabled.add(id.text().trim());
      }
    }
    checkTogether(fields, file.base, settings, file.disabled);
  }

  /** A value the file sets as its parameter read it, and where it stands. */
  private record Setting(Object value, String path, LocatedNode node) {}

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
        fields.fail(setting.path(),
            "parameter " + value.getKey() + " is read only by " + String.join(", ", readers)
                + ", which this file disables; remove the value or keep the rule",
            setting.node().keyLine(), setting.node().keyColumn());
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
            .problem(p -> values.containsKey(p.key()) ? values.get(p.key()).value() : base.value(p))
            .ifPresent(problem ->
                fields.fail(at.get().path(), rule.id() + " requires that " + problem, at.get().node()));
      }
    }
  }

  /** Derives the pack the file describes from its base, once the whole file is read without a problem. */
  private static Optional<PolicyPack> derive(PackFile file, ObjectFields fields, Problems problems) {
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    try {
      PolicyPack.Builder pack = file.base.derive(file.id);
      if (file.name != null) {
        pack.name(file.name);
      }
      if (file.description != null) {
        pack.description(file.description);
      }
      file.values.forEach(pack::set);
      file.disabled.forEach(pack::disable);
      if (file.noteEmptySelections != null) {
        pack.noteEmptySelections(file.noteEmptySelections);
      }
      return Optional.of(pack.build());
    } catch (IllegalArgumentException e) {
      fields.fail(e.getMessage());
      return Optional.empty();
    }
  }
}
