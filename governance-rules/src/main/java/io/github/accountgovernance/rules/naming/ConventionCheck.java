package io.github.accountgovernance.rules.naming;

import io.github.accountgovernance.core.model.Account;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The result of checking an account's handle against its tier's {@link HandleConvention} (NAM-2 evidence): the
 * outcome, the handle the convention expects when it can say, and a sentence explaining it.
 *
 * <pre>{@code
 * ConventionCheck check = HandleConvention.of(nyp).check(harrogate, nyp);
 * check.outcome();      // DEPARTS
 * check.explanation();  // "expected NYP_Harrogate for district Harrogate Borough, found NYP_Harrogate_Boro"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ConventionCheck {

  /** How the handle stands against the convention. */
  public enum Outcome {
    /** The handle is the one the convention expects, under the platform's equivalence. */
    FOLLOWS,
    /** The handle differs from the one the convention expects. */
    DEPARTS,
    /** The account's tier has no convention, so there is nothing to follow. */
    NO_CONVENTION,
    /** The convention needs a district and the account has none. */
    NO_DISTRICT,
    /** The convention needs a district and the account's district is not one of the force's. */
    UNKNOWN_DISTRICT,
    /** The convention needs a function and the account has none. */
    NO_FUNCTION;
  }

  private final Account account;
  private final Outcome outcome;
  private final Optional<String> expected;
  // Worded when asked: most checks pass, and their sentence is seldom shown.
  private final Supplier<String> explanation;

  ConventionCheck(Account account, Outcome outcome, Optional<String> expected, String explanation) {
    this(account, outcome, expected, () -> explanation);
  }

  ConventionCheck(Account account, Outcome outcome, Optional<String> expected, Supplier<String> explanation) {
    this.account = account;
    this.outcome = outcome;
    this.expected = expected;
    this.explanation = explanation;
  }

  /**
   * Returns the account checked.
   *
   * @return the account
   */
  public Account account() {
    return account;
  }

  /**
   * Returns the outcome.
   *
   * @return the outcome
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Tells whether the handle follows the convention.
   *
   * @return true if the outcome is {@link Outcome#FOLLOWS}
   */
  public boolean follows() {
    return outcome == Outcome.FOLLOWS;
  }

  /**
   * Returns the handle text the convention expects, when it can be worked out.
   *
   * @return the expected handle, such as {@code "NYP_Harrogate"}, or empty
   */
  public Optional<String> expected() {
    return expected;
  }

  /**
   * Explains the outcome in one sentence.
   *
   * @return for example {@code "expected NYP_Harrogate for district Harrogate Borough, found NYP_Harrogate_Boro"}
   */
  public String explanation() {
    return explanation.get();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ConventionCheck
        && ((ConventionCheck) other).account.equals(account)
        && ((ConventionCheck) other).outcome == outcome
        && ((ConventionCheck) other).expected.equals(expected)
        && ((ConventionCheck) other).explanation().equals(explanation());
  }

  @Override
  public int hashCode() {
    return Objects.hash(account, outcome, expected, explanation());
  }

  /** Returns the outcome and the explanation. */
  @Override
  public String toString() {
    return outcome + ": " + explanation();
  }
}
