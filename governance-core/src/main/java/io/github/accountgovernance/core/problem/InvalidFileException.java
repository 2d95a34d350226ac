package io.github.accountgovernance.core.problem;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.accountgovernance.core.api.PublicAPI;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Thrown when a file the library reads (an estate, a policy pack, a waiver or baseline file, a JSON report) cannot
 * be read: its syntax is broken, a limit is exceeded, or its fields are unknown, missing or malformed. It carries
 * <em>every</em> problem found, sorted by file, line, column and path, so that a user fixes them all in one pass;
 * its message lists them one per line:
 *
 * <pre>{@code
 * the waiver file waivers.yaml has 2 problems:
 *   - waivers.yaml:4:5: waivers[0].resaon: unknown field "resaon" in a waiver (did you mean "reason"?); ...
 *   - waivers.yaml:9:14: waivers[1].expires: expected a date such as 2021-03-31 (year-month-day), but got "soon"
 * }</pre>
 *
 * <p>One {@code catch} serves every file: {@code InvalidEstateException} and the rules module's
 * {@code InvalidGovernanceFileException} extend it.
 *
 * <pre>{@code
 * try {
 *   estate = EstateFiles.read(Path.of("estate.yaml"));
 * } catch (InvalidFileException e) {
 *   e.problems().forEach(System.err::println); // estate.yaml:41:15: accounts[3].handle: ...
 * }
 * }</pre>
 *
 * <p>A reading that found too many problems stops early, and says so first: the first problem is then the note
 * {@link Problem#stoppedReading} and {@link #stoppedEarly()} is true. The message lists 50 problems;
 * {@link #message(int)} lists more.
 *
 * <p>Readers of new file formats make one through {@code core.files.Problems}, which collects the problems.
 */
@PublicAPI(usage = PublicAPI.Usage.INHERITANCE)
public class InvalidFileException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** How many problems the message lists before it says how many more there are. */
  private static final int LISTED = 50;

  /** What was read, such as "waiver file waivers.yaml" or "estate", for the message. */
  private final String what;

  private final transient ImmutableList<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param what what was read, for the message "the {@code what} has 2 problems:", such as
   *     {@code "waiver file waivers.yaml"}
   * @param problems the problems, at least one
   * @throws NullPointerException if an argument or problem is null
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidFileException(String what, Collection<Problem> problems) {
    this(what, ImmutableList.sortedCopyOf(problems));
  }

  private InvalidFileException(String what, ImmutableList<Problem> sorted) {
    super(message(requireNonNull(what, "what"), sorted));
    this.what = what;
    this.problems = sorted;
  }

  private static String message(String what, List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid " + what + " has at least one problem");
    }
    return message(what, problems, LISTED);
  }

  private static String message(String what, List<Problem> problems, int listed) {
    boolean stopped = problems.get(0).isStoppedReading();
    int found = stopped ? problems.size() - 1 : problems.size();
    StringBuilder text = new StringBuilder().append("the ").append(what).append(" has ");
    if (stopped) {
      text.append(String.format(Locale.ROOT, "at least %,d problems (reading stopped there):", found));
    } else {
      text.append(String.format(Locale.ROOT, "%,d", found)).append(found == 1 ? " problem:" : " problems:");
    }
    for (int i = 0; i < Math.min(listed, problems.size()); i++) {
      text.append("\n").append("  - ").append(problems.get(i));
    }
    if (problems.size() > listed) {
      text.append("\n").append(String.format(Locale.ROOT, "  … and %,d more", problems.size() - listed));
    }
    return text.toString();
  }

  /**
   * Returns the message with up to {@code listed} problems rather than the first 50, for a program that can show
   * a long list (a command line's option to show every problem).
   *
   * @param listed how many problems to list; {@link Integer#MAX_VALUE} for all
   * @return "the … has N problems:" and the problems, one per line
   * @throws IllegalArgumentException if {@code listed} is negative
   */
  public String message(int listed) {
    if (listed < 0) {
      throw new IllegalArgumentException("listed must be 0 or more, but was " + listed);
    }
    return message(what, problems, listed);
  }

  /**
   * Tells whether reading stopped before the end of the file because it had found too many problems; the first
   * of the {@linkplain #problems() problems} is then the note that says so.
   *
   * @return whether reading stopped early
   */
  public boolean stoppedEarly() {
    return problems.get(0).isStoppedReading();
  }

  /**
   * Returns what was read, as the message names it.
   *
   * @return for example {@code "waiver file waivers.yaml"} or {@code "estate"}
   */
  public String what() {
    return what;
  }

  /**
   * Returns the file the problems were found in: the file of the first located problem.
   *
   * @return the file name as the user gave it, or empty when no problem has a location (an estate built in code)
   */
  public Optional<String> file() {
    return problems.stream().flatMap(p -> p.location().stream()).map(SourceLocation::file).findFirst();
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
