package io.github.accountgovernance.rules.authoring;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The outcome of testing a {@link Criterion} on one subject: whether it is satisfied, and the findings that say
 * why. A failed verdict's findings are its {@linkplain #failures() failures}: which clause failed, with what
 * evidence. A passing verdict usually carries no findings and is then the one shared {@link #pass()} instance,
 * so that passing criteria allocate nothing; a criterion may still explain why it holds
 * ({@link #pass(String, Evidence...)}), which its negation then reports as the reason it fails.
 *
 * <pre>{@code
 * Criterion<Account> hasOwner = Criterion.explained("has an owning team",
 *     (account, context) -> account.owningTeam().isPresent()
 *         ? Verdict.pass()
 *         : Verdict.fail("has no owning team"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Verdict {

  private static final Verdict PASS = new Verdict(true, List.of());
  private static final Verdict FAIL = new Verdict(false, List.of());

  private final boolean satisfied;
  private final List<Finding> findings;

  private Verdict(boolean satisfied, List<Finding> findings) {
    this.satisfied = satisfied;
    this.findings = findings;
  }

  /**
   * Returns the shared passing verdict without findings.
   *
   * @return the verdict
   */
  public static Verdict pass() {
    return PASS;
  }

  /**
   * Returns a passing verdict that says why it holds, for a negation to quote.
   *
   * @param message why it holds
   * @param evidence the evidence
   * @return the verdict
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the message is blank
   */
  public static Verdict pass(String message, Evidence... evidence) {
    return new Verdict(true, List.of(Finding.of(message, evidence)));
  }

  /**
   * Returns the shared passing verdict if {@code satisfied}, else a failed verdict whose finding the enclosing
   * criterion words from its description.
   *
   * @param satisfied whether the criterion holds
   * @return the verdict
   */
  public static Verdict of(boolean satisfied) {
    return satisfied ? PASS : FAIL;
  }

  /**
   * Returns a failed verdict with one finding.
   *
   * @param message what is wrong, in words, without naming the subject
   * @param evidence the evidence
   * @return the verdict
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the message is blank
   */
  public static Verdict fail(String message, Evidence... evidence) {
    return new Verdict(false, List.of(Finding.of(message, evidence)));
  }

  /**
   * Returns a failed verdict with the given findings.
   *
   * @param findings the findings; at least one
   * @return the verdict
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there are no findings
   */
  public static Verdict fail(Finding... findings) {
    requireNonNull(findings, "findings");
    return fail(List.of(findings));
  }

  /**
   * Returns a failed verdict with the given findings.
   *
   * @param findings the findings; at least one
   * @return the verdict
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there are no findings
   */
  public static Verdict fail(List<Finding> findings) {
    requireNonNull(findings, "findings");
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("a failed verdict with findings needs at least one finding");
    }
    return new Verdict(false, List.copyOf(findings));
  }

  static Verdict passBecause(List<Finding> findings) {
    return findings.isEmpty() ? PASS : new Verdict(true, List.copyOf(findings));
  }

  /**
   * Tells whether the criterion holds.
   *
   * @return true if satisfied
   */
  public boolean satisfied() {
    return satisfied;
  }

  /**
   * Returns why a failed verdict failed: the failed clauses with their evidence.
   *
   * @return the failures; empty if satisfied
   */
  public List<Finding> failures() {
    return satisfied ? List.of() : findings;
  }

  /**
   * Returns the findings that explain the verdict, whether it passed or failed.
   *
   * @return the findings, possibly empty
   */
  public List<Finding> reasons() {
    return findings;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Verdict
        && ((Verdict) other).satisfied == satisfied
        && ((Verdict) other).findings.equals(findings);
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(satisfied) * 31 + findings.hashCode();
  }

  /** Returns "satisfied" or "failed" with the findings' messages. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(satisfied ? "satisfied" : "failed");
    for (Finding finding : findings) {
      text.append("; ").append(finding.clause().map(c -> c + ": ").orElse("")).append(finding.message());
    }
    return text.toString();
  }
}
