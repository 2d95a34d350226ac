package io.github.accountgovernance.core.model;

import io.github.accountgovernance.core.problem.InvalidFileException;
import io.github.accountgovernance.core.problem.Problem;
import java.util.Collection;

/**
 * Thrown when an estate cannot be built or read: its references do not resolve, its ids or handles repeat, or
 * (for files) its fields are unknown, missing or malformed. It carries <em>every</em> problem found, sorted by
 * location and path, so that a user fixes them all in one pass; its message ("the estate has 2 problems:") lists
 * them one per line. It is an {@link InvalidFileException}, so one {@code catch} serves every file a user gives
 * the library.
 */
public class InvalidEstateException extends InvalidFileException {

  private static final long serialVersionUID = 2L;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidEstateException(Collection<Problem> problems) {
    super("estate", problems);
  }
}
