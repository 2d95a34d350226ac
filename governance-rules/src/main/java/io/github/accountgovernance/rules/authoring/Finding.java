package io.github.accountgovernance.rules.authoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why a criterion failed (or, for a passing one that explains itself, why it held): which clause, for which
 * related subject, in what words, with what evidence, and the findings it rests on. Findings form an
 * explanation tree: an {@code or} that failed rests on the failures of each alternative, and "has at least 2
 * monitors that are serving" rests on the finding for each monitor that is not.
 *
 * <p>Whole-estate checks ({@link Rule#ofCheck}) report findings too, naming the subject each is about; the
 * engine turns each into a {@link io.github.accountgovernance.rules.Violation}.
 *
 * <pre>{@code
 * Finding gap = Finding.builder()
 *     .message("unmonitored for 34 h, longer than 24h")
 *     .addEvidence(Evidence.of("uncovered windows", "Sat 6 Mar 2021 22:00 – Mon 8 Mar 08:00 GMT, 34 h"))
 *     .key("2021-03-06T22:00Z")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
// Immutables' annotations stay in the class file, but consumers need no Immutables: see module-info.
@SuppressWarnings("exports")
@Value.Immutable
public abstract class Finding {

  Finding() {}

  /**
   * Returns the description of the clause the finding is about, such as {@code "is open"}; set by the
   * criterion that produced it.
   *
   * @return the clause, or empty
   */
  public abstract Optional<String> clause();

  /**
   * Returns the subject the finding is about when it is not the rule's subject itself: a monitor of the
   * account, or the subject a whole-estate check reports.
   *
   * @return the subject, or empty for the subject under evaluation
   */
  public abstract Optional<Subject> subject();

  /**
   * Returns what is wrong (or right), in words, without naming the rule's subject.
   *
   * @return the message, such as {@code "has 1 serving monitor (PC Alex Example), needs at least 2"}
   */
  public abstract String message();

  /**
   * Returns the evidence.
   *
   * @return the evidence, in the order to show it
   */
  public abstract List<Evidence> evidence();

  /**
   * Returns the findings this one rests on.
   *
   * @return the causes, possibly empty
   */
  public abstract List<Finding> causes();

  /**
   * Returns a stable key that tells this finding apart from others of the same rule and subject, for baseline
   * fingerprints: the window's start, the lookalike handle. It must not depend on wording or order.
   *
   * @return the key, or empty when there is one finding per rule and subject
   */
  public abstract Optional<String> key();

  /**
   * Returns how to fix what this finding is about, when it knows better than the rule's own hint.
   *
   * @return the hint, or empty
   */
  public abstract Optional<String> hint();

  /**
   * Returns a finding with a message and evidence.
   *
   * @param message what is wrong, in words
   * @param evidence the evidence
   * @return the finding
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the message is blank
   */
  public static Finding of(String message, Evidence... evidence) {
    return builder().message(message).addEvidence(evidence).build();
  }

  /**
   * Returns a finding about a subject other than the one under evaluation.
   *
   * @param subject what the finding is about
   * @param message what is wrong, in words
   * @param evidence the evidence
   * @return the finding
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the message is blank
   */
  public static Finding about(Subject subject, String message, Evidence... evidence) {
    return builder().subject(subject).message(message).addEvidence(evidence).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe, and {@code build()} copies its state
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}; {@code build()} throws {@link IllegalStateException} if the message is unset. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }

  /**
   * Returns all evidence of this finding and its causes, depth first, each distinct piece once.
   *
   * @return the evidence
   */
  public final List<Evidence> allEvidence() {
    List<Evidence> all = new ArrayList<>();
    collectEvidence(this, all);
    return List.copyOf(all);
  }

  private static void collectEvidence(Finding finding, List<Evidence> into) {
    for (Evidence evidence : finding.evidence()) {
      if (!into.contains(evidence)) {
        into.add(evidence);
      }
    }
    for (Finding cause : finding.causes()) {
      collectEvidence(cause, into);
    }
  }

  Finding withClauseIfAbsent(String description) {
    return clause().isPresent() ? this : builder().from(this).clause(description).build();
  }

  Finding withSubjectIfAbsent(Subject about) {
    return subject().isPresent() ? this : builder().from(this).subject(about).build();
  }

  static List<Finding> list(Finding... findings) {
    return List.copyOf(Arrays.asList(findings));
  }

  @Value.Check
  void check() {
    if (message().isBlank()) {
      throw new IllegalArgumentException("a finding's message must not be blank, but was \"" + message() + "\"");
    }
    key().ifPresent(
        key -> {
          if (key.isBlank() || key.indexOf('\n') >= 0) {
            throw new IllegalArgumentException(
                "a finding's key must be one non-blank line, but was \"" + key + "\"");
          }
        });
  }
}
