package io.github.accountgovernance.rules;

import io.github.accountgovernance.core.problem.SourceLocation;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.authoring.Finding;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.authoring.Subject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rule that one subject breaks: the rule's id and severity, the subject, what is wrong in words, the evidence
 * (the uncovered windows, the two confusable handles, the missing mention), how to fix it, and the findings that
 * explain it. A violation is a value, never an exception.
 *
 * <p>Its {@link #fingerprint()} (rule id, subject and {@link #key()}) stays the same while the problem does,
 * whatever the wording or order, so baselines and waivers can recognise it later.
 *
 * <pre>{@code
 * for (Violation violation : report.violations()) {
 *   System.out.println(violation.ruleId() + " " + violation.subject() + ": " + violation.message());
 * }
 * }</pre>
 *
 * <p>Violations order as a report lists them: by rule id, then subject display name ignoring case (then as
 * written, then the subject's {@link Subject#reference()} when two names are the same), then key (so one
 * account's dated gaps come in date order), then message; the remaining parts break any tie, so the order is
 * total and deterministic. Immutable and thread-safe.
 */
// Immutables' annotations stay in the class file, but consumers need no Immutables: see module-info.
@SuppressWarnings("exports")
@Value.Immutable
public abstract class Violation implements Comparable<Violation> {

  // As a reader scans a report: by rule, then by the name shown for the subject (not its internal id), then
  // by key, which puts one account's MON-2 gaps in date order; the rest only makes the order total.
  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::ruleId)
          .thenComparing(violation -> violation.subject().displayName(), String.CASE_INSENSITIVE_ORDER)
          .thenComparing(violation -> violation.subject().displayName())
          .thenComparing(violation -> violation.subject().reference())
          .thenComparing(Violation::key)
          .thenComparing(Violation::message)
          .thenComparing(Violation::severity)
          .thenComparing(violation -> violation.note().orElse(""))
          .thenComparing(violation -> violation.note().isPresent())
          .thenComparing(violation -> violation.hint().orElse(""))
          .thenComparing(violation -> violation.hint().isPresent())
          .thenComparing(violation -> violation.evidence().toString())
          .thenComparing(violation -> violation.explanation().toString());

  Violation() {}

  /**
   * Returns the id of the rule broken.
   *
   * @return the rule id
   */
  public abstract RuleId ruleId();

  /**
   * Returns the rule's severity.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Returns what breaks the rule.
   *
   * @return the subject
   */
  public abstract Subject subject();

  /**
   * Returns what is wrong, in words, without naming the subject.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * Returns the evidence.
   *
   * @return the evidence, in the order to show it
   */
  public abstract List<Evidence> evidence();

  /**
   * Returns how to fix it.
   *
   * @return the hint, or empty
   */
  public abstract Optional<String> hint();

  /**
   * Returns what tells this violation apart from others of the same rule and subject, for its fingerprint.
   *
   * @return the key; empty text when the rule reports at most one violation per subject
   */
  @Value.Default
  public String key() {
    return "";
  }

  /**
   * Returns the findings that explain the violation: the failed clauses of the rule's criterion, or the
   * finding a whole-estate check reported.
   *
   * @return the explanation
   */
  public abstract List<Finding> explanation();

  /**
   * Returns a note the evaluation added, such as that the waiver for this violation expired.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns where the subject was defined, when the estate was read from files: the account's row in
   * {@code accounts.csv}, its entry in the estate file. Not part of the violation's value (nor of its
   * fingerprint): a violation is equal to itself wherever its subject was written.
   *
   * @return the location, or empty for an estate built in code or a report read without locations
   */
  @Value.Auxiliary
  public abstract Optional<SourceLocation> location();

  /**
   * Returns the stable fingerprint: rule id, subject reference and key.
   *
   * @return the fingerprint
   */
  public final Fingerprint fingerprint() {
    return Fingerprint.of(ruleId(), subject(), key());
  }

  /**
   * Returns a new builder, for readers of report files.
   *
   * @return a builder; not thread-safe, and {@code build()} copies its state
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Violation}; {@code build()} throws {@link IllegalStateException} if rule id, severity,
   * subject or message is unset.
   */
  public static final class Builder extends ImmutableViolation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (message().isBlank()) {
      throw new IllegalArgumentException("a violation's message must not be blank");
    }
    if (key().indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a violation's key must be one line, but was \"" + key() + "\"");
    }
  }

  @Override
  public int compareTo(Violation other) {
    return ORDER.compare(this, other);
  }
}
