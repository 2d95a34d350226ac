package io.github.accountgovernance.rules.whatif;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.accountgovernance.core.files.LocatedNode;
import io.github.accountgovernance.core.files.LocatedReader;
import io.github.accountgovernance.core.files.ObjectFields;
import io.github.accountgovernance.core.files.Output;
import io.github.accountgovernance.core.files.Problems;
import io.github.accountgovernance.core.files.Syntax;
import io.github.accountgovernance.core.model.AbsenceReason;
import io.github.accountgovernance.core.model.RotaAssignment;
import io.github.accountgovernance.core.time.TimeWindow;
import io.github.accountgovernance.core.time.WeeklyWindow;
import io.github.accountgovernance.rules.files.InvalidGovernanceFileException;
import io.github.accountgovernance.rules.whatif.Scenario.AddsSlot;
import io.github.accountgovernance.rules.whatif.Scenario.Absent;
import io.github.accountgovernance.rules.whatif.Scenario.Change;
import io.github.accountgovernance.rules.whatif.Scenario.Closes;
import io.github.accountgovernance.rules.whatif.Scenario.Leaves;
import io.github.accountgovernance.rules.whatif.Scenario.Opens;
import io.github.accountgovernance.rules.whatif.Scenario.RemovesSlots;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads and writes scenario files, in YAML or JSON by the file's extension ({@code .json} is JSON, anything else
 * YAML), with the same conventions and error quality as estate files: every unknown field (with "did you mean"),
 * missing or malformed value is reported at once, with file, line, column and path, in one
 * {@link InvalidGovernanceFileException}. The format is described in {@code docs/scenario-format.md}.
 *
 * <pre>{@code
 * # scenario.yaml
 * schema: account-governance/scenario@1
 * name: the Hambleton sergeant's fortnight off
 * absent:
 *   - {contributor: c1299, from: 2021-03-08, until: 2021-03-22}   # until: the day they are back
 * leaves:
 *   - {contributor: c7320, on: 2021-03-15}
 * close:
 *   - {account: npt-bedale-x, on: 2021-03-31, successors: [hambleton-x]}
 * }</pre>
 *
 * <p>A file's changes apply section by section in one fixed order, whatever order the file writes them in:
 * {@code open}, {@code close}, {@code removeSlots}, {@code addSlots}, {@code leaves}, {@code absent}; within a
 * section, in the file's order. {@link #write} writes that order, so {@code read(write(s))} equals {@code s} for
 * a scenario whose changes are in it.
 *
 * <pre>{@code
 * Scenario scenario = ScenarioFiles.read(Path.of("scenario.yaml"));
 * ChangeReport changes = ChangeReport.whatIf(Evaluation.of(pack), estate, scenario);
 * }</pre>
 *
 * <p>Thread-safe: stateless.
 */
public final class ScenarioFiles {

  /** The schema id a scenario file may state in its {@code schema} field. */
  public static final String SCHEMA = "account-governance/scenario@1";

  private static final List<String> ROOT =
      List.of("schema", "name", "open", "close", "removeSlots", "addSlots", "leaves", "absent");
  private static final List<String> ABSENT = List.of("contributor", "from", "until", "reason");
  private static final List<String> LEAVES = List.of("contributor", "on");
  private static final List<String> CLOSE = List.of("account", "on", "successors");
  private static final List<String> OPEN = List.of("account", "on");
  private static final List<String> SLOT =
      List.of("contributor", "account", "from", "to", "weekly", "validFrom", "validUntil");
  private static final List<String> REMOVE = List.of("contributor", "account", "weekly");
  private static final String REASONS = "leave, sickness, training or other";

  private ScenarioFiles() {}

  /**
   * Reads a scenario file, YAML or JSON by its extension.
   *
   * @param file the file, UTF-8
   * @return the scenario
   * @throws NullPointerException if {@code file} is null
   * @throws InvalidGovernanceFileException if the file has any problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Scenario read(Path file) {
    requireNonNull(file, "file");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads a scenario from text, YAML or JSON by the file name's extension.
   *
   * @param text the content
   * @param fileName the name problems are located in, such as {@code scenario.yaml}
   * @return the scenario
   * @throws NullPointerException if an argument is null
   * @throws InvalidGovernanceFileException if the content has any problem
   */
  public static Scenario read(String text, String fileName) {
    return read(new StringReader(requireNonNull(text, "text")), fileName);
  }

