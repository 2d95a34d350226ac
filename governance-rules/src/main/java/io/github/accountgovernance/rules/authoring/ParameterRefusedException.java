package io.github.accountgovernance.rules.authoring;

import static java.util.Objects.requireNonNull;

/**
 * A rule refused to run with a parameter's value on this estate: a value that is in its range when the pack is
 * read, but that the estate makes too costly, such as NAM-4's {@code maxEdits} over many long handles, whose
 * lookalike index would not fit its memory budget. The message says which values would do; the rule and the
 * parameter let a program point at the place the value was set, such as the line of a pack file
 * ({@code PackFiles.parameterLocation}).
 *
 * <pre>{@code
 * try {
 *   report = pack.evaluate(estate);
 * } catch (ParameterRefusedException e) {
 *   System.err.println(e.rule() + " " + e.parameter() + ": " + e.getMessage());
 * }
 * }</pre>
 */
public final class ParameterRefusedException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The rule that refused. */
  private final RuleId rule;

  /** The parameter's key. */
  private final String parameter;

  /**
   * Makes the exception.
   *
   * @param rule the rule that refused to run
   * @param parameter the key of the parameter whose value it refused, such as {@code maxEdits}
   * @param message why, and which values would do
   * @param cause what the rule's analysis threw, or null
   * @throws NullPointerException if {@code rule}, {@code parameter} or {@code message} is null
   */
  public ParameterRefusedException(RuleId rule, String parameter, String message, Throwable cause) {
    super(requireNonNull(message, "message"), cause);
    this.rule = requireNonNull(rule, "rule");
    this.parameter = requireNonNull(parameter, "parameter");
  }

  /**
   * Returns the rule that refused to run.
   *
   * @return the rule's id
   */
  public RuleId rule() {
    return rule;
  }

  /**
   * Returns the key of the parameter whose value the rule refused.
   *
   * @return such as {@code maxEdits}
   */
  public String parameter() {
    return parameter;
  }
}
