package io.github.accountgovernance.rules.authoring;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * The subjects of a kind that a rule applies to: every account, or every account that is open. Start from
 * {@link Rules}, narrow with {@link #that(Criterion)}, and say what they should satisfy with
 * {@link #should(Criterion)}, which starts the rule:
 *
 * <pre>{@code
 * Rules.accounts().that(isOpen).should(hasOwningTeam).id("EST-5").title("ownership").build();
 * }</pre>
 *
 * <p>Subjects that do not satisfy the selection are not counted as checked; a rule whose selection matches no
 * subject at all earns a warning in the report. Immutable and thread-safe.
 *
 * @param <T> the type of subject
 */
public final class Selection<T> {

  private final SubjectType<T> type;
  private final Criterion<T> filter;

  private Selection(SubjectType<T> type, Criterion<T> filter) {
    this.type = type;
    this.filter = filter;
  }

  /**
   * Returns every subject of a kind.
   *
   * @param <T> the type of subject
   * @param type the kind
   * @return the selection
   * @throws NullPointerException if {@code type} is null
   */
  public static <T> Selection<T> of(SubjectType<T> type) {
    return new Selection<>(requireNonNull(type, "type"), Criterion.alwaysTrue());
  }

  /**
   * Narrows the selection to the subjects that also satisfy {@code criterion}.
   *
   * @param criterion what the subjects must satisfy to be checked
   * @return the narrower selection
   * @throws NullPointerException if {@code criterion} is null
   */
  public Selection<T> that(Criterion<? super T> criterion) {
    requireNonNull(criterion, "criterion");
    return new Selection<>(type, filter == Criterion.<T>alwaysTrue() ? Criterion.narrow(criterion) : filter.and(criterion));
  }

  /**
   * Returns the kind of subject.
   *
   * @return the subject type
   */
  public SubjectType<T> type() {
    return type;
  }

  /**
   * Returns what selected subjects satisfy.
   *
   * @return the criterion; {@link Criterion#alwaysTrue()} for every subject
   */
  public Criterion<T> filter() {
    return filter;
  }

  /**
   * Returns the selection in words: the criteria it was narrowed by follow the noun in a "that" clause, except
   * those made by {@link Criterion#adjective(String, java.util.function.Predicate)}, which go before it.
   *
   * @return such as {@code "every account that is open"}, or {@code "every active or closing account that
   *     declares monitored hours"}
   */
  public String description() {
    if (filter == Criterion.<T>alwaysTrue()) {
      return "every " + type.singular();
    }
    StringBuilder words = new StringBuilder("every ");
    List<Criterion<? super T>> after = new ArrayList<>();
    for (Criterion<? super T> part : Criterion.conjuncts(filter)) {
      String adjective = part.attributive();
      if (adjective == null) {
        after.add(part);
      } else {
        words.append(adjective).append(' ');
      }
    }
    words.append(type.singular());
    if (!after.isEmpty()) {
      words.append(" that ").append(Criterion.<T>allOf(after).description());
    }
    return words.toString();
  }

  /**
   * Starts a rule that every selected subject satisfies {@code criterion}; its statement is the selection's
   * words followed by the criterion's.
   *
   * @param criterion what every selected subject must satisfy
   * @return the rule's builder, to which the id and title must still be given
   * @throws NullPointerException if {@code criterion} is null
   */
  public Rule.Builder should(Criterion<? super T> criterion) {
    requireNonNull(criterion, "criterion");
    SubjectType<T> subjects = type;
    Criterion<T> selected = filter;
    return new Rule.Builder(
        (rule, context) -> {
          int checked = 0;
          int passed = 0;
          List<Rule.Failure> failures = List.of();
          List<? extends T> candidates = subjects.all(context.estate());
          for (T item : candidates) {
            if (!selected.test(item, context).satisfied()) {
              continue;
            }
            checked++;
            Verdict verdict = criterion.test(item, context);
            if (verdict.satisfied()) {
              passed++;
            } else {
              if (failures.isEmpty()) {
                failures = new ArrayList<>();
              }
              failures.add(new Rule.Failure(subjects.subject(item, context.estate()), verdict.failures()));
            }
          }
          return new Rule.Outcome(checked, passed, failures, candidates.size(), subjects.plural());
        },
        description() + " " + criterion.description());
  }

  /** Returns the description. */
  @Override
  public String toString() {
    return description();
  }
}
