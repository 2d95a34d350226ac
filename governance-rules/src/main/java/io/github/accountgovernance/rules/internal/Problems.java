package io.github.accountgovernance.rules.internal;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.model.EstateProblem;
import io.github.accountgovernance.core.model.EstateProblem.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found while reading a file, so that the reader reports them all together rather than
 * stopping at the first.
 *
 * <p>Not thread-safe: one instance serves one read.
 */
public final class Problems {

  private final List<EstateProblem> problems = new ArrayList<>();

  /** Creates an empty collector. */
  public Problems() {}

  /**
   * Records a problem.
   *
   * @param path where in the document, such as {@code waivers[2].expires}
   * @param location where in the file
   * @param message what is wrong
   * @throws NullPointerException if an argument is null
   */
  public void add(String path, SourceLocation location, String message) {
    problems.add(EstateProblem.at(path, message).withLocation(requireNonNull(location, "location")));
  }

  /**
   * Tells whether nothing has been recorded.
   *
   * @return whether there are no problems
   */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /**
   * Returns how many problems have been recorded, so that a reader can tell whether a part added any.
   *
   * @return the count
   */
  public int size() {
    return problems.size();
  }

  /**
   * Returns the problems recorded so far, in the order found.
   *
   * @return a copy of the problems
   */
  public List<EstateProblem> list() {
    return List.copyOf(problems);
  }
}
