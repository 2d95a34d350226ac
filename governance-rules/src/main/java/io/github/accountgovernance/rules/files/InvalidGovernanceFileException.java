package io.github.accountgovernance.rules.files;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.model.EstateProblem;
import io.github.accountgovernance.core.model.InvalidEstateException;
import java.util.Collection;
import java.util.List;

/**
 * Thrown when a waiver file, baseline file or JSON report cannot be read: its syntax is broken, or its fields
 * are unknown, missing or malformed. Like {@link InvalidEstateException}, which it extends so that one
 * {@code catch} serves every file a user gives the library, it carries <em>every</em> problem with its file,
 * line, column and path, and its message lists them one per line.
 *
 * <pre>{@code
 * try {
 *   List<Waiver> waivers = WaiverFiles.read(Path.of("waivers.yaml"));
 * } catch (InvalidGovernanceFileException e) {
 *   e.problems().forEach(System.err::println); // waivers.yaml:4:5: waivers[0].resaon: unknown field ...
 * }
 * }</pre>
 */
public final class InvalidGovernanceFileException extends InvalidEstateException {

  private static final long serialVersionUID = 1L;

  /** How many problems the message lists before it says how many more there are. */
  private static final int LISTED = 50;

  /** What was being read, such as "waiver file waivers.yaml", for the message. */
  private final String what;

  /**
   * Creates the exception.
   *
   * @param what what was being read, such as {@code "waiver file waivers.yaml"}
   * @param problems the problems, at least one
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidGovernanceFileException(String what, Collection<EstateProblem> problems) {
    super(problems);
    this.what = requireNonNull(what, "what");
  }

  /** Returns "the waiver file waivers.yaml has 2 problems:" and the problems, one per line. */
  @Override
  public String getMessage() {
    List<EstateProblem> problems = problems();
    StringBuilder text = new StringBuilder()
        .append("the ").append(what).append(" has ").append(problems.size())
        .append(problems.size() == 1 ? " problem:" : " problems:");
    for (int i = 0; i < Math.min(LISTED, problems.size()); i++) {
      text.append("\n  - ").append(problems.get(i));
    }
    if (problems.size() > LISTED) {
      text.append("\n  … and ").append(problems.size() - LISTED).append(" more");
    }
    return text.toString();
  }
}
