package io.github.accountgovernance.rules.files;

import io.github.accountgovernance.core.problem.InvalidFileException;
import io.github.accountgovernance.core.problem.Problem;
import java.util.Collection;

/**
 * Thrown when a waiver file, baseline file, pack file or JSON report cannot be read: its syntax is broken, or its
 * fields are unknown, missing or malformed. It is an {@link InvalidFileException}, like the estate's
 * {@code InvalidEstateException}, so that one {@code catch} serves every file a user gives the library: it
 * carries <em>every</em> problem with its file, line, column and path, and its message lists them one per line.
 *
 * <pre>{@code
 * try {
 *   List<Waiver> waivers = WaiverFiles.read(Path.of("waivers.yaml"));
 * } catch (InvalidGovernanceFileException e) {
 *   e.problems().forEach(System.err::println); // waivers.yaml:4:5: waivers[0].resaon: unknown field ...
 * }
 * }</pre>
 */
public final class InvalidGovernanceFileException extends InvalidFileException {

  private static final long serialVersionUID = 2L;

  /**
   * Creates the exception.
   *
   * @param what what was being read, such as {@code "waiver file waivers.yaml"}
   * @param problems the problems, at least one
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidGovernanceFileException(String what, Collection<Problem> problems) {
    super(what, problems);
  }
}