  /**
   * Reads a scenario from a reader, which is not closed, YAML or JSON by the file name's extension.
   *
   * @param in the content
   * @param fileName the name problems are located in
   * @return the scenario
   * @throws NullPointerException if an argument is null
   * @throws InvalidGovernanceFileException if the content has any problem
   * @throws UncheckedIOException if reading fails
   */
  public static Scenario read(Reader in, String fileName) {
    requireNonNull(in, "in");
    requireNonNull(fileName, "fileName");
    Problems problems =
        new Problems(
            fileName,
            LocatedReader.Limits.smallFiles(),
            found -> new InvalidGovernanceFileException("scenario file " + fileName, found));
    LocatedNode root = LocatedReader.smallFiles(Syntax.forFile(fileName)).readTree(in, problems);
    Scenario.Builder scenario = Scenario.builder();
    ObjectFields.of(root, "", "a scenario file", ROOT, problems).ifPresent(fields -> {
      fields.otherSchema(SCHEMA);
      fields.string("name").filter(name -> !name.isBlank()).ifPresent(scenario::name);
      items(fields, "open", "changes that open accounts", OPEN, "an opening", problems, ScenarioFiles::opens)
          .forEach(scenario::add);
      items(fields, "close", "changes that close accounts", CLOSE, "a closure", problems, ScenarioFiles::closes)
          .forEach(scenario::add);
      items(fields, "removeSlots", "rota slots to remove", REMOVE, "a removal of rota slots", problems,
          ScenarioFiles::removes).forEach(scenario::add);
      items(fields, "addSlots", "rota slots to add", SLOT, "a rota slot", problems, ScenarioFiles::adds)
          .forEach(scenario::add);
      items(fields, "leaves", "people leaving", LEAVES, "a leaver", problems, ScenarioFiles::leaves)
          .forEach(scenario::add);
      items(fields, "absent", "absences", ABSENT, "an absence", problems, ScenarioFiles::absent)
          .forEach(scenario::add);
    });
    problems.throwIfAny();
    return scenario.build();
  }

  /** Reads one change out of its fields. */
  private interface ItemReader {
    Optional<Change> read(ObjectFields fields, String path);
  }

  private static List<Change> items(
      ObjectFields root, String field, String expected, List<String> known, String what, Problems problems,
      ItemReader reader) {
    List<Change> changes = new ArrayList<>();
    List<LocatedNode> nodes = root.list(field, false, expected);
    for (int i = 0; i < nodes.size(); i++) {
      String path = root.path(field) + "[" + i + "]";
      ObjectFields.of(nodes.get(i), path, what, known, problems).ifPresent(fields -> {
        int before = problems.size();
        Optional<Change> change;
        try {
          change = reader.read(fields, path);
        } catch (IllegalArgumentException | IllegalStateException e) {
          fields.fail(e.getMessage());
          change = Optional.empty();
        }
        if (problems.size() == before && !fields.failed()) {
          change.ifPresent(changes::add);
        }
      });
    }
    return changes;
  }

  private static Optional<Change> opens(ObjectFields fields, String path) {
    Optional<String> account = fields.requiredString("account");
    Optional<LocalDate> on = fields.date("on", true);
    return account.isPresent() && on.isPresent() ? Optional.of(new Opens(account.get(), on.get())) : Optional.empty();
  }

  private static Optional<Change> closes(ObjectFields fields, String path) {
    Optional<String> account = fields.requiredString("account");
    Optional<LocalDate> on = fields.date("on", true);
    List<String> successors = fields.texts("successors", "account ids");
    return account.isPresent() && on.isPresent()
        ? Optional.of(new Closes(account.get(), on.get(), successors))
        : Optional.empty();
  }

