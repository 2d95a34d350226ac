package io.github.accountgovernance.core.model;

import io.github.accountgovernance.core.problem.Problem;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;

/**
 * Thrown when an estate cannot be built or read: its references do not resolve, its ids or handles repeat, or
 * (for files) its fields are unknown, missing or malformed. It carries <em>every</em> problem found, sorted by
 * location and path, so that a user fixes them all in one pass; its message lists them one per line.
 */
public class InvalidEstateException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** How many problems the message lists before it says how many more there are. */
  private static final int LISTED = 50;

  private final transient ImmutableList<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidEstateException(Collection<Problem> problems) {
    super(message(ImmutableList.sortedCopyOf(problems)));
    this.problems = ImmutableList.sortedCopyOf(problems);
  }

  private static String message(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid estate has at least one problem");
    }
    StringBuilder text =
        new StringBuilder()
            .append("the estate has ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem:" : " problems:");
    for (int i = 0; i < Math.min(LISTED, problems.size()); i++) {
      text.append("\n").append("  - ").append(problems.get(i));
    }
    if (problems.size() > LISTED) {
      text.append("\n")
          .append("  … and ")
          .append(problems.size() - LISTED)
          .append(" more");
    }
    return text.toString();
  }

  /**
   * Returns every problem, sorted by file location, then path.
   *
   * @return the problems, never empty
   */
  public List<Problem> problems() {
    return problems;
  }
}
