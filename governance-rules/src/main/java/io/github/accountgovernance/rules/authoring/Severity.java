package io.github.accountgovernance.rules.authoring;

import java.util.Locale;

/**
 * How much a violated rule matters. A report "has errors" when it has an unwaived, unbaselined violation of
 * severity {@link #ERROR}; output formats map severities to their own levels (SARIF {@code error},
 * {@code warning}, {@code note}).
 *
 * <pre>{@code
 * Severity.parse("warning");   // WARNING
 * Severity.ERROR.label();      // "error"
 * }</pre>
 */
public enum Severity {
  /** The estate breaks the policy: people who contact the force may be let down. */
  ERROR,
  /** The estate drifts from the policy, or will break it soon. */
  WARNING,
  /** Worth knowing; nobody need act. */
  INFO;

  /**
   * Returns the lower-case name used in reports and files.
   *
   * @return {@code "error"}, {@code "warning"} or {@code "info"}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the severity with the given label, ignoring case.
   *
   * @param label {@code "error"}, {@code "warning"} or {@code "info"}
   * @return the severity
   * @throws NullPointerException if {@code label} is null
   * @throws IllegalArgumentException if the label names no severity
   */
  public static Severity parse(String label) {
    java.util.Objects.requireNonNull(label, "label");
    for (Severity severity : values()) {
      if (severity.name().equalsIgnoreCase(label.trim())) {
        return severity;
      }
    }
    throw new IllegalArgumentException(
        "severity must be one of error, warning, info, but was \"" + label + "\"");
  }
}
