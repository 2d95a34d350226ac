package io.github.accountgovernance.rules;

import io.github.accountgovernance.core.problem.SourceLocation;
import io.github.accountgovernance.rules.authoring.Evidence;
import io.github.accountgovernance.rules.authoring.Finding;
import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.authoring.Severity;
import io.github.accountgovernance.rules.authoring.Subject;
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

  /**
   * Orders violations as a reader scans a report: by rule, then by the name shown for the subject (not its
   * internal id; ignoring case, then not), then by its reference, then by key, which puts one account's MON-2 gaps
   * in date order; then by message, severity, note (absent first), hint (absent first), evidence and explanation,
   * which only make the order total. Compares the parts as they are, without making text for any but the last two.
   */
  @Override
  public int compareTo(Violation other) {
    int order = ruleId().compareTo(other.ruleId());
    if (order != 0) {
      return order;
    }
    Subject subject = subject();
    Subject otherSubject = other.subject();
    order = String.CASE_INSENSITIVE_ORDER.compare(subject.displayName(), otherSubject.displayName());
    if (order != 0) {
      return order;
    }
    order = subject.displayName().compareTo(otherSubject.displayName());
    if (order != 0) {
      return order;
    }
    // The references are "kind:id": of one kind, they compare as the ids do.
    order = subject.kind() == otherSubject.kind()
        ? subject.id().compareTo(otherSubject.id())
        : subject.reference().compareTo(otherSubject.reference());
    if (order != 0) {
      return order;
    }
    order = key().compareTo(other.key());
    if (order != 0) {
      return order;
    }
    order = message().compareTo(other.message());
    if (order != 0) {
      return order;
    }
    order = severity().compareTo(other.severity());
    if (order != 0) {
      return order;
    }
    order = compareOptional(note(), other.note());
    if (order != 0) {
      return order;
    }
    order = compareOptional(hint(), other.hint());
    if (order != 0) {
      return order;
    }
    order = evidence().toString().compareTo(other.evidence().toString());
    return order != 0 ? order : explanation().toString().compareTo(other.explanation().toString());
  }

  /** By text, an absent one as empty; then an absent one first. */
  private static int compareOptional(Optional<String> one, Optional<String> other) {
    int order = one.orElse("").compareTo(other.orElse(""));
    return order != 0 ? order : Boolean.compare(one.isPresent(), other.isPresent());
  }
}
