package io.github.accountgovernance.rules;

import io.github.accountgovernance.rules.authoring.RuleId;
import io.github.accountgovernance.rules.authoring.Severity;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How one rule fared in an evaluation: the rule's id, title, severity, statement (with the effective parameter
 * values), rationale, source and hint, and how many subjects it checked, how many passed, failed, and how many
 * of its violations were waived or baselined.
 *
 * <p>Invariants: {@code passed + failed == checked}; {@code failedOpen() + waived + baselined} counts its
 * violations. Immutable and thread-safe.
 */
// Immutables' annotations stay in the class file, but consumers need no Immutables: see module-info.
@SuppressWarnings("exports")
@Value.Immutable
public abstract class RuleResult implements Comparable<RuleResult> {

  RuleResult() {}

  /**
   * Returns the rule's id.
   *
   * @return the id
   */
  public abstract RuleId ruleId();

  /**
   * Returns the rule's title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the rule's severity.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Returns the rule's statement with the effective parameter values.
   *
   * @return the statement
   */
  public abstract String statement();

  /**
   * Returns why the rule exists.
   *
   * @return the rationale, or empty
   */
  public abstract Optional<String> rationale();

  /**
   * Returns where the rule comes from.
   *
   * @return the source, or empty
   */
  public abstract Optional<String> source();

  /**
   * Returns the rule's hint.
   *
   * @return the hint, or empty
   */
  public abstract Optional<String> hint();

  /**
   * Returns the keys of the parameters the rule reads.
   *
   * @return the keys, sorted
   */
  public abstract List<String> parameters();

  /**
   * Returns how many subjects the rule checked.
   *
   * @return the count
   */
  public abstract int checked();

  /**
   * Returns how many of them passed.
   *
   * @return the count
   */
  public abstract int passed();

  /**
   * Returns how many of them failed.
   *
   * @return {@code checked() - passed()}
   */
  @Value.Derived
  public int failed() {
    return checked() - passed();
  }

  /**
   * Returns how many of the rule's violations remain: neither waived nor baselined.
   *
   * @return the count
   */
  public abstract int violations();

  /**
   * Returns how many of its violations a waiver covers.
   *
   * @return the count
   */
  public abstract int waived();

  /**
   * Returns how many of its violations the baseline accepts.
   *
   * @return the count
   */
  public abstract int baselined();

  /**
   * Returns a new builder, for readers of report files.
   *
   * @return a builder; not thread-safe, and {@code build()} copies its state
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RuleResult}; {@code build()} throws {@link IllegalStateException} if a part is unset. */
  public static final class Builder extends ImmutableRuleResult.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (checked() < 0 || passed() < 0 || passed() > checked()) {
      throw new IllegalArgumentException(
          "rule " + ruleId() + " cannot pass " + passed() + " of " + checked() + " subjects checked");
    }
  }

  /** Orders by rule id. */
  @Override
  public int compareTo(RuleResult other) {
    return ruleId().compareTo(other.ruleId());
  }
}