  private static Optional<Change> removes(ObjectFields fields, String path) {
    Optional<String> contributor = fields.requiredString("contributor");
    Optional<String> account = fields.requiredString("account");
    Optional<WeeklyWindow> weekly = weekly(fields, false);
    return contributor.isPresent() && account.isPresent()
        ? Optional.of(new RemovesSlots(contributor.get(), account.get(), weekly))
        : Optional.empty();
  }

  private static Optional<Change> adds(ObjectFields fields, String path) {
    Optional<String> contributor = fields.requiredString("contributor");
    Optional<String> account = fields.requiredString("account");
    boolean shift = fields.has("from") || fields.has("to");
    boolean weekly = fields.has("weekly") || fields.has("validFrom") || fields.has("validUntil");
    if (shift == weekly) {
      fields.fail(
          shift
              ? "a rota slot is either a shift (from, to) or a weekly pattern (weekly, validFrom, validUntil), not"
                  + " both"
              : "a rota slot needs either from and to (a shift) or weekly and validFrom (a weekly pattern such as"
                  + " weekly: \"Sat 08:00-16:00\")");
      return Optional.empty();
    }
    if (contributor.isEmpty() || account.isEmpty()) {
      return Optional.empty();
    }
    if (shift) {
      Optional<Instant> from = fields.instant("from", true);
      Optional<Instant> to = fields.instant("to", true);
      if (from.isEmpty() || to.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new AddsSlot(
          RotaAssignment.shift(contributor.get(), account.get(), TimeWindow.of(from.get(), to.get()))));
    }
    Optional<WeeklyWindow> window = weekly(fields, true);
    Optional<LocalDate> validFrom = fields.date("validFrom", true);
    Optional<LocalDate> validUntil = fields.date("validUntil", false);
    if (window.isEmpty() || validFrom.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new AddsSlot(
        RotaAssignment.builder()
            .contributor(contributor.get())
            .account(account.get())
            .weeklyWindow(window.get())
            .validFrom(validFrom.get())
            .validUntil(validUntil)
            .build()));
  }

  private static Optional<WeeklyWindow> weekly(ObjectFields fields, boolean required) {
    return fields.parsed(
        "weekly", required, "a weekly window such as \"Sat 08:00-16:00\" or \"Sun 22:00-08:00\"", WeeklyWindow::parse);
  }

  private static Optional<Change> leaves(ObjectFields fields, String path) {
    Optional<String> contributor = fields.requiredString("contributor");
    Optional<LocalDate> on = fields.date("on", true);
    return contributor.isPresent() && on.isPresent()
        ? Optional.of(new Leaves(contributor.get(), on.get()))
        : Optional.empty();
  }

  private static Optional<Change> absent(ObjectFields fields, String path) {
    Optional<String> contributor = fields.requiredString("contributor");
    String expected = "a date such as 2021-03-08 or an instant such as 2021-03-08T09:00:00Z";
    Optional<Moment> from = fields.parsed("from", true, expected, Moment::parse);
    Optional<Moment> until = fields.parsed("until", true, expected, Moment::parse);
    Optional<AbsenceReason> reason =
        fields.has("reason")
            ? fields.parsed("reason", false, REASONS,
                text -> AbsenceReason.valueOf(text.toUpperCase(Locale.ROOT)))
            : Optional.of(AbsenceReason.LEAVE);
    if (contributor.isEmpty() || from.isEmpty() || until.isEmpty() || reason.isEmpty()) {
      return Optional.empty();
    }
    Absent absent = new Absent(contributor.get(), from.get(), until.get(), reason.get());
    if (from.get().date().isPresent() == until.get().date().isPresent()) {
      // Both dates or both instants: the order can be checked without the force's zone.
      boolean ordered =
          from.get().date().isPresent()
              ? until.get().date().get().isAfter(from.get().date().get())
              : until.get().instant().get().isAfter(from.get().instant().get());
      if (!ordered) {
        fields.fail(fields.path("until"), "the absence ends (" + until.get() + ") before it starts (" + from.get()
            + ")" + (until.get().date().isPresent() ? "; until is the day they are back" : ""),
            fields.mapping().fields().get("until"));
        return Optional.empty();
      }
    }
    return Optional.of(absent);
  }

  // ------------------------------------------------------------------------------------------------ writing

