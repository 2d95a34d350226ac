package io.github.accountgovernance.rules;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The violations accepted as they were on a day, by {@linkplain Fingerprint fingerprint}: an evaluation against a
 * baseline fails only on violations not in it, and lists the baseline entries that are now fixed. Waived
 * violations are not recorded, so that a waiver's expiry still brings its violation back.
 *
 * <pre>{@code
 * Baseline baseline = Baseline.of(report);
 * Report later = pack.evaluation().baseline(baseline).evaluate(laterEstate);
 * later.violations();            // only the new ones
 * later.fixedBaselineEntries();  // what has been put right since
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Baseline {

  private static final Baseline EMPTY = new Baseline(Collections.emptySortedSet());

  private final SortedSet<Fingerprint> entries;

  private Baseline(SortedSet<Fingerprint> entries) {
    this.entries = entries;
  }

  /**
   * Returns the empty baseline.
   *
   * @return a baseline that accepts nothing
   */
  public static Baseline empty() {
    return EMPTY;
  }

  /**
   * Returns a baseline of the given fingerprints.
   *
   * @param fingerprints the fingerprints
   * @return the baseline
   * @throws NullPointerException if an argument or element is null
   */
  public static Baseline of(Collection<Fingerprint> fingerprints) {
    requireNonNull(fingerprints, "fingerprints");
    TreeSet<Fingerprint> sorted = new TreeSet<>();
    for (Fingerprint fingerprint : fingerprints) {
      sorted.add(requireNonNull(fingerprint, "fingerprints element"));
    }
    return new Baseline(Collections.unmodifiableSortedSet(sorted));
  }

  /**
   * Returns the baseline of a report's unwaived violations, those already baselined included.
   *
   * @param report the report
   * @return the baseline
   * @throws NullPointerException if {@code report} is null
   */
  public static Baseline of(Report report) {
    requireNonNull(report, "report");
    List<Fingerprint> fingerprints = new ArrayList<>();
    for (Violation violation : report.violations()) {
      fingerprints.add(violation.fingerprint());
    }
    for (Violation violation : report.baselined()) {
      fingerprints.add(violation.fingerprint());
    }
    return of(fingerprints);
  }

  /**
   * Returns the fingerprints.
   *
   * @return the fingerprints, sorted
   */
  public SortedSet<Fingerprint> entries() {
    return entries;
  }

  /**
   * Tells whether the baseline accepts a violation.
   *
   * @param violation the violation
   * @return true if its fingerprint is in the baseline
   * @throws NullPointerException if {@code violation} is null
   */
  public boolean contains(Violation violation) {
    return entries.contains(violation.fingerprint());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Baseline && ((Baseline) other).entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  /** Returns the number of entries. */
  @Override
  public String toString() {
    return "baseline of " + entries.size() + " violations";
  }
}
