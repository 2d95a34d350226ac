package io.github.accountgovernance.rules;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.authoring.Subject;
import io.github.accountgovernance.rules.authoring.SubjectKind;
import java.util.Comparator;

/**
 * What identifies a violation across evaluations: the rule id, the subject's reference ({@code account:york-x})
 * and the rule's key for it (the window's start, the lookalike handle; often empty). Not the wording, not the
 * order. Written as {@code MON-2|account:york-x|2021-03-06T22:00Z}.
 *
 * <pre>{@code
 * Fingerprint print = Fingerprint.parse("MON-2|account:york-x|");
 * print.ruleId();   // MON-2
 * }</pre>
 *
 * <p>Fingerprints order by rule id, subject and key. Immutable and thread-safe.
 */
public final class Fingerprint implements Comparable<Fingerprint> {

  private static final Comparator<Fingerprint> ORDER =
      Comparator.comparing(Fingerprint::ruleId)
          .thenComparing(Fingerprint::subject)
          .thenComparing(Fingerprint::key);

  private final RuleId ruleId;
  private final String subject;
  private final String key;

  private Fingerprint(RuleId ruleId, String subject, String key) {
    this.ruleId = ruleId;
    this.subject = subject;
    this.key = key;
  }

  /**
   * Returns the fingerprint of a violation of a rule by a subject.
   *
   * @param ruleId the rule
   * @param subject the subject
   * @param key the rule's key for the violation; empty text if none
   * @return the fingerprint
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the key spans lines
   */
  public static Fingerprint of(RuleId ruleId, Subject subject, String key) {
    requireNonNull(subject, "subject");
    return of(ruleId, subject.reference(), key);
  }

  private static Fingerprint of(RuleId ruleId, String subject, String key) {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(key, "key");
    if (key.indexOf('\n') >= 0 || key.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a fingerprint key must be one line, but was \"" + key + "\"");
    }
    return new Fingerprint(ruleId, subject, key);
  }

  /**
   * Reads a fingerprint written by {@link #text()}.
   *
   * @param text such as {@code MON-2|account:york-x|}
   * @return the fingerprint
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not a fingerprint; the message quotes it
   */
  public static Fingerprint parse(String text) {
    requireNonNull(text, "text");
    String[] parts = text.split("\\|", 3);
    if (parts.length != 3 || parts[1].indexOf(':') < 1) {
      throw new IllegalArgumentException(
          "a fingerprint is RULE|kind:subject|key, such as \"MON-2|account:york-x|\", but was \"" + text + "\"");
    }
    SubjectKind.parse(parts[1].substring(0, parts[1].indexOf(':')));
    return of(RuleId.of(parts[0]), parts[1], parts[2]);
  }

  /**
   * Returns the rule id.
   *
   * @return the rule id
   */
  public RuleId ruleId() {
    return ruleId;
  }

  /**
   * Returns the subject's reference.
   *
   * @return such as {@code account:york-x}
   */
  public String subject() {
    return subject;
  }

  /**
   * Returns the rule's key for the violation.
   *
   * @return the key; empty text if none
   */
  public String key() {
    return key;
  }

  /**
   * Returns the fingerprint as text, which {@link #parse(String)} reads back.
   *
   * @return such as {@code MON-2|account:york-x|}
   */
  public String text() {
    return ruleId + "|" + subject + "|" + key;
  }

  @Override
  public int compareTo(Fingerprint other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fingerprint
        && ((Fingerprint) other).ruleId.equals(ruleId)
        && ((Fingerprint) other).subject.equals(subject)
        && ((Fingerprint) other).key.equals(key);
  }

  @Override
  public int hashCode() {
    return (ruleId.hashCode() * 31 + subject.hashCode()) * 31 + key.hashCode();
  }

  /** Returns {@link #text()}. */
  @Override
  public String toString() {
    return text();
  }
}
