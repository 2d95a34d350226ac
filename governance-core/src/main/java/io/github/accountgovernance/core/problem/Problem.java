package io.github.accountgovernance.core.problem;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * One thing wrong with an estate, or with any file the library reads: where it is (a path such as
 * {@code accounts[12].district} or {@code waivers[0].expires}, and, for what was read from a file, the file, line
 * and column) and what is wrong, in words a user can act on.
 *
 * <pre>{@code
 * Problem problem = Problem.at("waivers[0].expires", "expected a date such as 2021-06-30 (year-month-day)")
 *     .withLocation(new SourceLocation("waivers.yaml", 7, 14));
 * problem.toString(); // waivers.yaml:7:14: waivers[0].expires: expected a date such as 2021-06-30 (year-month-day)
 * }</pre>
 *
 * <p>Problems sort by file, line, column, path and message, the order an {@link InvalidFileException} lists them
 * in, after the note that reading stopped early, if there is one. Immutable and thread-safe.
 */
public final class Problem implements Comparable<Problem> {

  private static final Comparator<Problem> ORDER =
      Comparator.comparing((Problem p) -> !p.stoppedReading)
          .thenComparing((Problem p) -> p.location().map(SourceLocation::file).orElse(""))
          .thenComparingInt(p -> p.location().map(SourceLocation::line).orElse(0))
          .thenComparingInt(p -> p.location().map(SourceLocation::column).orElse(0))
          .thenComparing(Problem::path)
          .thenComparing(Problem::message);

  /** The path of the note that reading stopped early. */
  private static final String READING = "(reading)";

  private final String path;
  private final String message;
  private final SourceLocation location;
  private final boolean stoppedReading;

  private Problem(String path, String message, SourceLocation location, boolean stoppedReading) {
    this.path = path;
    this.message = message;
    this.location = location;
    this.stoppedReading = stoppedReading;
  }

  /**
   * Returns a problem at a path.
   *
   * @param path where in the estate or file, such as {@code accounts[12].district}
   * @param message what is wrong and, where it helps, how to fix it
   * @return the problem
   * @throws NullPointerException if an argument is null
   */
  public static Problem at(String path, String message) {
    return new Problem(requireNonNull(path, "path"), requireNonNull(message, "message"), null, false);
  }

  /**
   * Returns the note that reading stopped, early, once {@code count} problems were found: it sorts before every
   * other problem, so that whoever reads a long list learns first that it is not the whole story.
   *
   * @param count how many problems were found when reading stopped
   * @param advice how to raise the limit, added to the message, such as {@code " (ReadLimits.maxProblems); if the
   *     file is trusted, raise it with ReadLimits.builder().maxProblems(...)"}; may be empty
   * @param at where reading stopped
   * @return the note, with the path {@code (reading)}
   * @throws NullPointerException if an argument is null
   */
  public static Problem stoppedReading(int count, String advice, SourceLocation at) {
    return new Problem(
        READING,
        String.format(Locale.ROOT, "reading stopped here after %,d problems, the limit for untrusted files",
            count) + requireNonNull(advice, "advice") + "; the problems found so far follow: fix them first",
        requireNonNull(at, "at"),
        true);
  }

  /**
   * Returns this problem located in a file.
   *
   * @param location the file, line and column
   * @return a problem with the same path and message
   * @throws NullPointerException if {@code location} is null
   */
  public Problem withLocation(SourceLocation location) {
    return new Problem(path, message, requireNonNull(location, "location"), stoppedReading);
  }

  /**
   * Returns the path in the estate or file.
   *
   * @return the path, such as {@code accounts[12].district}
   */
  public String path() {
    return path;
  }

  /**
   * Returns what is wrong.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Returns where in a file the problem is, for what was read from a file.
   *
   * @return the location, or empty
   */
  public Optional<SourceLocation> location() {
    return Optional.ofNullable(location);
  }

  /**
   * Tells whether this is the note that reading stopped early ({@link #stoppedReading}) rather than a problem of
   * the file.
   *
   * @return whether reading stopped here
   */
  public boolean isStoppedReading() {
    return stoppedReading;
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Problem
        && ((Problem) other).path.equals(path)
        && ((Problem) other).message.equals(message)
        && ((Problem) other).location().equals(location())
        && ((Problem) other).stoppedReading == stoppedReading;
  }

  @Override
  public int hashCode() {
    return (path.hashCode() * 31 + message.hashCode()) * 31 + location().hashCode();
  }

  /** Returns {@code file:line:column: path: message}, or {@code path: message} without a location. */
  @Override
  public String toString() {
    return (location == null ? "" : location + ": ") + path + ": " + message;
  }
}
