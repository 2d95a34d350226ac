package io.github.accountgovernance.rules.files;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.Waiver;
import io.github.accountgovernance.core.internal.LocatedNode;
import io.github.accountgovernance.core.internal.ObjectFields;
import io.github.accountgovernance.core.internal.Problems;
import io.github.accountgovernance.core.internal.Syntax;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes waiver files, in YAML or JSON by the file's extension ({@code .json} is JSON, anything else
 * YAML), with the same conventions and error quality as estate files.
 *
 * <pre>{@code
 * # waivers.yaml
 * schema: account-governance/waivers@1     # optional; if given, must be this
 * waivers:
 *   - rule: MON-2
 *     subject: "@NYP_Jobs"                 # id, display name or reference (account:jobs-x)
 *     key: Sat 22:00                       # optional: waive one of several violations
 *     reason: Recruitment account; enquiries go to the force desk
 *     approvedBy: Supt. A. Example
 *     expires: 2021-06-30                  # the last day the waiver applies
 * }</pre>
 *
 * <p>A waiver without a reason, an approver or an expiry date is refused. Every problem in a file (unknown
 * fields with "did you mean", missing or malformed values, bad syntax) is reported together, with file, line,
 * column and path, in one {@link InvalidGovernanceFileException}. Writing puts waivers in their canonical order,
 * so {@code read(write(w))} equals {@code w} sorted, and writing is deterministic.
 *
 * <pre>{@code
 * List<Waiver> waivers = WaiverFiles.read(Path.of("waivers.yaml"));
 * Report report = pack.evaluation().waivers(waivers).evaluate(estate);
 * }</pre>
 *
 * <p>Thread-safe: stateless.
 */
public final class WaiverFiles {

  /** The schema id a waiver file may state in its {@code schema} field. */
  public static final String SCHEMA = "account-governance/waivers@1";

  private static final List<String> WAIVER = List.of("rule", "subject", "key", "reason", "approvedBy", "expires");

  private WaiverFiles() {}

  /**
   * Reads a waiver file, YAML or JSON by its extension.
   *
   * @param file the file, UTF-8
   * @return the waivers, in canonical order
   * @throws NullPointerException if {@code file} is null
   * @throws InvalidGovernanceFileException if the file has any problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<Waiver> read(Path file) {
    return GovernanceFiles.readFile(file, WaiverFiles::read);
  }

  /**
   * Reads waivers from text, YAML or JSON by the file name's extension.
   *
   * @param text the content
   * @param fileName the name problems are located in, such as {@code waivers.yaml}
   * @return the waivers, in canonical order
   * @throws NullPointerException if an argument is null
   * @throws InvalidGovernanceFileException if the content has any problem
   */
  public static List<Waiver> read(String text, String fileName) {
    return read(new StringReader(requireNonNull(text, "text")), fileName);
  }

  /**
   * Reads waivers from a reader, which is not closed, YAML or JSON by the file name's extension.
   *
   * @param in the content
   * @param fileName the name problems are located in
   * @return the waivers, in canonical order
   * @throws NullPointerException if an argument is null
   * @throws InvalidGovernanceFileException if the content has any problem
   * @throws UncheckedIOException if reading fails
   */
  public static List<Waiver> read(Reader in, String fileName) {
    return GovernanceFiles.sorted(
        GovernanceFiles.readList(in, fileName, "waiver file", SCHEMA, "waivers", "waivers", WaiverFiles::waiver));
  }

  /** Reads one waiver object, as waiver files and JSON reports both write it. */
  static Optional<Waiver> waiver(LocatedNode node, String path, Problems problems) {
    return ObjectFields.of(node, path, "a waiver", WAIVER, problems).flatMap(fields -> {
      int before = problems.size();
      Waiver.Builder waiver = Waiver.builder();
      fields.parsed("rule", true, "a rule id such as MON-2", RuleId::of).ifPresent(waiver::ruleId);
      fields.requiredString("subject").ifPresent(waiver::subject);
      fields.string("key").ifPresent(waiver::key);
      fields.requiredString("reason").ifPresent(waiver::reason);
      fields.requiredString("approvedBy").ifPresent(waiver::approvedBy);
      fields.date("expires", true).ifPresent(waiver::expiresOn);
      return GovernanceFiles.build(problems, before, fields, waiver::build);
    });
  }

  /**
   * Writes waivers to a file, YAML or JSON by its extension, in canonical order.
   *
   * @param waivers the waivers
   * @param file the file, written as UTF-8 and replaced if it exists
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Collection<Waiver> waivers, Path file) {
    requireNonNull(file, "file");
    GovernanceFiles.writeFile(file, write(waivers, Syntax.forFile(file.toString())));
  }

  /**
   * Returns waivers as YAML, in canonical order.
   *
   * @param waivers the waivers
   * @return the YAML text
   * @throws NullPointerException if {@code waivers} is null
   */
  public static String toYaml(Collection<Waiver> waivers) {
    return write(waivers, Syntax.YAML);
  }

  /**
   * Returns waivers as JSON, in canonical order.
   *
   * @param waivers the waivers
   * @return the JSON text
   * @throws NullPointerException if {@code waivers} is null
   */
  public static String toJson(Collection<Waiver> waivers) {
    return write(waivers, Syntax.JSON);
  }

  private static String write(Collection<Waiver> waivers, Syntax syntax) {
    requireNonNull(waivers, "waivers");
    return GovernanceFiles.writeList(
        GovernanceFiles.sorted(List.copyOf(waivers)), syntax, SCHEMA, "waivers", WaiverFiles::writeWaiver);
  }

  /** Writes one waiver object, as waiver files and JSON reports both write it. */
  static void writeWaiver(JsonGenerator out, Waiver waiver) throws IOException {
    out.writeStartObject();
    out.writeStringField("rule", waiver.ruleId().value());
    out.writeStringField("subject", waiver.subject());
    if (waiver.key().isPresent()) {
      out.writeStringField("key", waiver.key().get());
    }
    out.writeStringField("reason", waiver.reason());
    out.writeStringField("approvedBy", waiver.approvedBy());
    out.writeStringField("expires", waiver.expiresOn().toString());
    out.writeEndObject();
  }

  /**
   * Writes waivers as YAML to a writer, which is flushed, not closed.
   *
   * @param waivers the waivers
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public static void write(Collection<Waiver> waivers, Writer out) throws IOException {
    requireNonNull(out, "out");
    out.write(toYaml(waivers));
    out.flush();
  }
}