  /**
   * Writes a scenario to a file, YAML or JSON by its extension.
   *
   * @param scenario the scenario
   * @param file the file, written as UTF-8 and replaced if it exists
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Scenario scenario, Path file) {
    requireNonNull(file, "file");
    String text = write(scenario, Syntax.forFile(file.toString()));
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Returns a scenario as YAML, its changes in the file's section order.
   *
   * @param scenario the scenario
   * @return the YAML text
   * @throws NullPointerException if {@code scenario} is null
   */
  public static String toYaml(Scenario scenario) {
    return write(scenario, Syntax.YAML);
  }

  /**
   * Returns a scenario as JSON, its changes in the file's section order.
   *
   * @param scenario the scenario
   * @return the JSON text
   * @throws NullPointerException if {@code scenario} is null
   */
  public static String toJson(Scenario scenario) {
    return write(scenario, Syntax.JSON);
  }

  private static String write(Scenario scenario, Syntax syntax) {
    requireNonNull(scenario, "scenario");
    StringWriter text = new StringWriter();
    try (JsonGenerator out = Output.generator(text, syntax)) {
      out.writeStartObject();
      out.writeStringField("schema", SCHEMA);
      if (scenario.name().isPresent()) {
        out.writeStringField("name", scenario.name().get());
      }
      section(out, scenario, "open", Opens.class);
      section(out, scenario, "close", Closes.class);
      section(out, scenario, "removeSlots", RemovesSlots.class);
      section(out, scenario, "addSlots", AddsSlot.class);
      section(out, scenario, "leaves", Leaves.class);
      section(out, scenario, "absent", Absent.class);
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("a string writer failed", e);
    }
    String written = text.toString();
    return written.endsWith("\n") ? written : written + "\n";
  }

  private static void section(JsonGenerator out, Scenario scenario, String name, Class<? extends Change> kind)
      throws IOException {
    List<Change> changes = new ArrayList<>();
    for (Change change : scenario.changes()) {
      if (kind.isInstance(change)) {
        changes.add(change);
      }
    }
    if (changes.isEmpty()) {
      return;
    }
    out.writeArrayFieldStart(name);
    for (Change change : changes) {
      out.writeStartObject();
      write(out, change);
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private static void write(JsonGenerator out, Change change) throws IOException {
    if (change instanceof Opens opens) {
      out.writeStringField("account", opens.account());
      out.writeStringField("on", opens.on().toString());
    } else if (change instanceof Closes closes) {
      out.writeStringField("account", closes.account());
      out.writeStringField("on", closes.on().toString());
      if (!closes.successors().isEmpty()) {
        out.writeArrayFieldStart("successors");
        for (String successor : closes.successors()) {
          out.writeString(successor);
        }
        out.writeEndArray();
      }
    } else if (change instanceof RemovesSlots removes) {
      out.writeStringField("contributor", removes.contributor());
      out.writeStringField("account", removes.account());
      if (removes.weekly().isPresent()) {
        out.writeStringField("weekly", removes.weekly().get().toString());
      }
    } else if (change instanceof AddsSlot adds) {
      RotaAssignment slot = adds.slot();
      out.writeStringField("contributor", slot.contributor());
      out.writeStringField("account", slot.account());
      if (slot.shiftWindow().isPresent()) {
        out.writeStringField("from", slot.shiftWindow().get().start().toString());
        out.writeStringField("to", slot.shiftWindow().get().end().toString());
      } else {
        out.writeStringField("weekly", slot.weeklyWindow().orElseThrow().toString());
        out.writeStringField("validFrom", slot.validFrom().orElseThrow().toString());
        if (slot.validUntil().isPresent()) {
          out.writeStringField("validUntil", slot.validUntil().get().toString());
        }
      }
    } else if (change instanceof Leaves leaves) {
      out.writeStringField("contributor", leaves.contributor());
      out.writeStringField("on", leaves.on().toString());
    } else {
      Absent absent = (Absent) change;
      out.writeStringField("contributor", absent.contributor());
      out.writeStringField("from", absent.from().toString());
      out.writeStringField("until", absent.until().toString());
      out.writeStringField("reason", absent.reason().name().toLowerCase(Locale.ROOT));
    }
  }
}
