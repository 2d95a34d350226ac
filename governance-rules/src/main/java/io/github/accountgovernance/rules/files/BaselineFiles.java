package io.github.accountgovernance.rules.files;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.files.Codecs;
import io.github.accountgovernance.core.files.ObjectMapping;
import io.github.accountgovernance.rules.Baseline;
import io.github.accountgovernance.rules.Fingerprint;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.authoring.SubjectKind;
import io.github.accountgovernance.core.files.Syntax;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Reads and writes baseline files, in YAML or JSON by the file's extension ({@code .json} is JSON, anything
 * else YAML), with the same conventions and error quality as estate files. An entry is a violation's
 * {@linkplain Fingerprint fingerprint} spelt out: the rule, the subject's reference and, when the rule reports
 * several violations for one subject, the key that tells them apart.
 *
 * <pre>{@code
 * # baseline.yaml
 * schema: account-governance/baseline@1   # optional; if given, must be this
 * entries:
 *   - rule: MON-2
 *     subject: account:york-x
 *   - rule: MON-4
 *     subject: account:york-x
 *     key: c-1402                         # optional
 * }</pre>
 *
 * <p>Every problem in a file is reported together, with file, line, column and path, in one
 * {@link InvalidGovernanceFileException}. Entries are written in fingerprint order, so
 * {@code read(write(b))} equals {@code b} and writing is deterministic.
 *
 * <pre>{@code
 * BaselineFiles.write(Baseline.of(report), Path.of("baseline.yaml"));
 * Baseline baseline = BaselineFiles.read(Path.of("baseline.yaml"));
 * }</pre>
 *
 * <p>Thread-safe: stateless.
 */
public final class BaselineFiles {

  /** The schema id a baseline file may state in its {@code schema} field. */
  public static final String SCHEMA = "account-governance/baseline@1";

  /**
   * A baseline entry's fields, the one description that reading and writing use: {@code rule}, {@code subject}
   * (a reference such as {@code account:york-x}) and {@code key} (left out when empty).
   */
  static final ObjectMapping<Fingerprint, Entry> ENTRY =
      ObjectMapping.<Fingerprint, Entry>builder("a baseline entry", Entry::new)
          .required("rule", GovernanceCodecs.RULE_ID, (e, v) -> e.rule = v, Fingerprint::ruleId)
          .required("subject", Codecs.parsed(
                  "a subject reference such as account:york-x, whose kind is one of "
                      + GovernanceCodecs.labels(SubjectKind.class),
                  BaselineFiles::subjectReference, text -> text),
              (e, v) -> e.subject = v, Fingerprint::subject)
          .defaulted("key", Codecs.text(), "", (e, v) -> e.key = v, Fingerprint::key)
          .build(e -> Fingerprint.parse(e.rule.value() + "|" + e.subject + "|" + e.key));

  /** A baseline entry being read. */
  static final class Entry {
    RuleId rule;
    String subject;
    String key;
  }

  private BaselineFiles() {}

  /**
   * Reads a baseline file, YAML or JSON by its extension.
   *
   * @param file the file, UTF-8
   * @return the baseline
   * @throws NullPointerException if {@code file} is null
   * @throws InvalidGovernanceFileException if the file has any problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Baseline read(Path file) {
    return GovernanceFiles.readFile(file, "baseline file", BaselineFiles::read);
  }

  /**
   * Reads a baseline from text, YAML or JSON by the file name's extension.
   *
   * @param text the content
   * @param fileName the name problems are located in, such as {@code baseline.yaml}
   * @return the baseline
   * @throws NullPointerException if an argument is null
   * @throws InvalidGovernanceFileException if the content has any problem
   */
  public static Baseline read(String text, String fileName) {
    return read(new StringReader(requireNonNull(text, "text")), fileName);
  }

  /**
   * Reads a baseline from a reader, which is not closed, YAML or JSON by the file name's extension.
   *
   * @param in the content
   * @param fileName the name problems are located in
   * @return the baseline
   * @throws NullPointerException if an argument is null
   * @throws InvalidGovernanceFileException if the content has any problem
   * @throws UncheckedIOException if reading fails
   */
  public static Baseline read(Reader in, String fileName) {
    return Baseline.of(
        GovernanceFiles.readList(
            in, fileName, "baseline file", SCHEMA, "entries", "baseline entries", ENTRY::read));
  }

  private static String subjectReference(String text) {
    int colon = text.indexOf(':');
    if (colon < 1 || colon == text.length() - 1 || text.indexOf('|') >= 0) {
      throw new IllegalArgumentException(text);
    }
    SubjectKind.parse(text.substring(0, colon));
    return text;
  }

  /**
   * Writes a baseline to a file, YAML or JSON by its extension.
   *
   * @param baseline the baseline
   * @param file the file, written as UTF-8 and replaced if it exists
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Baseline baseline, Path file) {
    requireNonNull(file, "file");
    GovernanceFiles.writeFile(file, write(baseline, Syntax.forFile(file.toString())));
  }

  /**
   * Returns a baseline as YAML.
   *
   * @param baseline the baseline
   * @return the YAML text
   * @throws NullPointerException if {@code baseline} is null
   */
  public static String toYaml(Baseline baseline) {
    return write(baseline, Syntax.YAML);
  }

  /**
   * Returns a baseline as JSON.
   *
   * @param baseline the baseline
   * @return the JSON text
   * @throws NullPointerException if {@code baseline} is null
   */
  public static String toJson(Baseline baseline) {
    return write(baseline, Syntax.JSON);
  }

  private static String write(Baseline baseline, Syntax syntax) {
    requireNonNull(baseline, "baseline");
    return GovernanceFiles.writeList(baseline.entries(), syntax, SCHEMA, "entries", ENTRY::write);
  }
}
