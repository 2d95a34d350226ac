package io.github.accountgovernance.rules.files;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.files.Codec;
import io.github.accountgovernance.core.files.Codecs;
import io.github.accountgovernance.core.files.ObjectMapping;
import io.github.accountgovernance.rules.PolicyPack;
import io.github.accountgovernance.rules.Waiver;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.core.files.Syntax;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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

  /**
   * A waiver's fields, the one description that reading and writing use, in waiver files and JSON reports alike:
   * {@code rule}, {@code subject}, {@code key} (optional), {@code reason}, {@code approvedBy}, {@code expires}.
   */
  static final ObjectMapping<Waiver, Waiver.Builder> WAIVER = waiver(GovernanceCodecs.RULE_ID);

  /** A waiver's fields with rule ids read by {@code ruleId}: any well-formed id, or one of a pack's. */
  private static ObjectMapping<Waiver, Waiver.Builder> waiver(Codec<RuleId> ruleId) {
    return ObjectMapping.<Waiver, Waiver.Builder>builder("a waiver", Waiver::builder)
        .required("rule", ruleId, (b, v) -> b.ruleId(v), Waiver::ruleId)
        .required("subject", Codecs.nonBlankText(), (b, v) -> b.subject(v), Waiver::subject)
        .optional("key", Codecs.text(), (b, v) -> b.key(v), Waiver::key)
        .required("reason", Codecs.nonBlankText(), (b, v) -> b.reason(v), Waiver::reason)
        .required("approvedBy", Codecs.nonBlankText(), (b, v) -> b.approvedBy(v), Waiver::approvedBy)
        .required("expires", Codecs.date(), (b, v) -> b.expiresOn(v), Waiver::expiresOn)
        .build(Waiver.Builder::build);
  }

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
    return GovernanceFiles.readFile(file, "waiver file", WaiverFiles::read);
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
    return read(in, fileName, WAIVER);
  }

  /**
   * Reads a waiver file whose waivers are for a pack, YAML or JSON by its extension: besides every check of
   * {@link #read(Path)}, each waiver's rule must be one of the pack's rules, enabled or disabled, so that a
   * mistyped id ({@code MON-44}) is an error with "did you mean" instead of a waiver that silently matches
   * nothing.
   *
   * @param file the file, UTF-8
   * @param pack the pack the waivers are for
   * @return the waivers, in canonical order
   * @throws NullPointerException if an argument is null
   * @throws InvalidGovernanceFileException if the file has any problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<Waiver> read(Path file, PolicyPack pack) {
    requireNonNull(pack, "pack");
    return GovernanceFiles.readFile(file, "waiver file", (in, fileName) -> read(in, fileName, pack));
  }

  /**
   * Reads waivers for a pack from a reader, which is not closed, YAML or JSON by the file name's extension; see
   * {@link #read(Path, PolicyPack)}.
   *
   * @param in the content
   * @param fileName the name problems are located in
   * @param pack the pack the waivers are for
   * @return the waivers, in canonical order
   * @throws NullPointerException if an argument is null
   * @throws InvalidGovernanceFileException if the content has any problem
   * @throws UncheckedIOException if reading fails
   */
  public static List<Waiver> read(Reader in, String fileName, PolicyPack pack) {
    requireNonNull(pack, "pack");
    Set<RuleId> known = new TreeSet<>();
    pack.rules().forEach(rule -> known.add(rule.id()));
    known.addAll(pack.disabled().keySet());
    List<String> ids = known.stream().map(RuleId::value).toList();
    return read(in, fileName, waiver(GovernanceCodecs.knownRuleId(ids, pack.id())));
  }

  private static List<Waiver> read(Reader in, String fileName, ObjectMapping<Waiver, Waiver.Builder> mapping) {
    return GovernanceFiles.sorted(
        GovernanceFiles.<Waiver>readList(in, fileName, "waiver file", SCHEMA, "waivers", "waivers", mapping::read));
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
        GovernanceFiles.sorted(List.copyOf(waivers)), syntax, SCHEMA, "waivers", WAIVER::write);
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
