package io.github.accountgovernance.rules.authoring;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a whole-estate check ({@link Rule#ofCheck(String, String, Rule.Check)}) reports what it checked and what
 * it found. Every subject reported is counted as checked and failed; every subject only
 * {@linkplain #checked(Subject) checked} as passed.
 *
 * <pre>{@code
 * for (District district : estate.force().districts()) {
 *   sink.checked(Subject.of(district));
 *   if (accounts.size() != 1) {
 *     sink.report(Subject.of(district), "has " + accounts.size() + " active district accounts on X",
 *         Evidence.of("accounts", handles));
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: a check reports from the thread that runs it.
 */
public final class FindingSink {

  private final Set<Subject> checked = new HashSet<>();
  private final Set<Subject> failed = new HashSet<>();
  private final List<Subject> subjects = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();

  FindingSink() {}

  /**
   * Counts a subject as checked.
   *
   * @param subject the subject
   * @throws NullPointerException if {@code subject} is null
   */
  public void checked(Subject subject) {
    checked.add(requireNonNull(subject, "subject"));
  }

  /**
   * Reports a violation by a subject.
   *
   * @param subject what breaks the rule
   * @param finding what is wrong, with evidence, key and hint
   * @throws NullPointerException if an argument is null
   */
  public void report(Subject subject, Finding finding) {
    requireNonNull(subject, "subject");
    requireNonNull(finding, "finding");
    checked.add(subject);
    failed.add(subject);
    subjects.add(subject);
    findings.add(finding);
  }

  /**
   * Reports a violation by a subject.
   *
   * @param subject what breaks the rule
   * @param message what is wrong, in words, without naming the subject
   * @param evidence the evidence
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the message is blank
   */
  public void report(Subject subject, String message, Evidence... evidence) {
    report(subject, Finding.of(message, evidence));
  }

  int checkedCount() {
    return checked.size();
  }

  int failedCount() {
    return failed.size();
  }

  List<Subject> subjects() {
    return subjects;
  }

  List<Finding> findings() {
    return findings;
  }
}
