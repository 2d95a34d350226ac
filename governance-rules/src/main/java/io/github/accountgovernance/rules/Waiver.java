package io.github.accountgovernance.rules;

import io.github.accountgovernance.rules.authoring.RuleId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An approved exception: violations of one rule by one subject are accepted, for a reason, by someone, until a
 * date. A waiver without a reason, an approver or an expiry date is refused. After its expiry date the waiver
 * stops applying and the violation returns with a note; one that expires soon is warned about; one that matches
 * nothing is reported as stale. Waived violations are listed in the report, never dropped.
 *
 * <pre>{@code
 * Waiver waiver = Waiver.builder()
 *     .ruleId(RuleId.of("MON-3"))
 *     .subject("@NYP_Jobs")
 *     .reason("recruitment account, answered on weekdays only while the digital desk is staffed")
 *     .approvedBy("Supt. Jordan Example")
 *     .expiresOn(LocalDate.of(2021, 9, 30))
 *     .build();
 * }</pre>
 *
 * <p>Waivers order by rule id, subject, key and expiry. Immutable and thread-safe.
 */
// Immutables' annotations stay in the class file, but consumers need no Immutables: see module-info.
@SuppressWarnings("exports")
@Value.Immutable
public abstract class Waiver implements Comparable<Waiver> {

  private static final Comparator<Waiver> ORDER =
      Comparator.comparing(Waiver::ruleId)
          .thenComparing(Waiver::subject)
          .thenComparing(waiver -> waiver.key().orElse(""))
          .thenComparing(Waiver::expiresOn)
          .thenComparing(Waiver::approvedBy)
          .thenComparing(Waiver::reason);

  Waiver() {}

  /**
   * Returns the rule waived.
   *
   * @return the rule id
   */
  public abstract RuleId ruleId();

  /**
   * Returns the subject waived: its id, display name or reference ({@code york-x}, {@code @NYP_York},
   * {@code account:york-x}).
   *
   * @return the subject reference
   */
  public abstract String subject();

  /**
   * Returns the violation key waived, to waive one violation of several the rule reports for the subject.
   *
   * @return the key, or empty to waive every violation of the rule by the subject
   */
  public abstract Optional<String> key();

  /**
   * Returns why the violation is accepted.
   *
   * @return the reason
   */
  public abstract String reason();

  /**
   * Returns who approved the waiver.
   *
   * @return the approver
   */
  public abstract String approvedBy();

  /**
   * Returns the last day on which the waiver applies.
   *
   * @return the expiry date, in the force's zone
   */
  public abstract LocalDate expiresOn();

  /**
   * Tells whether the waiver covers a violation.
   *
   * @param violation the violation
   * @return true if rule, subject and (if set) key match
   * @throws NullPointerException if {@code violation} is null
   */
  public final boolean matches(Violation violation) {
    return violation.ruleId().equals(ruleId())
        && violation.subject().matches(subject())
        && (key().isEmpty() || key().get().equals(violation.key()));
  }

  /**
   * Tells whether the waiver has expired by a date.
   *
   * @param today the date of the evaluation
   * @return true if {@code today} is after {@link #expiresOn()}
   * @throws NullPointerException if {@code today} is null
   */
  public final boolean isExpiredOn(LocalDate today) {
    return today.isAfter(expiresOn());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe, and {@code build()} copies its state
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Waiver}; {@code build()} throws {@link IllegalStateException} if rule, subject, reason,
   * approver or expiry date is unset, and {@link IllegalArgumentException} if one is blank.
   */
  public static final class Builder extends ImmutableWaiver.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    requireText("subject", subject());
    requireText("reason", reason());
    requireText("approver", approvedBy());
    key().ifPresent(text -> requireText("key", text));
  }

  private void requireText(String what, String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException(
          "a waiver of " + ruleId() + " needs a " + what + ", but it was \"" + text + "\"");
    }
  }

  @Override
  public int compareTo(Waiver other) {
    return ORDER.compare(this, other);
  }
}
