package io.github.accountgovernance.rules.whatif;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Thrown when a scenario cannot apply to an estate: it names a person or account the estate does not have, or asks
 * for what cannot happen (closing a closed account, an absence that ends before it starts). The message lists
 * every problem, each with the change it is about:
 *
 * <pre>
 * the scenario has 2 problems:
 *   - change 1 (--absent c1929 2021-03-08..2021-03-22): unknown contributor "c1929" (did you mean "c1299"?)
 *   - change 3 (--close york-x 2021-03-31): york-x is closed already
 * </pre>
 *
 * <p>An {@link IllegalArgumentException}: the scenario is a bad argument for that estate.
 */
public final class InvalidScenarioException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The problems; a list of strings, which serialise. */
  @SuppressWarnings("serial")
  private final List<String> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one
   * @throws NullPointerException if {@code problems} or one of them is null
   * @throws IllegalArgumentException if there are none
   */
  public InvalidScenarioException(List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<String> problems) {
    requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid scenario has at least one problem");
    }
    if (problems.size() == 1) {
      return "the scenario cannot apply: " + requireNonNull(problems.get(0), "problem");
    }
    StringBuilder text = new StringBuilder("the scenario has ").append(problems.size()).append(" problems:");
    for (String problem : problems) {
      text.append("\n  - ").append(requireNonNull(problem, "problem"));
    }
    return text.toString();
  }

  /**
   * Returns the problems, each naming the change it is about.
   *
   * @return the problems, in the order of the changes
   */
  public List<String> problems() {
    return problems;
  }
}
