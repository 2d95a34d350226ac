package io.github.accountgovernance.rules;

import io.github.accountgovernance.rules.authoring.EvaluationContext;
import io.github.accountgovernance.rules.authoring.Parameter;
import io.github.accountgovernance.rules.authoring.RuleId;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something about an evaluation that deserves attention without being a violation: a rule that checked no
 * subject at all (usually a mistake), a waiver that expires soon, one that matches nothing, one that expired, or
 * what a rule noted about its parameters.
 *
 * <p>Warnings order by kind, rule id and message. Immutable and thread-safe.
 */
// Immutables' annotations stay in the class file, but consumers need no Immutables: see module-info.
@SuppressWarnings("exports")
@Value.Immutable
public abstract class ReportWarning implements Comparable<ReportWarning> {

  /** What the warning is about. */
  public enum Kind {
    /** A rule applied to no subject. */
    RULE_CHECKED_NOTHING,
    /** A waiver expired: its violation is back. */
    WAIVER_EXPIRED,
    /** A waiver expires within the warning window. */
    WAIVER_EXPIRING,
    /** A waiver matches no violation. */
    WAIVER_STALE,
    /**
     * A rule noted something about its parameters or the estate that deserves attention, such as an exempt
     * account that is no account of the estate ({@link EvaluationContext#note(String)}).
     */
    RULE_NOTE
  }

  private static final Comparator<ReportWarning> ORDER =
      Comparator.comparing(ReportWarning::kind)
          .thenComparing(warning -> warning.ruleId().map(RuleId::value).orElse(""))
          .thenComparing(ReportWarning::message);

  ReportWarning() {}

  /**
   * Returns what the warning is about.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * Returns the rule concerned.
   *
   * @return the rule id, or empty
   */
  @Value.Parameter
  public abstract Optional<RuleId> ruleId();

  /**
   * Returns the warning in words.
   *
   * @return the message
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Returns a warning.
   *
   * @param kind what it is about
   * @param ruleId the rule concerned, or null
   * @param message the warning in words
   * @return the warning
   * @throws NullPointerException if {@code kind} or {@code message} is null
   */
  public static ReportWarning of(Kind kind, RuleId ruleId, String message) {
    return ImmutableReportWarning.of(kind, Optional.ofNullable(ruleId), message);
  }

  @Override
  public int compareTo(ReportWarning other) {
    return ORDER.compare(this, other);
  }
}
